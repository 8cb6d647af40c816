import { AutocompleteArrayInput, ReferenceArrayInput, TextInput, required } from 'react-admin';

/** Bodies outside the committee's jurisdiction are refused by the API, which names them. */
export function RoundTargetsInput() {
  return (
    <ReferenceArrayInput source="targetIds" reference="bodies" perPage={50}>
      <AutocompleteArrayInput optionText="name" validate={required()} fullWidth />
    </ReferenceArrayInput>
  );
}

export function RoundTitleInput() {
  return <TextInput source="title" validate={required()} fullWidth />;
}
