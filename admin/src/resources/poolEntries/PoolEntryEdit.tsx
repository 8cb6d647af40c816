import { DateInput, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';

export function PoolEntryEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar />}>
        <Ref source="personId" reference="people" />
        <Ref source="leadingGroupId" reference="bodies" />
        <DateInput source="since" validate={required()} />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Edit>
  );
}
