import { Create, DateInput, TextInput, required } from 'react-admin';
import { AssignmentInput } from '../../components/AssignmentInput';
import { FindingOfAssignmentInput } from '../../components/FindingOfAssignmentInput';
import { AppForm } from '../../components/forms';

/** The office sends the target what it must rectify, with the feedback; the target's liaison reports progress. */
export function RectificationItemCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <AssignmentInput stages={['FEEDBACK', 'TRANSFER']} />
        <FindingOfAssignmentInput statuses={['DECIDED']} />
        <TextInput source="description" validate={required()} multiline minRows={3} fullWidth />
        <DateInput source="deadline" validate={required()} />
      </AppForm>
    </Create>
  );
}
