import { AutocompleteInput, ReferenceInput, useTranslate, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * The finding an item follows up, among the findings of the chosen inspection (in `statuses`, when
 * given), named by its kind and the start of its evidence. Optional: an item may stand on its own.
 */
export function FindingOfAssignmentInput({ statuses }: { statuses?: readonly string[] }) {
  const translate = useTranslate();
  const assignmentId = useWatch({ name: 'assignmentId' });
  const describe = (finding: RaRecord) =>
    finding
      ? `#${finding.id} ${translate(`enums.FindingSubKind.${finding.subKind}`)}：${String(finding.evidenceSummary ?? '').slice(0, 40)}`
      : '';
  return (
    <ReferenceInput source="findingId" reference="findings" filter={{ assignmentId, statuses }} perPage={100}>
      <AutocompleteInput optionText={describe} disabled={assignmentId == null} fullWidth />
    </ReferenceInput>
  );
}
