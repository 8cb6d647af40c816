import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';

export function PoolEntryCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="leadingGroupId" reference="bodies" filter={{ kinds: ['LEADING_GROUP'] }}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="personId" reference="people">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <DateInput source="since" validate={required()} />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
}
