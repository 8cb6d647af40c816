import { DateInput, Edit, Labeled, TextInput, required } from 'react-admin';
import { Ref } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { AppForm } from '../../components/forms';
import { FollowsUpInput } from './FollowUp';

/** Team, target and plan are fixed once assigned; the dates, the plan of work, the notice and the channels are not. */
export function AssignmentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar retire={false} />}>
        <Labeled>
          <Ref source="targetId" reference="bodies" />
        </Labeled>
        <Labeled>
          <Ref source="teamId" reference="bodies" />
        </Labeled>
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={required()} />
        <TextInput source="workPlan" validate={required()} multiline minRows={4} fullWidth />
        <DateInput source="noticeSentOn" />
        <TextInput source="contactChannels" multiline minRows={2} fullWidth />
        <FollowsUpInput />
      </AppForm>
    </Edit>
  );
}
