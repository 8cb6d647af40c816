import { DateInput, Edit, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';

export function PoolEntryEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <Ref source="leadingGroupId" reference="bodies" />
        <DateInput source="since" validate={required()} />
        <TextInput source="note" multiline fullWidth />
      </AppForm>
    </Edit>
  );
}
