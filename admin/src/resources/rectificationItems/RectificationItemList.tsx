import { AutocompleteInput, DataTable, List, NullableBooleanInput, ReferenceInput } from 'react-admin';
import { DayField, EnumArrayInput, EnumField, Ref, Text } from '../../components/fields';
import { OverdueChip, overdueRowSx } from '../../components/overdue';
import { ListActions } from '../../components/ListActions';

const filters = [
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <EnumArrayInput key="statuses" source="statuses" enumName="RectificationStatus" alwaysOn />,
  <ReferenceInput key="assignmentId" source="assignmentId" reference="assignments">
    <AutocompleteInput />
  </ReferenceInput>,
];

/** The API lists items oldest first and takes no sort. */
export function RectificationItemList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx}>
        <DataTable.Col source="description" disableSort>
          <Text source="description" />
        </DataTable.Col>
        <DataTable.Col source="deadline" disableSort>
          <DayField source="deadline" />
        </DataTable.Col>
        <DataTable.Col source="overdue" disableSort>
          <OverdueChip />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="RectificationStatus" />
        </DataTable.Col>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
