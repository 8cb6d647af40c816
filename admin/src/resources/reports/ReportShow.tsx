import SendIcon from '@mui/icons-material/Send';
import { Show, SimpleShowLayout } from 'react-admin';
import { EditWhenButton, WorkflowButton } from '../../components/ActionButtons';
import { DayField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { HearButton } from './HearButton';

export function ReportShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <WorkflowButton
            verb="submit"
            action="submitReport"
            label="app.action.submit"
            successMessage="app.notification.submitted"
            when={(record) => !record.submittedOn}
            icon={<SendIcon />}
            testId="submit-report"
          />
          <HearButton />
          <EditWhenButton when={(record) => !record.submittedOn} />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Text source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
        <Text source="suggestions" sx={{ whiteSpace: 'pre-wrap' }} />
        <DayField source="submittedOn" />
        <Ref source="submittedById" reference="people" />
        <DayField source="heardOn" />
        <Text source="hearingNote" sx={{ whiteSpace: 'pre-wrap' }} />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
