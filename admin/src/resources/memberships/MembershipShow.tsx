import { Alert } from '@mui/material';
import { Show, SimpleShowLayout, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EditWhenButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { formatTime } from '../../dates';
import { RetireButton, ShowActions } from '../../components/toolbars';
import { DecisionButtons } from './DecisionButtons';
import { AccountField, MembershipStatusField } from './fields';
import { isEditable, isEndable } from './governance';

/** What the status means for the person holding it, in a sentence. */
function StateNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (record.endedAt) {
    const at = formatTime(record.endedAt, locale);
    return (
      <Alert severity="info" data-testid="ended-notice">
        {translate('app.membership.ended_notice', { at })}
      </Alert>
    );
  }
  if (record.status === 'PENDING') {
    return (
      <Alert severity="warning" data-testid="pending-notice">
        {translate('app.membership.pending_notice')}
      </Alert>
    );
  }
  if (record.status === 'REFUSED') {
    return (
      <Alert severity="error" data-testid="refused-notice">
        {translate('app.membership.refused_notice')}
      </Alert>
    );
  }
  return null;
}

function EndButton() {
  const record = useRecordContext();
  return isEndable(record) ? <RetireButton /> : null;
}

export function MembershipShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <DecisionButtons />
          <EditWhenButton when={isEditable} />
          <EndButton />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <StateNotice />
        <Ref source="personId" reference="people" />
        <Ref source="bodyId" reference="bodies" />
        <EnumField source="role" enumName="MembershipRole" />
        <MembershipStatusField source="status" />
        <DayField source="since" />
        <DayField source="until" />
        <AccountField source="proposedByAccountId" />
        <AccountField source="decidedByAccountId" />
        <TimeField source="decidedAt" />
        <Text source="decisionNote" />
        <TimeField source="endedAt" />
        <TimeField source="createdAt" />
        <TimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
