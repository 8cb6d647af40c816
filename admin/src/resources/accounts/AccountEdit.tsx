import { BooleanInput, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';

/** Renaming and reactivating; a new password goes through the reset action on the account's page. */
export function AccountEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <TextInput source="login" validate={required()} />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
