import { BooleanField, Show, SimpleShowLayout } from 'react-admin';
import { EditWhenButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { ConcludeButton, DecideButton, EscalateButton, TransferButton } from './FindingVerbs';

export function FindingShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <EscalateButton />
          <DecideButton />
          <TransferButton />
          <ConcludeButton />
          <EditWhenButton when={(record) => record.status === 'RECORDED'} />
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
        <Ref source="sourceTalkId" reference="talks" />
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
