import { ArrayField, BooleanField, DataTable, Pagination, ReferenceManyField, Show, TabbedShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { AdvanceButton } from './AdvanceButton';
import { StageStepper } from './StageStepper';

export function AssignmentShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <AdvanceButton />
        </ShowActions>
      }
    >
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
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.assignments.fields.findings" path="findings">
          <ReferenceManyField reference="findings" target="assignmentId" pagination={<Pagination />} label={false}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="category" disableSort>
                <EnumField source="category" enumName="FindingCategory" />
              </DataTable.Col>
              <DataTable.Col source="subKind" disableSort>
                <EnumField source="subKind" enumName="FindingSubKind" />
              </DataTable.Col>
              <DataTable.Col source="severity" disableSort>
                <EnumField source="severity" enumName="Severity" />
              </DataTable.Col>
              <DataTable.Col source="urgent" disableSort>
                <BooleanField source="urgent" />
              </DataTable.Col>
              <DataTable.Col source="status" disableSort>
                <EnumField source="status" enumName="FindingStatus" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
