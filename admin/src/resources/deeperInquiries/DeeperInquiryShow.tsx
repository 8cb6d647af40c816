import GavelIcon from '@mui/icons-material/Gavel';
import { BooleanInput, TextInput } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { ResourceShow } from '../../components/ResourceScreens';

/** The leading group approves or refuses a proposed inquiry (a refusal needs its reason); never its opener. */
function DecideButton() {
  return (
    <DialogActionButton
      verb="approve"
      action="decideDeeperInquiry"
      label="app.action.decide_inquiry"
      title="app.action.decide_inquiry"
      successMessage="app.notification.inquiry_decided"
      when={(record) => record.status === 'PROPOSED'}
      defaultValues={() => ({ approve: true, note: '' })}
      toInput={(record, values) => ({
        id: record.id,
        version: record.version,
        approve: Boolean(values.approve),
        ...(values.note ? { note: values.note } : {}),
      })}
      icon={<GavelIcon />}
      testId="decide-deeper-inquiry"
    >
      <BooleanInput source="approve" />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

export function DeeperInquiryShow() {
  return <ResourceShow actions={<DecideButton />} />;
}
