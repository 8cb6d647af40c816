import { AutocompleteInput, DataTable, List, NumberField, ReferenceInput } from 'react-admin';
import { DayField, EnumField, Ref, Text } from '../../components/fields';

const filters = [
  <ReferenceInput key="assignmentId" source="assignmentId" reference="assignments" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
];

export function ActivityList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }}>
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
