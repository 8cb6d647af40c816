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

interface Candidate {
  personId: number;
  name: string;
}

/** How many persons the picker lists at most, and how many it asks for at a time (the API's largest page). */
const CANDIDATES_SHOWN = 300;
const PAGE_SIZE = 100;

/** The first persons an evaluation of the inspection may rate, page after page, and how many there are in all. */
async function candidatesOf(assignmentId: number): Promise<{ items: Candidate[]; totalCount: number }> {
  const first = (
    await graphql<{ evaluationCandidates: { items: Candidate[]; totalCount: number } }>(
      'query($a: Int!, $page: PageInput) { evaluationCandidates(assignmentId: $a, page: $page) { items { personId name } totalCount } }',
      { a: assignmentId, page: { skip: 0, take: PAGE_SIZE } },
    )
  ).evaluationCandidates;
  const items = [...first.items];
  const wanted = Math.min(first.totalCount, CANDIDATES_SHOWN);
  while (items.length < wanted) {
    const next = (
      await graphql<{ evaluationCandidates: { items: Candidate[] } }>(
        'query($a: Int!, $page: PageInput) { evaluationCandidates(assignmentId: $a, page: $page) { items { personId name } } }',
        { a: assignmentId, page: { skip: items.length, take: Math.min(PAGE_SIZE, wanted - items.length) } },
      )
    ).evaluationCandidates.items;
    if (next.length === 0) break;
    items.push(...next);
  }
  return { items, totalCount: first.totalCount };
}

/** The persons of the inspected body, offered by the API to those who may set up an evaluation. */
function PersonsInput() {
  const translate = useTranslate();
  const assignmentId = useWatch({ name: 'assignmentId' }) as number | undefined;
  const { data = { items: [], totalCount: 0 } } = useQuery({
    queryKey: ['evaluationCandidates', assignmentId],
    enabled: !!assignmentId,
    queryFn: () => candidatesOf(assignmentId!),
  });
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.evaluations.help.subjects')}
      </Typography>
      <CheckboxGroupInput
        source="personIds"
        choices={data.items.map((p) => ({ id: p.personId, name: p.name }))}
        row={false}
        defaultValue={[]}
        data-testid="evaluation-persons"
      />
      {data.totalCount > data.items.length ? (
        <Typography variant="body2" color="text.secondary" data-testid="evaluation-persons-more">
          {translate('resources.evaluations.help.more_candidates', { shown: data.items.length, count: data.totalCount })}
        </Typography>
      ) : null}
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
