/**
 * The order of the choices a reference input offers: people and bodies by name, which the API
 * sorts in pinyin order (丁 ding before 严 yan); other records in the list's own order.
 */
import type { SortPayload } from 'react-admin';

const BY_NAME: SortPayload = { field: 'name', order: 'ASC' };

export function pickerSort(reference: string): SortPayload | undefined {
  return reference === 'people' || reference === 'bodies' ? BY_NAME : undefined;
}
