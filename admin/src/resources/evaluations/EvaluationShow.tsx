import LockIcon from '@mui/icons-material/Lock';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { EditWhenButton, WorkflowButton } from '../../components/ActionButtons';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { IssueLinksButton } from './BallotSheet';

interface SubjectResult {
  subjectId: number;
  name: string;
  ballots: number;
  withheld: boolean;
  competent: number | null;
  basicallyCompetent: number | null;
  notCompetent: number | null;
  unrated: number | null;
}
interface Results {
  sealed: boolean;
  linksIssued: number;
  linksUsed: number;
  minimumGroup: number;
  subjects: SubjectResult[];
  answers: Array<{ questionId: number; question: string; answers: string[] }> | null;
}

const isDraft = (record: RaRecord) => record.status === 'DRAFT';
const isOpen = (record: RaRecord) => record.status === 'OPEN';
const COUNTS = ['competent', 'basicallyCompetent', 'notCompetent', 'unrated'] as const;

function ResultsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const results = record?.results as Results | undefined;
  if (!results) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.evaluations.results.${key}`, args);
  return (
    <Box data-testid="evaluation-results" sx={{ mt: 2 }}>
      <Typography variant="h6">{t('title')}</Typography>
      {results.sealed ? (
        <Alert severity="info" icon={<LockIcon />} data-testid="results-sealed">
          {t('sealed', { used: results.linksUsed, issued: results.linksIssued })}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('used')}: {results.linksUsed} / {results.linksIssued}
          </Typography>
          <Table size="small" data-testid="results-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('subject')}</TableCell>
                <TableCell align="right">{t('ballots')}</TableCell>
                {COUNTS.map((key) => (
                  <TableCell key={key} align="right">
                    {t(key)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {results.subjects.map((s) => (
                <TableRow key={s.subjectId} data-testid={`result-${s.subjectId}`}>
                  <TableCell>{s.name}</TableCell>
                  <TableCell align="right">{s.ballots}</TableCell>
                  {s.withheld ? (
                    <TableCell colSpan={COUNTS.length} data-testid="result-withheld">
                      {t('withheld', { min: results.minimumGroup })}
                    </TableCell>
                  ) : (
                    COUNTS.map((key) => (
                      <TableCell key={key} align="right">
                        {s[key]}
                      </TableCell>
                    ))
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {record?.questions?.length > 0 && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle1">{t('answers')}</Typography>
              {results.answers === null ? (
                <Typography variant="body2">{t('answersWithheld', { min: results.minimumGroup })}</Typography>
              ) : (
                results.answers.map((q) => (
                  <Box key={q.questionId} sx={{ mt: 1 }}>
                    <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                      {q.questionId}. {q.question}
                    </Typography>
                    <ul>
                      {q.answers.map((answer, i) => (
                        <li key={i}>
                          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                            {answer}
                          </Typography>
                        </li>
                      ))}
                    </ul>
                  </Box>
                ))
              )}
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

function Subjects() {
  const record = useRecordContext();
  const subjects = (record?.subjects as Array<{ subjectId: number; name: string }> | undefined) ?? [];
  return (
    <Labeled label="resources.evaluations.results.subject">
      <Typography variant="body2">{subjects.map((s) => s.name).join('、')}</Typography>
    </Labeled>
  );
}

function Questions() {
  const record = useRecordContext();
  const questions = (record?.questions as string[] | undefined) ?? [];
  if (questions.length === 0) return null;
  return (
    <Labeled label="resources.evaluations.fields.questions">
      <ol style={{ margin: 0 }}>
        {questions.map((q, i) => (
          <li key={i}>
            <Typography variant="body2">{q}</Typography>
          </li>
        ))}
      </ol>
    </Labeled>
  );
}

export function EvaluationShow() {
  return (
    <Show
      actions={
        <ShowActions edit={false}>
          <WorkflowButton
            verb="update"
            action="openEvaluation"
            label="resources.evaluations.action.open"
            successMessage="resources.evaluations.notification.opened"
            when={isDraft}
            icon={<PlayArrowIcon />}
            testId="open-evaluation"
          />
          <IssueLinksButton />
          <WorkflowButton
            verb="update"
            action="closeEvaluation"
            label="resources.evaluations.action.close"
            successMessage="resources.evaluations.notification.closed"
            when={isOpen}
            icon={<LockIcon />}
            testId="close-evaluation"
          />
          <EditWhenButton when={isDraft} />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Text source="title" />
        <EnumField source="kind" enumName="EvaluationKind" />
        <EnumField source="status" enumName="EvaluationStatus" />
        <Ref source="assignmentId" reference="assignments" />
        <Subjects />
        <Questions />
        <DayField source="closedOn" />
        <TimeField source="updatedAt" />
        <ResultsPanel />
      </SimpleShowLayout>
    </Show>
  );
}
