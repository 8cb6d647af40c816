import { BooleanField, DataTable, List } from 'react-admin';
import { inspectionFilters } from '../../components/filters';
import { DayField, EnumField, Ref, Text } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

/** No informant here: identities are read one record at a time, and every read is recorded. */
export function IntakeItemList() {
  return (
    <List filters={inspectionFilters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="receivedOn" disableSort>
          <DayField source="receivedOn" />
        </DataTable.Col>
        <DataTable.Col source="channel" disableSort>
          <EnumField source="channel" enumName="IntakeChannel" />
        </DataTable.Col>
        <DataTable.Col source="content" disableSort>
          <Text source="content" sx={{ display: 'block', maxWidth: 480, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
        </DataTable.Col>
        <DataTable.Col source="anonymous" disableSort>
          <BooleanField source="anonymous" />
        </DataTable.Col>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
