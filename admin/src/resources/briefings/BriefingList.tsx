import { DataTable, List } from 'react-admin';
import { inspectionFilters } from '../../components/filters';
import { DayField, Ref, Text } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

export function BriefingList() {
  return (
    <List filters={inspectionFilters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
        <DataTable.Col source="sourceBodyId" disableSort>
          <Ref source="sourceBodyId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="requestedOn" disableSort>
          <DayField source="requestedOn" />
        </DataTable.Col>
        <DataTable.Col source="receivedOn" disableSort>
          <DayField source="receivedOn" />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          <Text source="summary" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
