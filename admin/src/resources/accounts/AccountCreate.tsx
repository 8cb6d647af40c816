import { AutocompleteInput, Create, PasswordInput, ReferenceInput, SimpleForm, TextInput, minLength, regex, required } from 'react-admin';

export function AccountCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="personId" reference="people">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="login" validate={[required(), regex(/^[a-z0-9._-]+$/, 'app.validation.login')]} autoComplete="off" />
        <PasswordInput source="password" validate={[required(), minLength(10)]} autoComplete="new-password" />
      </SimpleForm>
    </Create>
  );
}
