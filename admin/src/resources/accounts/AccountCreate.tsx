import { AutocompleteInput, Create, PasswordInput, ReferenceInput, TextInput, minLength, regex, required } from 'react-admin';
import { AppForm } from '../../components/forms';
import { pickerSort } from '../../components/pickers';

export function AccountCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="personId" reference="people" sort={pickerSort('people')}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="login" validate={[required(), regex(/^[a-z0-9._-]+$/, 'app.validation.login')]} autoComplete="off" />
        <PasswordInput source="password" validate={[required(), minLength(10)]} autoComplete="new-password" />
      </AppForm>
    </Create>
  );
}
