import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  Create,
  DateInput,
  ReferenceInput,
  required,
  useNotify,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { EnumInput } from '../../components/fields';
import { AppForm } from '../../components/forms';
import { needsApproval } from './governance';
import { pickerSort } from '../../components/pickers';

/** Said before saving: a role that reads inspection records is only proposed. */
function ApprovalNotice() {
  const role = useWatch({ name: 'role' });
  const translate = useTranslate();
  if (!needsApproval(role)) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="approval-notice">
      {translate('app.membership.needs_approval')}
    </Alert>
  );
}

export function MembershipCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  // Said after saving: a proposal is pending, not in force.
  const onSuccess = (data: RaRecord) => {
    if (data.status === 'PENDING') notify('app.membership.proposed', { type: 'info', autoHideDuration: 10000 });
    else
      notify('resources.memberships.notifications.created', {
        type: 'info',
        messageArgs: { smart_count: 1, _: translate('ra.notification.created', { smart_count: 1 }) },
      });
    redirect('show', 'memberships', data.id, data);
  };
  return (
    <Create redirect="show" mutationOptions={{ onSuccess }}>
      <AppForm>
        <ReferenceInput source="personId" reference="people" sort={pickerSort('people')}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="bodyId" reference="bodies" sort={pickerSort('bodies')}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <EnumInput source="role" enumName="MembershipRole" validate={required()} />
        <ApprovalNotice />
        <DateInput source="since" validate={required()} />
        <DateInput source="until" />
      </AppForm>
    </Create>
  );
}
