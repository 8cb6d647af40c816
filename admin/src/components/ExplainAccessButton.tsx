/**
 * On a record's page, for roster administrators: may this account (yourself, or one in your scope)
 * do this to this record, and why? The answer names the role, the body and the reporting path.
 */
import { useState } from 'react';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  SelectInput,
  useGetMany,
  useLocale,
  usePermissions,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { EXPLAIN_ACCESS, EXPLAINED_ACTIONS, type AccessExplanation } from '../providers/access';
import { canAccess, type AppAbility } from '../providers/canAccess';
import { graphql } from '../providers/graphqlClient';
import { resourceSpec } from '../providers/resources';
import { bodyName } from '../resources/names';

function Answer({ answer }: { answer: AccessExplanation }) {
  const translate = useTranslate();
  const { data: bodies } = useGetMany('bodies', { ids: answer.path }, { enabled: answer.path.length > 0 });
  const locale = useLocale();
  // The path holds only bodies the caller may read, so each has a name; "…" only while they load.
  const name = (id: number) =>
    bodyName(
      bodies?.find((b) => b.id === id),
      locale,
    ) ?? '…';
  return (
    <Alert severity={answer.allowed ? 'success' : 'warning'} data-testid="access-answer">
      <Typography variant="subtitle2">
        {translate(answer.allowed ? 'app.access.allowed' : 'app.access.refused', { login: answer.login })}
      </Typography>
      {answer.role ? (
        <Typography variant="body2">
          {translate('app.access.by_role', { role: translate(`enums.HeldRole.${answer.role}`, { _: answer.role }) })}
        </Typography>
      ) : null}
      <Typography variant="body2">{translate(`app.access.relation.${answer.relation}`)}</Typography>
      {answer.path.length > 1 ? (
        <Typography variant="body2" data-testid="access-path">
          {answer.path.map(name).join(' → ')}
        </Typography>
      ) : null}
      <Typography variant="caption" color="text.secondary">
        {answer.explanation}
      </Typography>
    </Alert>
  );
}

export function ExplainAccessButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  // Roster administrators are those who may create accounts (asked of the ability itself: react-admin's
  // hook would ask about the record on this page, which is not an account).
  const { permissions } = usePermissions<AppAbility>();
  const administers = canAccess(permissions, { action: 'create', resource: 'accounts' });
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<AccessExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!record || !resource || !administers) return null;

  async function ask(values: { accountId?: number; action?: string }) {
    setError(null);
    try {
      const { explainAccess } = await graphql<{ explainAccess: AccessExplanation }>(EXPLAIN_ACCESS, {
        type: resourceSpec(resource!).type,
        id: Number(record!.id),
        action: values.action || 'READ',
        // An emptied picker asks about oneself, as the server does when no account is named.
        accountId: values.accountId ? Number(values.accountId) : null,
      });
      setAnswer(explainAccess);
    } catch (e) {
      setAnswer(null);
      setError((e as Error).message);
    }
  }

  return (
    <>
      <Button label="app.access.button" onClick={() => setOpen(true)} data-testid="explain-access">
        <HelpOutlineIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        {/* No account named means oneself, as the server reads it: the answer does not wait for the identity. */}
        <Form
          defaultValues={{ action: 'READ' }}
          onSubmit={(values: Record<string, unknown>) => ask(values as { accountId?: number; action?: string })}
        >
          <DialogTitle>{translate('app.access.title')}</DialogTitle>
          <DialogContent>
            <Stack spacing={1}>
              <ReferenceInput source="accountId" reference="accounts">
                <AutocompleteInput optionText="login" label="app.access.account" helperText="app.access.account_hint" fullWidth />
              </ReferenceInput>
              <SelectInput
                source="action"
                label="app.access.action"
                choices={EXPLAINED_ACTIONS.map((id) => ({ id, name: translate(`app.access.actions.${id}`) }))}
                fullWidth
              />
              {answer ? <Answer answer={answer} /> : null}
              {error ? (
                <Alert severity="error" data-testid="access-error">
                  {error}
                </Alert>
              ) : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('app.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" data-testid="explain-access-ask">
              {translate('app.access.ask')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
