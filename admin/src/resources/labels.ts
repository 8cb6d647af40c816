/**
 * The labels resources keep beside their descriptors (`labels`), as message trees under
 * `resources.<name>` in each language, to be laid over the console's message files.
 */
import { DESCRIPTORS } from '.';
import type { ResourceDescriptor } from './descriptor';

export function resourceLabels(locale: 'zh' | 'en'): { resources: Record<string, unknown> } {
  const labelled = (DESCRIPTORS as readonly ResourceDescriptor[]).flatMap((descriptor) =>
    descriptor.labels ? [[descriptor.name, descriptor.labels[locale]] as const] : [],
  );
  return { resources: Object.fromEntries(labelled) };
}
