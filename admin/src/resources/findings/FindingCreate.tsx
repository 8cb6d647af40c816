import { AutocompleteInput, Create, ReferenceInput, SelectInput, TextInput, required, useGetOne, usePermissions } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { AssignmentInput } from '../../components/AssignmentInput';
import { EnumInput } from '../../components/fields';
import { subKindChoices } from '../../enums';
import { canAccess, type AppAbility } from '../../providers/canAccess';
import { AppForm } from '../../components/forms';
import { pickerSort } from '../../components/pickers';

/** The sub-kinds follow the category; choosing another category clears a sub-kind it does not have. */
export function CategoryInputs() {
  const category = useWatch({ name: 'category' });
  const { setValue } = useFormContext();
  return (
    <>
      <EnumInput source="category" enumName="FindingCategory" validate={required()} onChange={() => setValue('subKind', null)} />
      <SelectInput source="subKind" choices={subKindChoices(category)} validate={required()} disabled={!category} />
    </>
  );
}

/**
 * The cadre a finding concerns is one of the target's people. Offered only to those who may read
 * people at all (asked of the rules directly: the form's record is no person); the API checks
 * that the person works in the inspected body.
 */
export function SubjectPersonInput() {
  const assignmentId = useWatch({ name: 'assignmentId' });
  const { permissions } = usePermissions<AppAbility>();
  const mayPickPeople = canAccess(permissions, { action: 'list', resource: 'people' });
  const { data: assignment } = useGetOne('assignments', { id: assignmentId }, { enabled: assignmentId != null && mayPickPeople });
  if (!mayPickPeople) return null;
  return (
    <ReferenceInput source="subjectPersonId" reference="people" filter={{ under: assignment?.targetId }} sort={pickerSort('people')}>
      <AutocompleteInput optionText="name" disabled={!assignment} />
    </ReferenceInput>
  );
}

/** The staff record a finding during inquiry or reporting; the target comes with the inspection. */
export function FindingCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <AssignmentInput stages={['INQUIRY', 'REPORTING']} />
        <CategoryInputs />
        <EnumInput source="sourceMethod" enumName="WorkMethod" validate={required()} />
        <EnumInput source="severity" enumName="Severity" validate={required()} />
        <SubjectPersonInput />
        <TextInput source="evidenceSummary" validate={required()} multiline minRows={4} fullWidth />
      </AppForm>
    </Create>
  );
}
