import { AutocompleteInput, ReferenceInput, useLocale, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { findingTitle } from '../resources/findings/resource';
import { clipped, titleOf } from '../resources/names';

/**
 * The finding an item follows up, among the findings of the chosen inspection (in `statuses`, when
 * given), titled as everywhere in the console and told apart by the start of its evidence, since
 * the findings of one inspection share their target. Optional: an item may stand on its own.
 */
export function FindingOfAssignmentInput({ statuses }: { statuses?: readonly string[] }) {
  // The title reads the console's language itself; asking for it here redraws the choices when it changes.
  useLocale();
  const assignmentId = useWatch({ name: 'assignmentId' });
  const describe = (finding: RaRecord) => (finding ? titleOf(findingTitle(finding), clipped(finding.evidenceSummary, 40)) : '');
  return (
    <ReferenceInput source="findingId" reference="findings" filter={{ assignmentId, statuses }} perPage={100}>
      <AutocompleteInput optionText={describe} disabled={assignmentId == null} fullWidth />
    </ReferenceInput>
  );
}
