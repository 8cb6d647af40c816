import { AutocompleteInput, BooleanField, DataTable, List, NullableBooleanInput, ReferenceInput } from 'react-admin';
import { EnumArrayInput, EnumField, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <EnumArrayInput key="categories" source="categories" enumName="FindingCategory" alwaysOn />,
  <NullableBooleanInput key="urgent" source="urgent" alwaysOn />,
  <EnumArrayInput key="statuses" source="statuses" enumName="FindingStatus" />,
  <ReferenceInput key="assignmentId" source="assignmentId" reference="assignments">
    <AutocompleteInput />
  </ReferenceInput>,
];

/** The API lists findings newest first and takes no sort. */
export function FindingList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" disableSort />
        <DataTable.Col source="targetId" disableSort>
          <Ref source="targetId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="category" disableSort>
          <EnumField source="category" enumName="FindingCategory" />
        </DataTable.Col>
        <DataTable.Col source="subKind" disableSort>
          <EnumField source="subKind" enumName="FindingSubKind" />
        </DataTable.Col>
        <DataTable.Col source="severity" disableSort>
          <EnumField source="severity" enumName="Severity" />
        </DataTable.Col>
        <DataTable.Col source="urgent" disableSort>
          <BooleanField source="urgent" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="FindingStatus" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
