/**
 * A leading-group leader's decision on a proposed membership: approve (with an optional note) or
 * refuse (with the reason), each asked in a dialog. Offered only where the caller's rules allow
 * `approve` on the record and the caller did not propose it; the server checks both again.
 */
import type { ReactNode } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Badge, Box } from '@mui/material';
import { Button, TextInput, useCanAccess, useGetIdentity, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { nameIn } from '../names';
import { AWAITING_MY_DECISION, awaitingMyDecisionPath, isDecidableBy } from './governance';

const personName = (record: RaRecord) => ({ name: nameIn(record.personLabel) ?? `#${record.personId}` });

const reasonGiven = (value: unknown) => (typeof value === 'string' && value.trim() ? undefined : 'app.membership.note_required');

const trimmedNote = (values: Record<string, unknown>) => (typeof values.note === 'string' ? values.note.trim() : '');

/** Whether the signed-in account may be the one to decide this record (the rules decide the rest). */
function useDecidable() {
  const { identity, isPending } = useGetIdentity();
  return (record: RaRecord) => !isPending && identity !== undefined && isDecidableBy(record, identity.id);
}

export function ApproveMembershipButton() {
  const decidable = useDecidable();
  return (
    <DialogActionButton
      verb="approve"
      action="approveMembership"
      label="app.membership.approve"
      title="app.membership.approve_title"
      titleArgs={personName}
      successMessage="app.membership.approved"
      when={decidable}
      defaultValues={() => ({ note: '' })}
      toInput={(record, values) => ({
        id: record.id,
        version: record.version,
        ...(trimmedNote(values) ? { note: trimmedNote(values) } : {}),
      })}
      icon={<CheckIcon />}
      testId="approve-membership"
    >
      <TextInput source="note" label="app.membership.approve_note" multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

export function RefuseMembershipButton() {
  const decidable = useDecidable();
  return (
    <DialogActionButton
      verb="approve"
      action="refuseMembership"
      label="app.membership.refuse"
      title="app.membership.refuse_title"
      titleArgs={personName}
      successMessage="app.membership.refused"
      when={decidable}
      defaultValues={() => ({ note: '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, note: trimmedNote(values) })}
      icon={<CloseIcon />}
      testId="refuse-membership"
    >
      <TextInput source="note" label="app.membership.refuse_note" validate={reasonGiven} multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

/** Both buttons (each shows itself only where it applies). */
export function DecisionButtons() {
  return (
    <>
      <ApproveMembershipButton />
      <RefuseMembershipButton />
    </>
  );
}

/**
 * A list row's buttons: their clicks (also those inside their dialogs, which React bubbles through
 * the dialog's portal to here) must not reach the row, which would open the record instead.
 */
export function StopRowClick({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', whiteSpace: 'nowrap' }} onClick={(event) => event.stopPropagation()}>
      {children}
    </Box>
  );
}

/** How many proposals wait for the caller's decision; undefined for whoever decides none. */
export function useAwaitingMyDecisionCount(): {
  mayDecide: boolean;
  total: number | undefined;
  items: RaRecord[] | undefined;
  isPending: boolean;
  error: unknown;
} {
  const { canAccess } = useCanAccess({ action: 'approve', resource: 'memberships' });
  const mayDecide = canAccess === true;
  const { data, total, isPending, error } = useGetList(
    'memberships',
    { filter: AWAITING_MY_DECISION, pagination: { page: 1, perPage: 5 }, sort: { field: 'createdAt', order: 'ASC' } },
    { enabled: mayDecide },
  );
  return { mayDecide, total: mayDecide ? total : undefined, items: data, isPending: mayDecide && isPending, error };
}

/** The list's shortcut to the proposals waiting for the caller, with their number. */
export function AwaitingMyDecisionButton() {
  const translate = useTranslate();
  const { mayDecide, total } = useAwaitingMyDecisionCount();
  if (!mayDecide) return null;
  return (
    <Button to={awaitingMyDecisionPath()} label={translate('app.membership.awaiting')} data-testid="awaiting-my-decision-filter">
      <Badge badgeContent={total ?? 0} color="warning" max={999} showZero data-testid="awaiting-my-decision-count">
        <HowToRegIcon />
      </Badge>
    </Button>
  );
}
