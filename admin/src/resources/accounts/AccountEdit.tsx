import { BooleanInput, Edit, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

/** Renaming and reactivating; a new password goes through the reset action on the account's page. */
export function AccountEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <TextInput source="login" validate={required()} />
        <BooleanInput source="active" />
      </AppForm>
    </Edit>
  );
}
