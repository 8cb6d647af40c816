/**
 * An account whose password someone else chose (a new account, a reset, the first administrator)
 * may do nothing until its holder chooses their own: the server refuses everything else. So the
 * console asks for it first, in place of the whole layout, and carries on once it is changed.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Button,
  Form,
  LocalesMenuButton,
  PasswordInput,
  SaveButton,
  minLength,
  required,
  useLogout,
  useNotify,
  useTranslate,
} from 'react-admin';
import { authProvider } from '../providers/authProvider';
import { graphql, type ApiError } from '../providers/graphqlClient';
import { useNotifyRefusal } from './notices';

/** As the server requires (PASSWORD_MIN). */
const PASSWORD_MIN = 10;

const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { id mustChangePassword } }`;

type Values = Partial<Record<'currentPassword' | 'newPassword' | 'repeatPassword', string>>;

function validate(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.newPassword && values.newPassword === values.currentPassword) errors.newPassword = 'app.password.same_as_current';
  if (values.repeatPassword && values.repeatPassword !== values.newPassword) errors.repeatPassword = 'app.password.mismatch';
  return errors;
}

function ChangePasswordPage({ onChanged }: { onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const logout = useLogout();

  async function submit(values: Values) {
    try {
      await graphql(CHANGE_PASSWORD, { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
    } catch (error) {
      // A wrong current password is the field's to say, in the reader's language; anything else is notified.
      if ((error as ApiError).body?.field === 'currentPassword') return { currentPassword: 'app.password.wrong_current' };
      notifyRefusal(error);
      return;
    }
    authProvider.forgetUser();
    notify('app.password.changed', { type: 'success' });
    onChanged();
  }

  return (
    <Box
      sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}
      data-testid="change-password"
    >
      <Card sx={{ width: 420, maxWidth: '100%' }}>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="h6">{translate('app.password.title')}</Typography>
            <LocalesMenuButton />
          </Stack>
          <Typography variant="body2" sx={{ mt: 1, mb: 2 }}>
            {translate('app.password.explanation')}
          </Typography>
          <Form record={{ currentPassword: '', newPassword: '', repeatPassword: '' }} validate={validate} onSubmit={submit}>
            <PasswordInput
              source="currentPassword"
              label="app.password.current"
              validate={required()}
              fullWidth
              autoComplete="current-password"
            />
            <PasswordInput
              source="newPassword"
              label="app.password.new"
              validate={[required(), minLength(PASSWORD_MIN)]}
              fullWidth
              autoComplete="new-password"
            />
            <PasswordInput
              source="repeatPassword"
              label="app.password.repeat"
              validate={required()}
              fullWidth
              autoComplete="new-password"
            />
            <Stack direction="row" sx={{ justifyContent: 'space-between', mt: 2 }}>
              <Button label="ra.auth.logout" onClick={() => logout()} data-testid="change-password-sign-out" />
              <SaveButton label="app.password.submit" alwaysEnable data-testid="change-password-submit" />
            </Stack>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}

/** Renders `children` once the signed-in account may work; until then, the change-password form. */
export function PasswordGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<'checking' | 'required' | 'clear'>('checking');
  useEffect(() => {
    let live = true;
    authProvider.currentUser().then(
      ({ me }) => live && setState(me.account.mustChangePassword ? 'required' : 'clear'),
      // Not signed in, or the server cannot say: react-admin's own checks take it from here.
      () => live && setState('clear'),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state === 'checking') return null;
  if (state === 'required') return <ChangePasswordPage onChanged={() => setState('clear')} />;
  return <>{children}</>;
}
