import { DataTable, List } from 'react-admin';
import { inspectionFilters } from '../../components/filters';
import { DayField, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

export function ReportList() {
  return (
    <List filters={inspectionFilters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
        <DataTable.Col source="submittedOn" disableSort>
          <DayField source="submittedOn" />
        </DataTable.Col>
        <DataTable.Col source="submittedById" disableSort>
          <Ref source="submittedById" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="heardOn" disableSort>
          <DayField source="heardOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
