import { DataTable, Pagination, ReferenceManyField, Show, SimpleShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';

export function PersonShow() {
  return (
    <Show actions={<ShowActions retire />}>
      <SimpleShowLayout>
        <Text source="name" />
        <Text source="position" />
        <EnumField source="rank" enumName="CadreRank" />
        <Text source="idNumber" />
        <Ref source="employerId" reference="bodies" />
        <Ref source="managedById" reference="bodies" />
        <DayField source="retiredOn" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
        <ReferenceManyField
          label="resources.people.fields.memberships"
          reference="memberships"
          target="personId"
          sort={{ field: 'since', order: 'DESC' }}
          pagination={<Pagination />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="bodyId" disableSort>
              <Ref source="bodyId" reference="bodies" />
            </DataTable.Col>
            <DataTable.Col source="role">
              <EnumField source="role" enumName="MembershipRole" />
            </DataTable.Col>
            <DataTable.Col source="since">
              <DayField source="since" />
            </DataTable.Col>
            <DataTable.Col source="until">
              <DayField source="until" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
