import { AutocompleteInput, Create, DateInput, ReferenceInput, TextInput, required } from 'react-admin';
import { AssignmentInput } from '../../components/AssignmentInput';
import { FindingOfAssignmentInput } from '../../components/FindingOfAssignmentInput';
import { AppForm } from '../../components/forms';

/** The office supervises a decided matter: who handles it, by when. */
export function SupervisionItemCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <AssignmentInput stages={['FEEDBACK', 'TRANSFER', 'CLOSED']} />
        <FindingOfAssignmentInput statuses={['DECIDED', 'TRANSFERRED', 'CONCLUDED']} />
        <TextInput source="matter" validate={required()} multiline minRows={2} fullWidth />
        <ReferenceInput source="responsibleBodyId" reference="bodies">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <DateInput source="deadline" validate={required()} />
      </AppForm>
    </Create>
  );
}
