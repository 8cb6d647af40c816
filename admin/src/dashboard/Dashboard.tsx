/**
 * The start page: who you are and what you hold today, then the summaries your rules permit, as
 * charts with their tables: findings by category, by target and by stage, rectification done /
 * open / overdue, and the urgent items. The numbers come from the API's summaries, counted in SQL
 * under your rules; a click opens the matching list only for those who may read the records.
 */
import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { Link, Title, useCanAccess, useGetIdentity, useGetList, useGetMany, useTranslate } from 'react-admin';
import { ENUMS } from '../enums';
import type { HeldRole } from '../providers/authProvider';
import { RoundReports } from './RoundReport';
import { AwaitingDecisions } from './AwaitingDecisions';
import { countText, useSummary, type Summary, type SummaryGroup } from './useSummary';

type Translate = ReturnType<typeof useTranslate>;

function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

function Welcome() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const roles = ((identity?.roles as HeldRole[] | undefined) ?? []).filter(
    // A team member's staffing repeats the membership it comes with; show each role and body once.
    (role, i, all) => all.findIndex((r) => r.role === role.role && r.bodyId === role.bodyId) === i,
  );
  const { data: bodies } = useGetMany('bodies', { ids: [...new Set(roles.map((r) => r.bodyId))] }, { enabled: roles.length > 0 });
  const bodyName = (id: number) => bodies?.find((b) => b.id === id)?.name ?? `#${id}`;
  return (
    <Card>
      <CardHeader title={translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })} subheader={translate('app.title')} />
      <CardContent>
        <Typography variant="subtitle2" gutterBottom>
          {translate('app.dashboard.roles')}
        </Typography>
        {roles.length === 0 ? (
          <Typography color="text.secondary">{translate('app.dashboard.no_roles')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="held-roles">
            {roles.map((role) => (
              <Chip
                key={`${role.role}-${role.bodyId}-${role.source}`}
                label={`${translate(`enums.HeldRole.${role.role}`, { _: role.role })} · ${bodyName(role.bodyId)}`}
              />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** One row of a chart's table: its label, and its count linked to the list when the caller may read it. */
interface Row {
  id: string;
  label: string;
  group?: SummaryGroup;
  /** The list filter that opens this row's records. */
  filter?: Record<string, unknown>;
}

function CountCell({ row, resource, linked, translate }: { row: Row; resource: string; linked: boolean; translate: Translate }) {
  const text = countText(row.group ?? { key: [], count: 0, fewerThan: null, withheld: false, averageDays: null }, translate);
  if (!linked || !row.filter || !row.group?.count) return <>{text}</>;
  return <Link to={listLink(resource, row.filter)}>{text}</Link>;
}

function SummaryCard({
  title,
  testId,
  loading,
  error,
  children,
  wide,
}: {
  title: string;
  testId: string;
  loading: boolean;
  error: unknown;
  children: ReactNode;
  wide?: boolean;
}) {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: wide ? 2 : 1, minWidth: wide ? 420 : 300 }} data-testid={testId}>
      <CardHeader title={translate(title)} slotProps={{ title: { variant: 'subtitle1' } }} />
      <CardContent>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : loading ? (
          <Typography color="text.secondary">…</Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}

function CountTable({
  rows,
  column,
  resource,
  linked,
  total,
}: {
  rows: Row[];
  column: string;
  resource: string;
  linked: boolean;
  total?: Row;
}) {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate(column)}</TableCell>
          <TableCell align="right">{translate('app.dashboard.count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...rows, ...(total ? [total] : [])].map((row) => (
          <TableRow key={row.id} data-testid={`count-${row.id}`}>
            <TableCell>{row === total ? <strong>{row.label}</strong> : row.label}</TableCell>
            <TableCell align="right">
              <CountCell row={row} resource={resource} linked={linked} translate={translate} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Rows for every value of an enum dimension, in the enum's order, zero where no group came back. */
function enumRows(
  summary: Summary | undefined,
  values: readonly string[],
  label: (value: string) => string,
  filter: (value: string) => Record<string, unknown>,
): Row[] {
  return values.map((value) => ({
    id: value,
    label: label(value),
    group: summary?.groups.find((g) => g.key[0] === value) ?? {
      key: [value],
      count: 0,
      fewerThan: null,
      withheld: false,
      averageDays: null,
    },
    filter: filter(value),
  }));
}

/** Bars for the shown counts; a withheld group is drawn empty (its number is not known here). */
function Bars({ rows, horizontal, seriesLabel }: { rows: Row[]; horizontal?: boolean; seriesLabel: string }) {
  const dataset = rows.map((row) => ({ label: row.label, count: row.group?.count ?? null }));
  if (dataset.length === 0) return null;
  const band = { scaleType: 'band' as const, dataKey: 'label' };
  return (
    <BarChart
      dataset={dataset}
      layout={horizontal ? 'horizontal' : 'vertical'}
      {...(horizontal ? { yAxis: [{ ...band, width: 160 }] } : { xAxis: [band] })}
      series={[{ dataKey: 'count', label: seriesLabel }]}
      height={horizontal ? Math.max(160, 36 * dataset.length) : 240}
      hideLegend
      skipAnimation
    />
  );
}

function FindingsByCategory({ linked }: { linked: boolean }) {
  const translate = useTranslate();
  const { data, isPending, error } = useSummary('findingSummary', ['CATEGORY']);
  const rows = enumRows(
    data,
    ENUMS.FindingCategory,
    (v) => translate(`enums.FindingCategory.${v}`),
    (v) => ({ categories: [v] }),
  );
  const total = { id: 'findings', label: translate('app.dashboard.total'), group: data?.total, filter: {} };
  return (
    <SummaryCard title="app.dashboard.findings_by_category" testId="findings-by-category" loading={isPending} error={error}>
      <Bars rows={rows} horizontal seriesLabel={translate('app.dashboard.count')} />
      <CountTable rows={rows} total={total} column="app.dashboard.category" resource="findings" linked={linked} />
    </SummaryCard>
  );
}

function FindingsByTarget({ linked }: { linked: boolean }) {
  const translate = useTranslate();
  const { data, isPending, error } = useSummary('findingSummary', ['TARGET'], { limit: 10 });
  const ids = (data?.groups ?? []).map((g) => Number(g.key[0]));
  const { data: bodies } = useGetMany('bodies', { ids }, { enabled: ids.length > 0 });
  const rows: Row[] = (data?.groups ?? []).map((group) => ({
    id: `target-${group.key[0]}`,
    label: bodies?.find((b) => String(b.id) === group.key[0])?.name ?? `#${group.key[0]}`,
    group,
    filter: { targetId: Number(group.key[0]) },
  }));
  return (
    <SummaryCard title="app.dashboard.findings_by_target" testId="findings-by-target" loading={isPending} error={error} wide>
      {data && data.groupCount > rows.length ? (
        <Typography variant="caption" color="text.secondary">
          {translate('app.dashboard.top_n', { n: rows.length, total: data.groupCount })}
        </Typography>
      ) : null}
      <Bars rows={rows} horizontal seriesLabel={translate('app.dashboard.count')} />
      <CountTable rows={rows} column="app.dashboard.target" resource="findings" linked={linked} />
    </SummaryCard>
  );
}

function FindingsByStage() {
  const translate = useTranslate();
  const findings = useSummary('findingSummary', ['STAGE']);
  const assignments = useSummary('assignmentSummary', ['STAGE']);
  const label = (v: string) => translate(`enums.Stage.${v}`);
  const findingRows = enumRows(findings.data, ENUMS.Stage, label, () => ({}));
  const assignmentRows = enumRows(assignments.data, ENUMS.Stage, label, (v) => ({ stages: [v] }));
  return (
    <SummaryCard
      title="app.dashboard.by_stage"
      testId="by-stage"
      loading={findings.isPending || assignments.isPending}
      error={findings.error ?? assignments.error}
    >
      <Bars rows={findingRows} seriesLabel={translate('app.dashboard.findings')} />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.dashboard.stage')}</TableCell>
            <TableCell align="right">{translate('app.dashboard.assignments')}</TableCell>
            <TableCell align="right">{translate('app.dashboard.findings')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ENUMS.Stage.map((stage, i) => (
            <TableRow key={stage} data-testid={`stage-${stage}`}>
              <TableCell>{label(stage)}</TableCell>
              <TableCell align="right">{countText(assignmentRows[i].group, translate)}</TableCell>
              <TableCell align="right">{countText(findingRows[i].group, translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SummaryCard>
  );
}

const STATE_FILTER: Record<string, Record<string, unknown>> = {
  DONE: { statuses: ['CLOSED'] },
  OPEN: { overdue: false, statuses: ['OPEN', 'SUBMITTED'] },
  OVERDUE: { overdue: true },
};
const STATE_COLOUR: Record<string, string> = { DONE: '#2e7d32', OPEN: '#1976d2', OVERDUE: '#d32f2f' };

function RectificationState({ linked }: { linked: boolean }) {
  const translate = useTranslate();
  const { data, isPending, error } = useSummary('rectificationSummary', ['STATE']);
  const rows = enumRows(
    data,
    ['DONE', 'OPEN', 'OVERDUE'],
    (v) => translate(`app.dashboard.state.${v}`),
    (v) => STATE_FILTER[v],
  );
  const late = data?.groups.find((g) => g.key[0] === 'OVERDUE');
  return (
    <SummaryCard title="app.dashboard.rectification" testId="rectification-state" loading={isPending} error={error}>
      <PieChart
        series={[
          {
            innerRadius: 40,
            data: rows
              .filter((row) => row.group?.count)
              .map((row) => ({ id: row.id, value: row.group!.count!, label: row.label, color: STATE_COLOUR[row.id] })),
          },
        ]}
        height={200}
        skipAnimation
      />
      <CountTable
        rows={rows}
        total={{ id: 'rectification', label: translate('app.dashboard.total'), group: data?.total, filter: {} }}
        column="app.dashboard.state_column"
        resource="rectificationItems"
        linked={linked}
      />
      {late?.averageDays != null ? (
        <Typography variant="body2" color="error" sx={{ mt: 1 }} data-testid="average-days-late">
          {translate('app.dashboard.average_days_late', { days: late.averageDays })}
        </Typography>
      ) : null}
    </SummaryCard>
  );
}

/** The urgent queue, for those who may read the findings: the number and the newest items. */
function UrgentItems({ linked }: { linked: boolean }) {
  const translate = useTranslate();
  const summary = useSummary('findingSummary', [], { filter: { urgent: true } });
  const { data: items } = useGetList(
    'findings',
    { pagination: { page: 1, perPage: 5 }, filter: { urgent: true }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: linked },
  );
  const targetIds = [...new Set((items ?? []).map((f) => f.targetId))];
  const { data: targets } = useGetMany('bodies', { ids: targetIds }, { enabled: targetIds.length > 0 });
  return (
    <SummaryCard title="app.dashboard.urgent_findings" testId="count-urgent" loading={summary.isPending} error={summary.error}>
      <Typography variant="h3" color="warning.main">
        {linked && summary.data?.total.count ? (
          <Link to={listLink('findings', { urgent: true })} sx={{ color: 'inherit' }}>
            {countText(summary.data.total, translate)}
          </Link>
        ) : (
          countText(summary.data?.total, translate)
        )}
      </Typography>
      {linked && items?.length ? (
        <List dense>
          {items.map((finding) => (
            <ListItem key={finding.id} disableGutters>
              <ListItemText
                primary={
                  <Link
                    to={`/findings/${finding.id}/show`}
                  >{`${translate(`enums.FindingCategory.${finding.category}`)} · ${targets?.find((t) => t.id === finding.targetId)?.name ?? ''}`}</Link>
                }
                secondary={finding.urgentOn}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
    </SummaryCard>
  );
}

export function Dashboard() {
  const translate = useTranslate();
  const listFindings = useCanAccess({ action: 'list', resource: 'findings' });
  const countFindings = useCanAccess({ action: 'summarize', resource: 'findings' });
  const listRectification = useCanAccess({ action: 'list', resource: 'rectificationItems' });
  const countRectification = useCanAccess({ action: 'summarize', resource: 'rectificationItems' });
  const findingsLinked = listFindings.canAccess === true;
  const findings = findingsLinked || countFindings.canAccess === true;
  const rectification = listRectification.canAccess === true || countRectification.canAccess === true;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.title')} />
      <Stack spacing={2}>
        <Welcome />
        <AwaitingDecisions />
        {findings && !findingsLinked ? (
          <Alert severity="info" data-testid="count-only">
            {translate('app.dashboard.count_only')}
          </Alert>
        ) : null}
        {findings ? (
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <FindingsByCategory linked={findingsLinked} />
            {/* The urgent flag is for readers: a count-only summary may not filter by it. */}
            {findingsLinked ? <UrgentItems linked /> : null}
          </Stack>
        ) : null}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {findings ? <FindingsByTarget linked={findingsLinked} /> : null}
          {rectification ? <RectificationState linked={listRectification.canAccess === true} /> : null}
        </Stack>
        {findings ? <FindingsByStage /> : null}
        <RoundReports />
      </Stack>
    </Box>
  );
}
