import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { DateInput, TextInput, required } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { ResourceShow } from '../../components/ResourceScreens';
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

/** The briefing's page as described, with the button that records what arrived. */
export function BriefingShow() {
  return <ResourceShow actions={<ReceiveButton />} />;
}
