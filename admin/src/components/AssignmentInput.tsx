import { AutocompleteInput, ReferenceInput, required } from 'react-admin';

/**
 * The inspection a record is made within, offered only among those in a stage that takes such
 * records (the API refuses the others, saying which stage it wants).
 */
export function AssignmentInput({ stages }: { stages: readonly string[] }) {
  return (
    <ReferenceInput source="assignmentId" reference="assignments" filter={{ stages }}>
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
  );
}
