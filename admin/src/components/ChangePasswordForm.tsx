/**
 * The change of one's own password, as the first sign-in after a reset asks for it (PasswordGate)
 * and as the profile page offers it: the same fields, checks and refusals in both places.
 */
import { useState, type ReactNode } from 'react';
import { Stack } from '@mui/material';
import { Form, PasswordInput, SaveButton, minLength, required, useNotify } from 'react-admin';
import { authProvider } from '../providers/authProvider';
import { graphql, type ApiError } from '../providers/graphqlClient';
import { useNotifyRefusal } from './notices';

/** As the server requires (PASSWORD_MIN in the account module). */
const PASSWORD_MIN = 10;

const CHANGE_PASSWORD = `mutation ChangeOwnPassword($input: ChangePasswordInput!) { changePassword(input: $input) { id mustChangePassword } }`;

type PasswordValues = Partial<Record<'currentPassword' | 'newPassword' | 'repeatPassword', string>>;

export function validatePasswordChange(values: PasswordValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.newPassword && values.newPassword === values.currentPassword) errors.newPassword = 'app.password.same_as_current';
  if (values.repeatPassword && values.repeatPassword !== values.newPassword) errors.repeatPassword = 'app.password.mismatch';
  return errors;
}

/**
 * The form; `onChanged` runs once the server took the new password (the account's other sessions
 * have then ended). `beside` is drawn left of the submit button.
 */
export function ChangePasswordForm({
  onChanged,
  submitTestId,
  beside,
}: {
  onChanged: () => void;
  submitTestId: string;
  beside?: ReactNode;
}) {
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  // A fresh form after each change, so that no password stays typed in it.
  const [formKey, setFormKey] = useState(0);

  async function submit(values: PasswordValues) {
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
    setFormKey((k) => k + 1);
    onChanged();
  }

  return (
    <Form
      key={formKey}
      record={{ currentPassword: '', newPassword: '', repeatPassword: '' }}
      validate={validatePasswordChange}
      onSubmit={submit}
    >
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
      <PasswordInput source="repeatPassword" label="app.password.repeat" validate={required()} fullWidth autoComplete="new-password" />
      <Stack direction="row" sx={{ justifyContent: beside ? 'space-between' : 'flex-start', mt: 2 }}>
        {beside}
        <SaveButton label="app.password.submit" alwaysEnable data-testid={submitTestId} />
      </Stack>
    </Form>
  );
}
