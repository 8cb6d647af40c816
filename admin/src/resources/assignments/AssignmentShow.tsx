import { ArrayField, CreateButton, DataTable, RecordContextProvider, Show, TabbedShowLayout, useRecordContext } from 'react-admin';
import { EditWhenButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { ReferenceTable } from '../../components/ResourceScreens';
import { AdvanceButton } from './AdvanceButton';
import { FollowUpSection } from './FollowUp';
import { IntakeLinkButton, SendNoticeButton } from './GuidedActions';
import { InspectionDocumentButtons } from './InspectionDocuments';
import { NextStepPanel } from './NextStepPanel';
import { StageStepper } from './StageStepper';
import { AppointLeaderButton, StaffButton } from './StaffingButtons';
import { RemoveStaffButton, ReplaceStaffButton, RevokeGrantButton } from './StaffChangeButtons';

/**
 * A finding recorded from the inspection's page belongs to it: the form opens with it chosen.
 * The button asks canAccess with the record in context, which here is the inspection, not a
 * finding; without one it asks whether the caller may record findings at all, and the API checks
 * the inspection. (`label={false}` keeps the tab from giving the button a field label.)
 */
function RecordFindingButton(_props: { label?: false }) {
  const record = useRecordContext();
  if (!record || !['INQUIRY', 'REPORTING'].includes(record.stage)) return null;
  return (
    <RecordContextProvider value={undefined}>
      <CreateButton resource="findings" state={{ record: { assignmentId: record.id } }} data-testid="record-finding" />
    </RecordContextProvider>
  );
}

export function AssignmentShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <StaffButton />
          <AppointLeaderButton />
          <AdvanceButton />
          <EditWhenButton when={(record) => record.stage !== 'CLOSED'} />
          <InspectionDocumentButtons />
        </ShowActions>
      }
    >
      <NextStepPanel
        kind="assignment"
        actions={
          <>
            <SendNoticeButton />
            <IntakeLinkButton />
          </>
        }
      />
      <StageStepper />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.tab.summary">
          <Ref source="targetId" reference="bodies" />
          <Ref source="teamId" reference="bodies" />
          <Ref source="roundId" reference="rounds" />
          <EnumField source="stage" enumName="Stage" />
          <DayField source="startsOn" />
          <DayField source="endsOn" />
          <DayField source="noticeSentOn" />
          <DayField source="closedOn" />
          <Text source="contactChannels" />
          <Text source="workPlan" />
          <Text source="publicIntakePath" />
          <TimeField source="updatedAt" />
          <FollowUpSection label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.assignments.fields.staff" path="staff">
          <ArrayField source="staff" label={false}>
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="personId" label="resources.assignments.fields.staff">
                <Ref source="personId" reference="people" />
              </DataTable.Col>
              <DataTable.Col source="recusalException">
                <Text source="recusalException" />
              </DataTable.Col>
              <DataTable.Col source="removedOn">
                <DayField source="removedOn" />
              </DataTable.Col>
              <DataTable.Col source="removedReason">
                <Text source="removedReason" />
              </DataTable.Col>
              <DataTable.Col label={false}>
                <RemoveStaffButton />
                <ReplaceStaffButton />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
          <ArrayField source="leaderGrants">
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="personId" label="resources.leaderGrants.fields.personId">
                <Ref source="personId" reference="people" />
              </DataTable.Col>
              <DataTable.Col source="validFrom" label="resources.leaderGrants.fields.validFrom">
                <DayField source="validFrom" />
              </DataTable.Col>
              <DataTable.Col source="validUntil" label="resources.leaderGrants.fields.validUntil">
                <DayField source="validUntil" />
              </DataTable.Col>
              <DataTable.Col source="revokedOn" label="resources.leaderGrants.fields.revokedOn">
                <DayField source="revokedOn" />
              </DataTable.Col>
              <DataTable.Col source="revokedReason" label="resources.leaderGrants.fields.revokedReason">
                <Text source="revokedReason" />
              </DataTable.Col>
              <DataTable.Col label={false}>
                <RevokeGrantButton />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.assignments.fields.findings" path="findings">
          <RecordFindingButton label={false} />
          <ReferenceTable
            reference="findings"
            target="assignmentId"
            columns={['category', 'subKind', 'severity', 'urgent', 'status']}
            label={false}
          />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
