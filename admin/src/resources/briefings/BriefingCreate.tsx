import { AutocompleteInput, Create, DateInput, ReferenceInput, required } from 'react-admin';
import { AssignmentInput } from '../../components/AssignmentInput';
import { today } from '../../days';
import { AppForm } from '../../components/forms';

/** The four bodies that supply background on the target's leadership. */
const BRIEFING_SOURCES = ['DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU'];

/** The office asks for background during preparation; what arrives is recorded on the briefing's page. */
export function BriefingCreate() {
  return (
    <Create redirect="show">
      <AppForm defaultValues={{ requestedOn: today() }}>
        <AssignmentInput stages={['PREPARATION']} />
        <ReferenceInput source="sourceBodyId" reference="bodies" filter={{ kinds: BRIEFING_SOURCES }}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
        <DateInput source="requestedOn" validate={required()} />
      </AppForm>
    </Create>
  );
}
