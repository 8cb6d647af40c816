import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, Create, Edit, TextInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AssignmentInput } from '../../components/AssignmentInput';
import { EnumInput } from '../../components/fields';
import { AppForm } from '../../components/forms';
import { graphql } from '../../providers/graphqlClient';

/** Questions are edited one per line and sent as a list. */
const formatQuestions = (value: unknown) => (Array.isArray(value) ? value.join('\n') : ((value as string | undefined) ?? ''));
const parseQuestions = (text: string) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The persons of the inspected body, offered by the API to those who may set up an evaluation. */
function PersonsInput() {
  const translate = useTranslate();
  const assignmentId = useWatch({ name: 'assignmentId' }) as number | undefined;
  const { data = [] } = useQuery({
    queryKey: ['evaluationCandidates', assignmentId],
    enabled: !!assignmentId,
    queryFn: async () =>
      (
        await graphql<{ evaluationCandidates: Array<{ personId: number; name: string }> }>(
          'query($a: Int!) { evaluationCandidates(assignmentId: $a) { personId name } }',
          { a: assignmentId },
        )
      ).evaluationCandidates,
  });
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.evaluations.help.subjects')}
      </Typography>
      <CheckboxGroupInput
        source="personIds"
        choices={data.map((p) => ({ id: p.personId, name: p.name }))}
        row={false}
        defaultValue={[]}
        data-testid="evaluation-persons"
      />
    </>
  );
}

function Inputs({ creating }: { creating: boolean }) {
  return (
    <>
      {creating && <AssignmentInput stages={['PREPARATION', 'INQUIRY']} />}
      <TextInput source="title" validate={required()} fullWidth />
      <EnumInput source="kind" enumName="EvaluationKind" validate={required()} defaultValue="DEMOCRATIC_EVALUATION" />
      <PersonsInput />
      <TextInput source="questions" multiline minRows={3} fullWidth format={formatQuestions} parse={parseQuestions} />
    </>
  );
}

export function EvaluationCreate() {
  return (
    <Create redirect="show">
      <AppForm defaultValues={{ personIds: [], questions: [] }}>
        <Inputs creating />
      </AppForm>
    </Create>
  );
}

export function EvaluationEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <AppForm>
        <Inputs creating={false} />
      </AppForm>
    </Edit>
  );
}
