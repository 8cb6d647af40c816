import BlockIcon from '@mui/icons-material/Block';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { TextInput, maxLength, required, useGetIdentity, useShowContext, type RaRecord } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { CandidatePicker } from '../../components/CandidatePicker';
import { today } from '../../days';

/** The longest reason the API keeps with a revocation or a removal. */
const REASON_MAX = 500;
const REASON = [required(), maxLength(REASON_MAX)];

/**
 * Whether a row of the inspection's page may be acted on: the inspection is open and the row is not
 * the caller's own (nobody ends their own grant or staffing; the API refuses it by the
 * no-self-dealing rule). Whether the caller may act at all is asked of the rules by each button.
 */
function useRowOpen(): (row: RaRecord) => boolean {
  const { record: assignment } = useShowContext();
  const { identity } = useGetIdentity();
  return (row) => !!assignment && assignment.stage !== 'CLOSED' && identity?.personId !== undefined && row.personId !== identity.personId;
}

function ReasonInput() {
  return <TextInput source="reason" multiline minRows={2} fullWidth validate={REASON} helperText="resources.assignments.helper.reason" />;
}

/** The office takes a person off the inspection, with the reason; the row stays as the record of who served. */
export function RemoveStaffButton(_props: { label?: string }) {
  const open = useRowOpen();
  return (
    <DialogActionButton
      verb="staff"
      action="removeStaff"
      label="app.action.remove_staff"
      title="app.action.remove_staff"
      successMessage="app.notification.staff_removed"
      when={(row) => open(row) && !row.removedOn}
      toInput={(row, values) => ({ id: row.id, version: row.version, reason: String(values.reason ?? '').trim() })}
      icon={<PersonRemoveIcon />}
      testId="remove-staff"
    >
      <ReasonInput />
    </DialogActionButton>
  );
}

/** The office puts someone else in the person's place, in one change: if the new person is refused, nothing changes. */
export function ReplaceStaffButton(_props: { label?: string }) {
  const open = useRowOpen();
  const { record: assignment } = useShowContext();
  return (
    <DialogActionButton
      verb="staff"
      action="replaceStaff"
      label="app.action.replace_staff"
      title="app.action.replace_staff"
      successMessage="app.notification.staff_replaced"
      when={(row) => open(row) && !row.removedOn}
      toInput={(row, values) => ({
        id: row.id,
        version: row.version,
        personId: values.personId,
        reason: String(values.reason ?? '').trim(),
        ...(typeof values.recusalException === 'string' && values.recusalException.trim()
          ? { recusalException: values.recusalException.trim() }
          : {}),
      })}
      icon={<SwapHorizIcon />}
      testId="replace-staff"
    >
      {assignment && <CandidatePicker source="personId" kind="staff" assignmentId={Number(assignment.id)} />}
      <ReasonInput />
      <TextInput source="recusalException" multiline minRows={2} fullWidth helperText="resources.assignments.helper.recusalException" />
    </DialogActionButton>
  );
}

/** The leading group revokes a leader's grant, with the reason; a new leader can then be appointed. */
export function RevokeGrantButton(_props: { label?: string }) {
  const open = useRowOpen();
  return (
    <DialogActionButton
      verb="appoint"
      action="revokeLeaderGrant"
      label="app.action.revoke_grant"
      title="app.action.revoke_grant"
      successMessage="app.notification.grant_revoked"
      when={(row) => open(row) && !row.revokedOn && row.validUntil >= today()}
      toInput={(row, values) => ({ id: row.id, version: row.version, reason: String(values.reason ?? '').trim() })}
      icon={<BlockIcon />}
      testId="revoke-grant"
    >
      <ReasonInput />
    </DialogActionButton>
  );
}
