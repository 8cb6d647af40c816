/**
 * An account whose password someone else chose (a new account, a reset, the first administrator)
 * may do nothing until its holder chooses their own: the server refuses everything else. So the
 * console asks for it first, in place of the whole layout, and carries on once it is changed.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Button, LocalesMenuButton, useLogout, useTranslate } from 'react-admin';
import { authProvider } from '../providers/authProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

function ChangePasswordPage({ onChanged }: { onChanged: () => void }) {
  const translate = useTranslate();
  const logout = useLogout();

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
          <ChangePasswordForm
            onChanged={onChanged}
            submitTestId="change-password-submit"
            beside={<Button label="ra.auth.logout" onClick={() => logout()} data-testid="change-password-sign-out" />}
          />
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
