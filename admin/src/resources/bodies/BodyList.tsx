import {
  AutocompleteInput,
  BooleanInput,
  Button,
  DataTable,
  LinkBase,
  List,
  ReferenceInput,
  SearchInput,
} from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { DayField, EnumArrayInput, EnumField, Ref } from '../../components/fields';
import { ListActions } from '../../components/ListActions';
import { BODY_TREE_PATH } from './tree';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumArrayInput key="kinds" source="kinds" enumName="BodyKind" />,
  <EnumArrayInput key="levels" source="levels" enumName="BodyLevel" />,
  <ReferenceInput key="under" source="under" reference="bodies">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const actions = (
  <ListActions>
    <Button component={LinkBase} to={BODY_TREE_PATH} label="app.tree.open" data-testid="open-body-tree">
      <AccountTreeIcon />
    </Button>
  </ListActions>
);

/** Tree order (by reporting path) by default: a body sits right after the body it reports to. */
export function BodyList() {
  return (
    <List filters={filters} sort={{ field: 'path', order: 'ASC' }} actions={actions}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="BodyKind" />
        </DataTable.Col>
        <DataTable.Col source="level">
          <EnumField source="level" enumName="BodyLevel" />
        </DataTable.Col>
        <DataTable.Col source="reportsToId" disableSort>
          <Ref source="reportsToId" reference="bodies" />
        </DataTable.Col>
        <DataTable.Col source="path" />
        <DataTable.Col source="retiredOn" disableSort>
          <DayField source="retiredOn" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
