import { DataTable, Pagination, ReferenceManyField, Show, TabbedShowLayout } from 'react-admin';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { MoveButton } from './MoveButton';

export function BodyShow() {
  return (
    <Show
      actions={
        <ShowActions retire>
          <MoveButton />
        </ShowActions>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.tab.summary">
          <Text source="code" />
          <Text source="name" />
          <Text source="nameEn" />
          <EnumField source="kind" enumName="BodyKind" />
          <EnumField source="level" enumName="BodyLevel" />
          <Ref source="reportsToId" reference="bodies" />
          <Ref source="hostedById" reference="bodies" />
          <Text source="path" />
          <DayField source="retiredOn" />
          <TimeField source="createdAt" />
          <TimeField source="updatedAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.bodies.fields.children" path="children">
          <ReferenceManyField reference="bodies" target="reportsToId" sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="code" />
              <DataTable.Col source="name" />
              <DataTable.Col source="kind">
                <EnumField source="kind" enumName="BodyKind" />
              </DataTable.Col>
              <DataTable.Col source="level">
                <EnumField source="level" enumName="BodyLevel" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.bodies.fields.members" path="members">
          <ReferenceManyField reference="memberships" target="bodyId" sort={{ field: 'since', order: 'DESC' }} pagination={<Pagination />}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="personId" disableSort>
                <Ref source="personId" reference="people" />
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
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
