import { AutocompleteInput, Create, ReferenceInput, required } from 'react-admin';
import { BodyInputs } from './BodyInputs';
import { AppForm } from '../../components/forms';
import { pickerSort } from '../../components/pickers';

export function BodyCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="reportsToId" reference="bodies" sort={pickerSort('bodies')}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <BodyInputs />
      </AppForm>
    </Create>
  );
}
