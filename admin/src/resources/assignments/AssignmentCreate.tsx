import { AutocompleteInput, Create, DateInput, ReferenceInput, TextInput, required, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AppForm } from '../../components/forms';
import { pickerSort } from '../../components/pickers';
import { FollowsUpInput } from './FollowUp';

/**
 * The team and the target depend on the plan: a team of the plan's leading group, a body the plan
 * names. Both wait until a plan is chosen.
 */
function TeamAndTargetInputs() {
  const roundId = useWatch({ name: 'roundId' });
  const { data: round } = useGetOne('rounds', { id: roundId }, { enabled: roundId != null });
  const targetIds: number[] = (round?.targets ?? []).map((target: { bodyId: number }) => target.bodyId);
  return (
    <>
      <ReferenceInput
        source="teamId"
        reference="bodies"
        filter={{ kinds: ['INSPECTION_TEAM'], under: round?.leadingGroupId }}
        sort={pickerSort('bodies')}
      >
        <AutocompleteInput validate={required()} disabled={!round} />
      </ReferenceInput>
      <ReferenceInput source="targetId" reference="bodies" filter={{ ids: targetIds }} sort={pickerSort('bodies')}>
        <AutocompleteInput validate={required()} disabled={!round} />
      </ReferenceInput>
    </>
  );
}

/** The office assigns a team to a target of an approved plan; the inspection starts in preparation. */
export function AssignmentCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <ReferenceInput source="roundId" reference="rounds" filter={{ status: 'APPROVED' }}>
          <AutocompleteInput optionText="title" validate={required()} />
        </ReferenceInput>
        <TeamAndTargetInputs />
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={required()} />
        <TextInput source="workPlan" validate={required()} multiline minRows={4} fullWidth />
        <FollowsUpInput />
      </AppForm>
    </Create>
  );
}
