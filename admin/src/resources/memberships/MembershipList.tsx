import { BooleanInput, DataTable, useCanAccess, useRecordContext } from 'react-admin';
import { filterInputs } from '../../components/descriptorFields';
import { ResourceList } from '../../components/ResourceScreens';
import { RetireButton } from '../../components/toolbars';
import { AwaitingMyDecisionButton, DecisionButtons, StopRowClick } from './DecisionButtons';
import { MembershipStatusField } from './fields';
import { isEndable } from './governance';
import { memberships } from './resource';

/** Whoever decides proposals can narrow the list to those waiting for them. */
const approverFilters = [
  ...(filterInputs(memberships.list?.filters) ?? []),
  <BooleanInput key="awaitingMyDecision" source="awaitingMyDecision" alwaysOn />,
];

/** Ending applies to a membership still in force or still proposed; a refused one never held its role. */
function EndButton() {
  const record = useRecordContext();
  if (!isEndable(record)) return null;
  return <RetireButton />;
}

const awaitingButton = <AwaitingMyDecisionButton />;

/** The status as a coloured label, and the decision and end buttons in a column of their own. */
const cells = { status: <MembershipStatusField /> };
const buttons = (
  <DataTable.Col label={false} disableSort>
    <StopRowClick>
      <DecisionButtons />
      <EndButton />
    </StopRowClick>
  </DataTable.Col>
);

export function MembershipList() {
  const { canAccess: decides } = useCanAccess({ action: 'approve', resource: 'memberships' });
  return <ResourceList filters={decides ? approverFilters : undefined} actions={awaitingButton} cells={cells} trailing={buttons} />;
}
