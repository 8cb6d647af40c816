import { AutocompleteInput, Create, DateInput, ReferenceInput, TextInput, required } from 'react-admin';
import { AppForm } from '../../components/forms';
import { pickerSort } from '../../components/pickers';

export function PoolEntryCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="leadingGroupId" reference="bodies" filter={{ kinds: ['LEADING_GROUP'] }} sort={pickerSort('bodies')}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="personId" reference="people" sort={pickerSort('people')}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <DateInput source="since" validate={required()} />
        <TextInput source="note" multiline fullWidth />
      </AppForm>
    </Create>
  );
}
