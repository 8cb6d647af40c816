import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { Ref, TimeField } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" />];

export function AccountList() {
  return (
    <List filters={filters} sort={{ field: 'login', order: 'ASC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="login" />
        <DataTable.Col source="personId" disableSort>
          <Ref source="personId" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt">
          <TimeField source="lastLoginAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
