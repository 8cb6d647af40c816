import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput } from 'react-admin';
import { DayField, EnumArrayInput, EnumField, Ref } from '../../components/fields';
import { RetireButton } from '../../components/toolbars';
import { ListActions } from '../../components/ListActions';

const filters = [
  <ReferenceInput key="bodyId" source="bodyId" reference="bodies" alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <EnumArrayInput key="roles" source="roles" enumName="MembershipRole" />,
  <ReferenceInput key="under" source="under" reference="bodies">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="currentOn" source="currentOn" />,
];

export function MembershipList() {
  return (
    <List filters={filters} sort={{ field: 'since', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="personId" disableSort>
          <Ref source="personId" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="bodyId" disableSort>
          <Ref source="bodyId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <EnumField source="role" enumName="MembershipRole" />
        </DataTable.Col>
        <DataTable.Col source="since">
          <DayField source="since" />
        </DataTable.Col>
        <DataTable.Col source="until">
          <DayField source="until" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <RetireButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
