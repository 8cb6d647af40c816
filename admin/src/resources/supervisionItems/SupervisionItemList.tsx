import { DataTable, List } from 'react-admin';
import { inspectionFilters } from '../../components/filters';
import { DayField, EnumField, Ref, Text } from '../../components/fields';
import { OverdueChip, overdueRowSx } from '../../components/overdue';
import { ListActions } from '../../components/ListActions';

/** The API lists matters oldest first and takes no sort. */
export function SupervisionItemList() {
  return (
    <List filters={inspectionFilters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx}>
        <DataTable.Col source="matter" disableSort>
          <Text source="matter" />
        </DataTable.Col>
        <DataTable.Col source="responsibleBodyId" disableSort>
          <Ref source="responsibleBodyId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="deadline" disableSort>
          <DayField source="deadline" />
        </DataTable.Col>
        <DataTable.Col source="overdue" disableSort>
          <OverdueChip />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="SupervisionStatus" />
        </DataTable.Col>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
