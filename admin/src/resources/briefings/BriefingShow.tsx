import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { DateInput, Show, SimpleShowLayout, TextInput, required } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { DayField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { today } from '../../days';

/** The office records the background that arrived; the inspection cannot enter inquiry while any is awaited. */
function ReceiveButton() {
  return (
    <DialogActionButton
      verb="update"
      action="receiveBriefing"
      label="app.action.receive_briefing"
      title="app.action.receive_briefing"
      successMessage="app.notification.briefing_received"
      when={(record) => !record.receivedOn}
      defaultValues={() => ({ receivedOn: today(), summary: '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, receivedOn: values.receivedOn, summary: values.summary })}
      icon={<MarkEmailReadIcon />}
      testId="receive-briefing"
    >
      <DateInput source="receivedOn" validate={required()} />
      <TextInput source="summary" validate={required()} multiline minRows={4} fullWidth />
    </DialogActionButton>
  );
}

export function BriefingShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <ReceiveButton />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Ref source="sourceBodyId" reference="bodies" />
        <DayField source="requestedOn" />
        <DayField source="receivedOn" />
        <Text source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
