import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput } from 'react-admin';
import { DayField, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <ReferenceInput key="teamId" source="teamId" reference="bodies" filter={{ kinds: ['INSPECTION_TEAM'] }} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="validOn" source="validOn" />,
];

/** Read-only here: grants are made by appointing a leader on an inspection. */
export function LeaderGrantList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="personId" disableSort>
          <Ref source="personId" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="teamId" disableSort>
          <Ref source="teamId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="assignmentId" disableSort>
          <Ref source="assignmentId" reference="assignments" />
        </DataTable.Col>
        <DataTable.Col source="validFrom" disableSort>
          <DayField source="validFrom" />
        </DataTable.Col>
        <DataTable.Col source="validUntil" disableSort>
          <DayField source="validUntil" />
        </DataTable.Col>
        <DataTable.Col source="revokedOn" disableSort>
          <DayField source="revokedOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
