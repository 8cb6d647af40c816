/**
 * Sentences of the message catalogue the API returns as data (what a step lacks, recusal grounds),
 * worded in the reader's language as the API's refusals are (providers/errorMessages.ts).
 */
import { useLocaleState } from 'react-admin';
import { renderMessage } from '../../../../shared/messages';
import { labelsFrom, lookupIn } from '../../providers/errorMessages';
import { MESSAGES } from '../../providers/i18nProvider';
import type { CatalogueMessage } from './nextStep';

/** Words catalogue messages in the console's language; one the console does not know keeps the API's words. */
export function useCatalogueText(resource?: string): (message: CatalogueMessage) => string {
  const [locale] = useLocaleState();
  const language = locale === 'en' ? 'en' : 'zh';
  const labels = labelsFrom(lookupIn(MESSAGES[language]), resource);
  return (message) => renderMessage(message.key, message.params ?? {}, language, labels) ?? message.text;
}
