import { Show, TabbedShowLayout, useRecordContext } from 'react-admin';
import { ReferenceTable } from '../../components/ResourceScreens';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { PersonRelatives, useRelativesAccess } from './PersonRelatives';
import { PersonStaffRecords, useStaffRecordsAccess } from '../staffAssessments/PersonStaffRecords';

function PersonTabs() {
  const person = useRecordContext();
  const relativesVisible = useRelativesAccess('list', person);
  const staffRecordsVisible = useStaffRecordsAccess();
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tab.summary">
        <Text source="name" />
        <Text source="position" />
        <EnumField source="rank" enumName="CadreRank" />
        <Text source="idNumber" />
        <Ref source="employerId" reference="bodies" />
        <Ref source="managedById" reference="bodies" />
        <DayField source="retiredOn" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
        <ReferenceTable
          label="resources.people.fields.memberships"
          reference="memberships"
          target="personId"
          columns={['bodyId', 'role', 'since', 'until']}
          sort={{ field: 'since', order: 'DESC' }}
        />
      </TabbedShowLayout.Tab>
      {relativesVisible ? (
        <TabbedShowLayout.Tab label="resources.people.fields.relatives" path="relatives">
          <PersonRelatives />
        </TabbedShowLayout.Tab>
      ) : null}
      {staffRecordsVisible ? (
        <TabbedShowLayout.Tab label="app.staff_records.tab" path="staff-records">
          <PersonStaffRecords />
        </TabbedShowLayout.Tab>
      ) : null}
    </TabbedShowLayout>
  );
}

export function PersonShow() {
  return (
    <Show actions={<ShowActions retire />}>
      <PersonTabs />
    </Show>
  );
}
