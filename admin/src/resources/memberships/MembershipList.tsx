import { AutocompleteInput, BooleanInput, DataTable, DateInput, List, ReferenceInput, useCanAccess, useRecordContext } from 'react-admin';
import { DayField, EnumArrayInput, EnumField, Ref } from '../../components/fields';
import { RetireButton } from '../../components/toolbars';
import { ListActions } from '../../components/ListActions';
import { AwaitingMyDecisionButton, DecisionButtons, StopRowClick } from './DecisionButtons';
import { MembershipStatusField } from './fields';
import { isEndable } from './governance';

const filters = [
  <ReferenceInput key="bodyId" source="bodyId" reference="bodies" alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <EnumArrayInput key="statuses" source="statuses" enumName="MembershipStatus" alwaysOn />,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <EnumArrayInput key="roles" source="roles" enumName="MembershipRole" />,
  <ReferenceInput key="under" source="under" reference="bodies">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="currentOn" source="currentOn" />,
];

/** Whoever decides proposals can narrow the list to those waiting for them. */
const approverFilters = [...filters, <BooleanInput key="awaitingMyDecision" source="awaitingMyDecision" alwaysOn />];

/** Ending applies to a membership still in force or still proposed; a refused one never held its role. */
function EndButton() {
  const record = useRecordContext();
  if (!isEndable(record)) return null;
  return <RetireButton />;
}

const actions = (
  <ListActions>
    <AwaitingMyDecisionButton />
  </ListActions>
);

export function MembershipList() {
  const { canAccess: decides } = useCanAccess({ action: 'approve', resource: 'memberships' });
  return (
    <List filters={decides ? approverFilters : filters} sort={{ field: 'since', order: 'DESC' }} actions={actions}>
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
        <DataTable.Col source="status" disableSort>
          <MembershipStatusField />
        </DataTable.Col>
        <DataTable.Col source="since">
          <DayField source="since" />
        </DataTable.Col>
        <DataTable.Col source="until">
          <DayField source="until" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <StopRowClick>
            <DecisionButtons />
            <EndButton />
          </StopRowClick>
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
