import { AutocompleteInput, BooleanInput, DataTable, List, ReferenceInput, SearchInput } from 'react-admin';
import { DayField, EnumArrayInput, EnumField, Ref, Text } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumArrayInput key="ranks" source="ranks" enumName="CadreRank" />,
  <ReferenceInput key="under" source="under" reference="bodies">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

export function PersonList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="position" />
        <DataTable.Col source="rank">
          <EnumField source="rank" enumName="CadreRank" />
        </DataTable.Col>
        <DataTable.Col source="employerId" disableSort>
          <Ref source="employerId" reference="bodies" />
        </DataTable.Col>
        {/* null for whoever may not read it: shown as a dash, never as an empty cell that looks like missing data */}
        <DataTable.Col source="idNumber" disableSort>
          <Text source="idNumber" />
        </DataTable.Col>
        <DataTable.Col source="retiredOn" disableSort>
          <DayField source="retiredOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
