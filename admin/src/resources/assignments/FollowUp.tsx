import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { AutocompleteInput, Labeled, ReferenceInput, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Ref } from '../../components/fields';
import { enumValueName, nameIn } from '../names';
import { PAST_FEEDBACK, type Progress } from './followUp';

/**
 * The earlier inspection a follow-up (回头看) returns to: one of the same target whose findings were
 * fed back, among those the caller may read (the server refuses anything else). Changed only in
 * preparation; waits for the target on a new inspection.
 */
export function FollowsUpInput() {
  const record = useRecordContext();
  const targetId = useWatch({ name: 'targetId' });
  const locked = record?.stage !== undefined && record.stage !== 'PREPARATION';
  return (
    <ReferenceInput source="followsUpId" reference="assignments" filter={{ targetId, stages: PAST_FEEDBACK }} perPage={100}>
      <AutocompleteInput
        disabled={targetId == null || locked}
        helperText="resources.assignments.helper.followsUpId"
        fullWidth
        data-testid="follows-up-input"
      />
    </ReferenceInput>
  );
}

function useProgressText() {
  const translate = useTranslate();
  return (p: Progress | null | undefined) =>
    !p || p.total === 0
      ? translate('resources.assignments.followUp.noItems')
      : translate('resources.assignments.followUp.progress', { ...p });
}

interface EarlierFinding {
  findingId: number;
  title: { zh: string; en: string };
  category: string;
  severity: string;
  status: string;
  rectification: Progress;
}

/**
 * On a follow-up's page: the inspection it returns to (a link where the caller may read it) and
 * that inspection's findings with how far their rectification went, as the server gives them to
 * the caller (its team sees them through the follow-up, not the earlier records themselves).
 */
export function FollowUpSection(_props: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const progressText = useProgressText();
  if (!record || record.followsUpId == null) return null;
  const findings: EarlierFinding[] = record.earlierFindings ?? [];
  return (
    <Box data-testid="follow-up-section" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.assignments.followUp.title')}
      </Typography>
      <Box sx={{ mb: 1 }}>
        {record.followsUp ? (
          <Labeled label="resources.assignments.fields.followsUpId">
            <Ref source="followsUpId" reference="assignments" />
          </Labeled>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.assignments.followUp.earlierNotVisible')}
          </Typography>
        )}
      </Box>
      <Box sx={{ mb: 1 }}>
        <Labeled label="resources.assignments.fields.earlierRectification">
          <Typography variant="body2" data-testid="earlier-rectification">
            {progressText(record.earlierRectification)}
          </Typography>
        </Labeled>
      </Box>
      {findings.length === 0 ? (
        <Alert severity="info">{translate('resources.assignments.followUp.noFindings')}</Alert>
      ) : (
        <Table size="small" data-testid="earlier-findings">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.assignments.followUp.finding')}</TableCell>
              <TableCell>{translate('resources.findings.fields.category')}</TableCell>
              <TableCell>{translate('resources.findings.fields.severity')}</TableCell>
              <TableCell>{translate('resources.findings.fields.status')}</TableCell>
              <TableCell>{translate('resources.assignments.followUp.rectification')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {findings.map((f) => (
              <TableRow key={f.findingId}>
                <TableCell>{nameIn(f.title, locale)}</TableCell>
                <TableCell>{enumValueName('FindingCategory', f.category)}</TableCell>
                <TableCell>{enumValueName('Severity', f.severity)}</TableCell>
                <TableCell>{enumValueName('FindingStatus', f.status)}</TableCell>
                <TableCell>{progressText(f.rectification)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
