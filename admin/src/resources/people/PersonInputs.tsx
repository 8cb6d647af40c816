import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput } from '../../components/fields';
import { pickerSort } from '../../components/pickers';

export function PersonInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="position" validate={required()} fullWidth />
      <EnumInput source="rank" enumName="CadreRank" validate={required()} />
      <ReferenceInput source="employerId" reference="bodies" sort={pickerSort('bodies')}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="managedById" reference="bodies" sort={pickerSort('bodies')}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="idNumber" />
    </>
  );
}
