import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { DateInput, TextInput, required, useRecordContext } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { CandidatePicker } from '../../components/CandidatePicker';
import { today } from '../../days';
import { hasCurrentLeader } from './leadership';

const isOpen = (stage: unknown) => stage !== 'CLOSED';

/**
 * The office staffs a person on the inspection. Someone with a recusal ground (回避: works or
 * worked at the target, a relative there) is refused unless a justified exception is written down.
 */
export function StaffButton() {
  const record = useRecordContext();
  return (
    <DialogActionButton
      verb="staff"
      action="staffAssignment"
      label="app.action.add_staff"
      title="app.action.add_staff"
      successMessage="app.notification.staffed"
      when={(record) => isOpen(record.stage)}
      toInput={(record, values) => ({
        assignmentId: record.id,
        personId: values.personId,
        ...(typeof values.recusalException === 'string' && values.recusalException.trim()
          ? { recusalException: values.recusalException.trim() }
          : {}),
      })}
      icon={<PersonAddIcon />}
      testId="staff-assignment"
    >
      {/* Staffing draws only on the team's current members; the API offers no one else. */}
      {record && <CandidatePicker source="personId" kind="staff" assignmentId={Number(record.id)} />}
      <TextInput source="recusalException" multiline minRows={2} fullWidth helperText="resources.assignments.helper.recusalException" />
    </DialogActionButton>
  );
}

/** The leading group names the leader from its pool for this one inspection (一次一授权). */
export function AppointLeaderButton() {
  const record = useRecordContext();
  return (
    <DialogActionButton
      verb="appoint"
      action="appointLeader"
      label="app.action.appoint_leader"
      title="app.action.appoint_leader"
      successMessage="app.notification.leader_appointed"
      when={(record) => isOpen(record.stage) && !hasCurrentLeader(record.leaderGrants, today())}
      defaultValues={(record) => ({ validFrom: today(), validUntil: record.endsOn })}
      toInput={(record, values) => ({
        assignmentId: record.id,
        poolEntryId: values.poolEntryId,
        validFrom: values.validFrom,
        validUntil: values.validUntil,
      })}
      icon={<MilitaryTechIcon />}
      testId="appoint-leader"
    >
      {/* The current pool of the plan's leading group, as the API offers it. */}
      {record && <CandidatePicker source="poolEntryId" kind="leader" assignmentId={Number(record.id)} />}
      <DateInput source="validFrom" validate={required()} />
      <DateInput source="validUntil" validate={required()} />
    </DialogActionButton>
  );
}
