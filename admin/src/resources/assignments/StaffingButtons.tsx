import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useGetList,
  useGetMany,
  useRecordContext,
} from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
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
      {/* Staffing draws only on the team's current members; the picker offers no one else. */}
      <ReferenceInput source="personId" reference="people" filter={{ memberOf: record?.teamId, memberRoles: ['TEAM_MEMBER'] }}>
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="recusalException" multiline minRows={2} fullWidth helperText="resources.assignments.helper.recusalException" />
    </DialogActionButton>
  );
}

/** The current pool of the plan's leading group, each entry named by its person. */
function PoolEntryInput({ leadingGroupId }: { leadingGroupId?: number }) {
  const { data: entries = [] } = useGetList(
    'poolEntries',
    { filter: { leadingGroupId }, pagination: { page: 1, perPage: 100 } },
    { enabled: leadingGroupId != null },
  );
  const { data: people = [] } = useGetMany('people', { ids: entries.map((entry) => entry.personId) }, { enabled: entries.length > 0 });
  const choices = entries.map((entry) => ({
    id: entry.id,
    name: people.find((person) => person.id === entry.personId)?.name ?? `#${entry.personId}`,
  }));
  return <SelectInput source="poolEntryId" choices={choices} translateChoice={false} validate={required()} fullWidth />;
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
      <PoolEntryInput leadingGroupId={record?.round?.leadingGroupId} />
      <DateInput source="validFrom" validate={required()} />
      <DateInput source="validUntil" validate={required()} />
    </DialogActionButton>
  );
}
