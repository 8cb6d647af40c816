import { AutocompleteInput, DataTable, List, NumberInput, ReferenceInput } from 'react-admin';
import { DayField, EnumField, EnumInput, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <EnumInput key="status" source="status" enumName="RoundStatus" alwaysOn />,
  <ReferenceInput key="leadingGroupId" source="leadingGroupId" reference="bodies" filter={{ kinds: ['LEADING_GROUP'] }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The API lists plans newest first and takes no sort. */
export function RoundList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="year" disableSort />
        <DataTable.Col source="number" disableSort />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="leadingGroupId" disableSort>
          <Ref source="leadingGroupId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="RoundStatus" />
        </DataTable.Col>
        <DataTable.Col source="approvedOn" disableSort>
          <DayField source="approvedOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
