import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Box, Divider, Typography } from '@mui/material';
import { DateInput, TextInput, required, useCanAccess, useGetList, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { EnumInput } from '../../components/fields';
import { today } from '../../days';
import { decidableFindings, decisionRows, toHearingInput, type FindingToDecide, type HearingValues } from './hearing';

const isAwaitingHearing = (report: RaRecord) => !!report.submittedOn && !report.heardOn;

/** A decision needs its reason; a row left undecided needs nothing. */
const reasonWhenDecided = (row: number) => (value: unknown, values: Record<string, unknown>) => {
  const decisions = values.decisions as Array<{ decision?: string | null }> | undefined;
  return decisions?.[row]?.decision && !(typeof value === 'string' && value.trim()) ? 'ra.validation.required' : undefined;
};

function DecisionRows({ findings }: { findings: RaRecord[] }) {
  const translate = useTranslate();
  if (findings.length === 0) return <Typography color="text.secondary">{translate('resources.reports.hearing.no_findings')}</Typography>;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('resources.reports.hearing.decisions')}
      </Typography>
      {findings.map((finding, row) => (
        <Box key={finding.id} data-testid={`hearing-finding-${finding.id}`}>
          <Divider sx={{ my: 1 }} />
          <Typography variant="body2">
            #{finding.id} · {translate(`enums.FindingCategory.${finding.category}`)} ·{' '}
            {translate(`enums.FindingSubKind.${finding.subKind}`)} · {translate(`enums.Severity.${finding.severity}`)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {finding.evidenceSummary}
          </Typography>
          <EnumInput
            source={`decisions.${row}.decision`}
            label="resources.findings.fields.decision"
            enumName="Decision"
            emptyText="resources.reports.hearing.later"
          />
          <TextInput
            source={`decisions.${row}.note`}
            label="resources.findings.fields.decisionNote"
            validate={reasonWhenDecided(row)}
            fullWidth
          />
        </Box>
      ))}
    </>
  );
}

/**
 * The leading group records the hearing of a submitted report and, in the same step, its decision
 * on each finding still in its hands. The findings are read first, for their current versions.
 */
export function HearButton() {
  const record = useRecordContext();
  const waiting = !!record && isAwaitingHearing(record);
  const { canAccess } = useCanAccess({ action: 'hear', resource: 'reports', record, enabled: waiting });
  const { data: findings, isSuccess } = useGetList<RaRecord & FindingToDecide>(
    'findings',
    { filter: { assignmentId: record?.assignmentId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: waiting && canAccess === true },
  );
  if (!isSuccess) return null;
  const decidable = decidableFindings(findings);
  return (
    <DialogActionButton
      verb="hear"
      action="hearReport"
      label="app.action.hear"
      title="app.action.hear"
      successMessage="app.notification.heard"
      when={isAwaitingHearing}
      defaultValues={() => ({ heardOn: today(), hearingNote: '', decisions: decisionRows(decidable) })}
      toInput={(report, values) => toHearingInput(report, values as unknown as HearingValues)}
      maxWidth="md"
      icon={<RecordVoiceOverIcon />}
      testId="hear-report"
    >
      <DateInput source="heardOn" validate={required()} />
      <TextInput source="hearingNote" validate={required()} multiline minRows={3} fullWidth />
      <DecisionRows findings={decidable} />
    </DialogActionButton>
  );
}
