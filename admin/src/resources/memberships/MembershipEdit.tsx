import { DateInput, Edit, required } from 'react-admin';
import { EnumInput, Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

/** Who and where are fixed once created: a different person or body is a new membership. */
export function MembershipEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <Ref source="bodyId" reference="bodies" />
        <EnumInput source="role" enumName="MembershipRole" validate={required()} />
        <DateInput source="since" validate={required()} />
        <DateInput source="until" />
      </AppForm>
    </Edit>
  );
}
