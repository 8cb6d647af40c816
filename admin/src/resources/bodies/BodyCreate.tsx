import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin';
import { BodyInputs } from './BodyInputs';

export function BodyCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="reportsToId" reference="bodies">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <BodyInputs />
      </SimpleForm>
    </Create>
  );
}
