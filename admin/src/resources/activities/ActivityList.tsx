import { DataTable, List, NumberField } from 'react-admin';
import { inspectionFilters } from '../../components/filters';
import { DayField, EnumField, Ref, Text } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

export function ActivityList() {
  return (
    <List filters={inspectionFilters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="heldOn" disableSort>
          <DayField source="heldOn" />
        </DataTable.Col>
        <DataTable.Col source="method" disableSort>
          <EnumField source="method" enumName="WorkMethod" />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort>
          <Text source="description" />
        </DataTable.Col>
        <DataTable.Col source="peopleReached" disableSort>
          <NumberField source="peopleReached" />
        </DataTable.Col>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
