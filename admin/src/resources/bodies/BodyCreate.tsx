import { AutocompleteInput, Create, ReferenceInput, required } from 'react-admin';
import { BodyInputs } from './BodyInputs';
import { AppForm } from '../../components/forms';

export function BodyCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="reportsToId" reference="bodies">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <BodyInputs />
      </AppForm>
    </Create>
  );
}
