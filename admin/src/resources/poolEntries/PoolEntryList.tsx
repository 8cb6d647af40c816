import { AutocompleteInput, BooleanInput, DataTable, List, ReferenceInput } from 'react-admin';
import { DayField, Ref, Text } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <ReferenceInput key="leadingGroupId" source="leadingGroupId" reference="bodies" filter={{ kinds: ['LEADING_GROUP'] }} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

export function PoolEntryList() {
  return (
    <List filters={filters} sort={{ field: 'since', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="personId" disableSort>
          <Ref source="personId" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="leadingGroupId" disableSort>
          <Ref source="leadingGroupId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="since">
          <DayField source="since" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort>
          <Text source="note" />
        </DataTable.Col>
        <DataTable.Col source="retiredOn" disableSort>
          <DayField source="retiredOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
