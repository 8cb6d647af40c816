import FactCheckIcon from '@mui/icons-material/FactCheck';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Show, SimpleShowLayout, TextInput, required } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { DayField, EnumField, EnumInput, Ref, Text, TimeField } from '../../components/fields';
import { OverdueChip } from '../../components/overdue';
import { ShowActions } from '../../components/toolbars';

/** The target's liaison reports what was done; the item then waits for the office's check. */
function ProgressButton() {
  return (
    <DialogActionButton
      verb="progress"
      action="recordProgress"
      label="app.action.progress"
      title="app.action.progress"
      successMessage="app.notification.progress_recorded"
      when={(record) => record.status === 'OPEN'}
      defaultValues={(record) => ({ progress: record.progress })}
      toInput={(record, values) => ({ id: record.id, version: record.version, progress: values.progress })}
      icon={<TrendingUpIcon />}
      testId="record-progress"
    >
      <TextInput source="progress" validate={required()} multiline minRows={3} fullWidth />
    </DialogActionButton>
  );
}

/** The office closes the item off (销号) or sends it back with a reason. */
function VerifyButton() {
  return (
    <DialogActionButton
      verb="verify"
      action="verifyRectification"
      label="app.action.verify"
      title="app.action.verify"
      successMessage="app.notification.verified"
      when={(record) => record.status === 'SUBMITTED'}
      defaultValues={() => ({ verdict: 'CLOSE', note: '' })}
      toInput={(record, values) => ({
        id: record.id,
        version: record.version,
        verdict: values.verdict,
        ...(values.note ? { note: values.note } : {}),
      })}
      icon={<FactCheckIcon />}
      testId="verify-rectification"
    >
      <EnumInput source="verdict" enumName="Verdict" validate={required()} />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

export function RectificationItemShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <ProgressButton />
          <VerifyButton />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Ref source="findingId" reference="findings" />
        <Text source="description" />
        <DayField source="deadline" />
        <OverdueChip source="overdue" />
        <EnumField source="status" enumName="RectificationStatus" />
        <Text source="progress" sx={{ whiteSpace: 'pre-wrap' }} />
        <Text source="returnNote" />
        <DayField source="closedOn" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
