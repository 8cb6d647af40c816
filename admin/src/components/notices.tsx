/**
 * How the console tells the user that the API refused something. The API's message is readable
 * text (it names the field, the unmet conditions, the conflict), so it is shown whole; a conflict —
 * someone else changed the record since it was read — comes with a button that reads it again.
 */
import { Button, Stack } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ruleMessageKey } from './governanceRules';

const CONFLICT_STATUS = 409;

function ConflictNotice({ message, onReload }: { message: string; onReload: () => void }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid="conflict-notice">
      <span>{translate('app.notification.conflict', { _: message })}</span>
      <Button color="inherit" variant="outlined" size="small" onClick={onReload} data-testid="conflict-reload">
        {translate('app.action.reload')}
      </Button>
    </Stack>
  );
}

/**
 * Notifies a refused request; `hasFieldErrors` leaves the notice to the form, which marks the fields.
 * A refusal that names a governance rule is told in the reader's language from the rule, not the
 * server's English sentence.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return (error: unknown, { hasFieldErrors = false } = {}) => {
    const { status, body } = (error ?? {}) as { message?: string; status?: number; body?: { rule?: unknown } };
    const ruleKey = ruleMessageKey(body?.rule);
    const raw = (error as { message?: string } | null)?.message;
    const message = ruleKey ? translate(ruleKey, { _: raw }) : raw;
    if (status === CONFLICT_STATUS) {
      // Reading the record again keeps what the user typed (forms keep dirty fields) with the new version.
      notify(<ConflictNotice message={message ?? ''} onReload={refresh} />, { type: 'warning', autoHideDuration: 20000 });
      return;
    }
    if (hasFieldErrors) return;
    const text = message || 'ra.notification.http_error';
    notify(text, { type: 'error', multiLine: true, autoHideDuration: 12000, messageArgs: { _: text } });
  };
}
