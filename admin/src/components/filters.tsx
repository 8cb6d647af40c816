import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** The filter of every list of records made within an inspection: which inspection. */
export const inspectionFilters = [
  <ReferenceInput key="assignmentId" source="assignmentId" reference="assignments" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
];
