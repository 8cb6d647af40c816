import { AutocompleteInput, DataTable, List, ReferenceInput } from 'react-admin';
import { DayField, EnumArrayInput, EnumField, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';

const filters = [
  <EnumArrayInput key="stages" source="stages" enumName="Stage" alwaysOn />,
  <ReferenceInput key="roundId" source="roundId" reference="rounds">
    <AutocompleteInput optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="teamId" source="teamId" reference="bodies" filter={{ kinds: ['INSPECTION_TEAM'] }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="targetId" source="targetId" reference="bodies">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The API lists inspections newest first and takes no sort. */
export function AssignmentList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="targetId" disableSort>
          <Ref source="targetId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="teamId" disableSort>
          <Ref source="teamId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="roundId" disableSort>
          <Ref source="roundId" reference="rounds" />
        </DataTable.Col>
        <DataTable.Col source="stage" disableSort>
          <EnumField source="stage" enumName="Stage" />
        </DataTable.Col>
        <DataTable.Col source="startsOn" disableSort>
          <DayField source="startsOn" />
        </DataTable.Col>
        <DataTable.Col source="endsOn" disableSort>
          <DayField source="endsOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
