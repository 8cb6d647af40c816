import { DateInput, Edit, required, useRecordContext } from 'react-admin';
import { EnumInput, Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';
import { needsApproval } from './governance';

/**
 * An approved role that needed approval stays what was approved: only its period can be shortened
 * (the server refuses the rest); a proposal can still be reshaped until it is decided.
 */
function RoleInput() {
  const record = useRecordContext();
  const fixed = record?.status === 'APPROVED' && needsApproval(record.role);
  return (
    <EnumInput
      source="role"
      enumName="MembershipRole"
      validate={required()}
      disabled={fixed}
      helperText={fixed ? 'app.membership.approved_role_fixed' : undefined}
    />
  );
}

/** Who and where are fixed once created: a different person or body is a new membership. */
export function MembershipEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <Ref source="bodyId" reference="bodies" />
        <RoleInput />
        <DateInput source="since" validate={required()} />
        <DateInput source="until" />
      </AppForm>
    </Edit>
  );
}
