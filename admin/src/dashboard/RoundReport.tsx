/**
 * A plan's report for the committee: inspections by stage, findings by category, status and
 * target, urgent items, rectification done / open / overdue. On the plan's page for those who read
 * plans, and on the start page, by plan, for everyone who may read the report (committee leaders
 * included, who may not open the plan itself, and get no sections by status or urgency).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Card,
  CardContent,
  CardHeader,
  MenuItem,
  Stack,
  TextField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { graphql } from '../providers/graphqlClient';
import { countText, type RoundReport, type Summary } from '../providers/summaries';
import { bodyName, ROUND_REPORT_NAMED, type NamedSummary } from './dashboardQuery';

type NamedRoundReport = RoundReport & { findingsByTarget: NamedSummary };

function useRoundReport(roundId: number | undefined) {
  return useQuery({
    queryKey: ['roundReport', roundId],
    enabled: roundId !== undefined,
    queryFn: async () => (await graphql<{ roundReport: NamedRoundReport }>(ROUND_REPORT_NAMED, { roundId })).roundReport,
  });
}

function Figures({
  title,
  summary,
  label,
  testId,
}: {
  title: string;
  summary: Summary;
  label: (key: string | null) => string;
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={testId} sx={{ minWidth: 260, flex: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(title)}</TableCell>
          <TableCell align="right">{translate('app.dashboard.count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {summary.groups.map((group) => (
          <TableRow key={group.key.join('|')}>
            <TableCell>{label(group.key[0])}</TableCell>
            <TableCell align="right">{countText(group, translate)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>
            <strong>{translate('app.dashboard.total')}</strong>
          </TableCell>
          <TableCell align="right">
            <strong>{countText(summary.total, translate)}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

export function RoundReportFigures({ roundId }: { roundId: number }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { data: report, error, isPending } = useRoundReport(roundId);
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (isPending || !report) return <Typography color="text.secondary">…</Typography>;
  const enumLabel = (name: string) => (key: string | null) => translate(`enums.${name}.${key}`, { _: String(key) });
  // The same average either way; only readers get the section by status.
  const transferDays = (report.findingsByStatus ?? report.findingsByCategory).total.averageDays;
  const lateDays = report.rectificationByState.groups.find((g) => g.key[0] === 'OVERDUE')?.averageDays;
  return (
    <Stack spacing={2} data-testid="round-report">
      <Typography variant="body2">
        {report.urgentFindings
          ? translate('app.round_report.headline', {
              inspections: countText(report.inspectionsByStage.total, translate),
              findings: countText(report.findingsByCategory.total, translate),
              urgent: countText(report.urgentFindings, translate),
            })
          : ''}
        {transferDays != null ? ` ${translate('app.round_report.transfer_days', { days: transferDays })}` : ''}
        {lateDays != null ? ` ${translate('app.dashboard.average_days_late', { days: lateDays })}` : ''}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Figures title="app.dashboard.stage" summary={report.inspectionsByStage} label={enumLabel('Stage')} testId="report-stages" />
        <Figures
          title="app.dashboard.category"
          summary={report.findingsByCategory}
          label={enumLabel('FindingCategory')}
          testId="report-categories"
        />
        {report.findingsByStatus ? (
          <Figures
            title="app.round_report.status"
            summary={report.findingsByStatus}
            label={enumLabel('FindingStatus')}
            testId="report-statuses"
          />
        ) : null}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Figures
          title="app.dashboard.target"
          summary={report.findingsByTarget}
          label={(key) =>
            bodyName(
              report.findingsByTarget.bodyNames.find((b) => String(b.id) === key),
              locale,
            ) ?? '…'
          }
          testId="report-targets"
        />
        <Figures
          title="app.dashboard.state_column"
          summary={report.rectificationByState}
          label={(key) => translate(`app.dashboard.state.${key}`)}
          testId="report-rectification"
        />
      </Stack>
    </Stack>
  );
}

/** The start page's report card: choose a plan (of those the start page's request listed), read its figures. */
export function RoundReports({ rounds }: { rounds: Array<{ id: number; title: string; status: string }> | undefined }) {
  const translate = useTranslate();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  if (!rounds?.length) return null;
  const roundId = chosen ?? rounds.find((r) => r.status === 'APPROVED')?.id ?? rounds[0].id;
  return (
    <Card data-testid="round-reports">
      <CardHeader title={translate('app.round_report.title')} slotProps={{ title: { variant: 'subtitle1' } }} />
      <CardContent>
        <TextField
          select
          size="small"
          label={translate('app.round_report.plan')}
          value={roundId}
          onChange={(event) => setChosen(Number(event.target.value))}
          sx={{ mb: 2, minWidth: 360 }}
          data-testid="round-report-plan"
        >
          {rounds.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.title}
            </MenuItem>
          ))}
        </TextField>
        <RoundReportFigures roundId={roundId} />
      </CardContent>
    </Card>
  );
}
