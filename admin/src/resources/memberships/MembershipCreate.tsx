import { AutocompleteInput, Create, DateInput, ReferenceInput, required } from 'react-admin';
import { EnumInput } from '../../components/fields';
import { AppForm } from '../../components/forms';

export function MembershipCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="personId" reference="people">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="bodyId" reference="bodies">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <EnumInput source="role" enumName="MembershipRole" validate={required()} />
        <DateInput source="since" validate={required()} />
        <DateInput source="until" />
      </AppForm>
    </Create>
  );
}
