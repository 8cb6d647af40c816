import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import { BooleanField, Show, SimpleShowLayout } from 'react-admin';
import { WorkflowButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function FindingShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <WorkflowButton
            verb="escalate"
            action="escalateFinding"
            label="app.action.escalate"
            successMessage="app.notification.escalated"
            when={(record) => !record.urgent && record.status === 'RECORDED'}
            icon={<PriorityHighIcon />}
            testId="escalate-finding"
          />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <Ref source="targetId" reference="bodies" />
        <Ref source="subjectPersonId" reference="people" />
        <EnumField source="category" enumName="FindingCategory" />
        <EnumField source="subKind" enumName="FindingSubKind" />
        <EnumField source="sourceMethod" enumName="WorkMethod" />
        <EnumField source="severity" enumName="Severity" />
        <BooleanField source="urgent" />
        <DayField source="urgentOn" />
        <Text source="evidenceSummary" />
        <EnumField source="status" enumName="FindingStatus" />
        <EnumField source="decision" enumName="Decision" />
        <DayField source="decidedOn" />
        <Text source="decisionNote" />
        <Ref source="transferredToId" reference="bodies" />
        <DayField source="transferredOn" />
        <Text source="routingOverride" />
        <Text source="outcome" />
        <DayField source="outcomeOn" />
        <TimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
