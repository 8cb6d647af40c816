import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput } from '../../components/fields';
import { pickerSort } from '../../components/pickers';

/** The inputs an edit and a creation share; where the body reports to is set on creation or by a move. */
export function BodyInputs() {
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
      <EnumInput source="kind" enumName="BodyKind" validate={required()} />
      <EnumInput source="level" enumName="BodyLevel" validate={required()} />
      <ReferenceInput source="hostedById" reference="bodies" sort={pickerSort('bodies')}>
        <AutocompleteInput />
      </ReferenceInput>
    </>
  );
}
