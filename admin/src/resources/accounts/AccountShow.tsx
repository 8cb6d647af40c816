import LockResetIcon from '@mui/icons-material/LockReset';
import { BooleanField, PasswordInput, Show, SimpleShowLayout, minLength, required } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

function ResetPasswordButton() {
  return (
    <DialogActionButton
      verb="reset"
      action="resetPassword"
      label="app.action.reset_password"
      title="app.action.reset_password_title"
      titleArgs={(record) => ({ name: record.login })}
      successMessage="app.notification.password_reset"
      defaultValues={() => ({ password: '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, password: values.password })}
      icon={<LockResetIcon />}
      testId="reset-password"
    >
      <PasswordInput source="password" validate={[required(), minLength(10)]} fullWidth autoComplete="new-password" />
    </DialogActionButton>
  );
}

export function AccountShow() {
  return (
    <Show
      actions={
        <ShowActions retire>
          <ResetPasswordButton />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Text source="login" />
        <Ref source="personId" reference="people" />
        <BooleanField source="active" />
        <TimeField source="lastLoginAt" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
