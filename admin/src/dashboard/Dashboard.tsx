/**
 * The start page: who you are and what you hold today, what waits for you (待办), then the
 * summaries your rules permit, as charts with their tables: findings by category, by target and by
 * stage, rectification done / open / overdue, and the urgent items. Everything but a plan's report
 * comes in one request (dashboardQuery.ts); the numbers are the API's summaries, counted in SQL
 * under your rules, and a click opens the matching list only for those who may read the records.
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
import { Link, Title, useCanAccess, useGetIdentity, useLocale, useTranslate, type UserIdentity } from 'react-admin';
import { ENUMS } from '../enums';
import type { HeldRole } from '../providers/authProvider';
import { countText } from '../providers/summaries';
import { bodyName, formatDay, shortLabel, type BodyName, type DashboardData, type Summary, type SummaryGroup } from './dashboardQuery';
import { Queue } from './Queue';
import { RoundReports } from './RoundReport';
import { useDashboard } from './useDashboard';

type Translate = ReturnType<typeof useTranslate>;

function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

function heldRoles(identity: UserIdentity | undefined): HeldRole[] {
  return ((identity?.roles as HeldRole[] | undefined) ?? []).filter(
    // A team member's staffing repeats the membership it comes with; show each role and body once.
    (role, i, all) => all.findIndex((r) => r.role === role.role && r.bodyId === role.bodyId) === i,
  );
}

function Welcome({ bodies }: { bodies: BodyName[] | undefined }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const roles = heldRoles(identity);
  // A body of one's own roles is always readable; "…" only while the page is still loading.
  const nameOf = (id: number) =>
    bodyName(
      bodies?.find((b) => b.id === id),
      locale,
    ) ?? '…';
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
                label={`${translate(`enums.HeldRole.${role.role}`, { _: role.role })} · ${nameOf(role.bodyId)}`}
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

/** How many characters of a label an axis shows before it is cut (the tooltip and the table keep all of it). */
const AXIS_LABEL_CHARS = { horizontal: 12, vertical: 6 };

/**
 * Bars for the shown counts; a withheld group is drawn empty (its number is not known here). The
 * count axis has whole-number ticks only, and long labels are cut on the axis and whole in the tooltip.
 */
function Bars({ rows, horizontal, seriesLabel }: { rows: Row[]; horizontal?: boolean; seriesLabel: string }) {
  const translate = useTranslate();
  const dataset = rows.map((row) => ({ label: row.label, count: row.group?.count ?? null }));
  if (dataset.length === 0) return null;
  const max = horizontal ? AXIS_LABEL_CHARS.horizontal : AXIS_LABEL_CHARS.vertical;
  const band = {
    scaleType: 'band' as const,
    dataKey: 'label',
    valueFormatter: (value: string, context: { location: string }) => (context.location === 'tick' ? shortLabel(value, max) : value),
  };
  const counts = {
    tickMinStep: 1,
    valueFormatter: (value: number | null) => (value !== null && Number.isInteger(value) ? String(value) : ''),
  };
  return (
    <BarChart
      dataset={dataset}
      layout={horizontal ? 'horizontal' : 'vertical'}
      {...(horizontal ? { yAxis: [{ ...band, width: 150 }], xAxis: [counts] } : { xAxis: [band], yAxis: [counts] })}
      series={[{ dataKey: 'count', label: seriesLabel }]}
      localeText={{ noData: translate('app.dashboard.no_data') }}
      height={horizontal ? Math.max(160, 36 * dataset.length) : 240}
      hideLegend
      skipAnimation
    />
  );
}

interface Part<T> {
  data: T | undefined;
  isPending: boolean;
  error: unknown;
}

function FindingsByCategory({ part, linked }: { part: Part<Summary>; linked: boolean }) {
  const translate = useTranslate();
  const rows = enumRows(
    part.data,
    ENUMS.FindingCategory,
    (v) => translate(`enums.FindingCategory.${v}`),
    (v) => ({ categories: [v] }),
  );
  const total = { id: 'findings', label: translate('app.dashboard.total'), group: part.data?.total, filter: {} };
  return (
    <SummaryCard title="app.dashboard.findings_by_category" testId="findings-by-category" loading={part.isPending} error={part.error}>
      <Bars rows={rows} horizontal seriesLabel={translate('app.dashboard.count')} />
      <CountTable rows={rows} total={total} column="app.dashboard.category" resource="findings" linked={linked} />
    </SummaryCard>
  );
}

function FindingsByTarget({ part, linked }: { part: Part<DashboardData['findingsByTarget']>; linked: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const data = part.data;
  const rows: Row[] = (data?.groups ?? []).map((group) => ({
    id: `target-${group.key[0]}`,
    label:
      bodyName(
        data?.bodyNames.find((b) => String(b.id) === group.key[0]),
        locale,
      ) ?? '…',
    group,
    filter: { targetId: Number(group.key[0]) },
  }));
  return (
    <SummaryCard title="app.dashboard.findings_by_target" testId="findings-by-target" loading={part.isPending} error={part.error} wide>
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

function FindingsByStage({ findings, assignments }: { findings: Part<Summary>; assignments: Part<Summary> }) {
  const translate = useTranslate();
  const label = (v: string) => translate(`enums.Stage.${v}`);
  const findingRows = enumRows(findings.data, ENUMS.Stage, label, () => ({}));
  const assignmentRows = enumRows(assignments.data, ENUMS.Stage, label, (v) => ({ stages: [v] }));
  return (
    <SummaryCard title="app.dashboard.by_stage" testId="by-stage" loading={findings.isPending} error={findings.error}>
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

function RectificationState({ part, linked }: { part: Part<Summary>; linked: boolean }) {
  const translate = useTranslate();
  const data = part.data;
  const rows = enumRows(
    data,
    ['DONE', 'OPEN', 'OVERDUE'],
    (v) => translate(`app.dashboard.state.${v}`),
    (v) => STATE_FILTER[v],
  );
  const late = data?.groups.find((g) => g.key[0] === 'OVERDUE');
  return (
    <SummaryCard title="app.dashboard.rectification" testId="rectification-state" loading={part.isPending} error={part.error}>
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
        localeText={{ noData: translate('app.dashboard.no_data') }}
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

/** The urgent findings, for those who may read them: how many, and the newest, each with the body it is about. */
function UrgentItems({ part }: { part: Part<Pick<DashboardData, 'urgentByTarget' | 'urgentFindings'>> }) {
  const translate = useTranslate();
  const locale = useLocale();
  const total = part.data?.urgentByTarget?.total;
  const items = part.data?.urgentFindings?.items ?? [];
  const target = (id: number) =>
    bodyName(
      part.data?.urgentByTarget?.bodyNames.find((b) => b.id === id),
      locale,
    ) ?? '…';
  return (
    <SummaryCard title="app.dashboard.urgent_findings" testId="count-urgent" loading={part.isPending} error={part.error}>
      <Typography variant="h3" color="warning.main">
        {total?.count ? (
          <Link to={listLink('findings', { urgent: true })} sx={{ color: 'inherit' }}>
            {countText(total, translate)}
          </Link>
        ) : (
          countText(total, translate)
        )}
      </Typography>
      {items.length ? (
        <List dense>
          {items.map((finding) => (
            <ListItem key={finding.id} disableGutters data-testid="urgent-item">
              <ListItemText
                primary={
                  <Link to={`/findings/${finding.id}/show`}>
                    {[
                      translate(`enums.FindingCategory.${finding.category}`),
                      translate(`enums.FindingSubKind.${finding.subKind}`, { _: finding.subKind }),
                      target(finding.targetId),
                    ].join(' · ')}
                  </Link>
                }
                secondary={formatDay(finding.urgentOn, locale)}
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
  const { identity, isPending: identityPending } = useGetIdentity();
  const findingsLinked = listFindings.canAccess === true;
  const findings = findingsLinked || countFindings.canAccess === true;
  const rectificationLinked = listRectification.canAccess === true;
  const rectification = rectificationLinked || countRectification.canAccess === true;
  // What the page asks for follows from the caller's rules, known from `me` before anything is asked.
  const known = ![listFindings, countFindings, listRectification, countRectification].some((c) => c.isPending) && !identityPending;
  const { data, isPending, error } = useDashboard(
    {
      findings,
      findingsListed: findingsLinked,
      rectification,
      roleBodyIds: [...new Set(heldRoles(identity).map((r) => r.bodyId))].sort((a, b) => a - b),
    },
    known,
  );
  const part = <K extends keyof DashboardData>(key: K): Part<DashboardData[K]> => ({ data: data?.[key], isPending, error });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.title')} />
      <Stack spacing={2}>
        <Welcome bodies={data?.roleBodies?.items} />
        <Queue queue={data?.queue} isPending={isPending} error={error} />
        {findings && !findingsLinked ? (
          <Alert severity="info" data-testid="count-only">
            {translate('app.dashboard.count_only')}
          </Alert>
        ) : null}
        {findings ? (
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <FindingsByCategory part={part('findingsByCategory') as Part<Summary>} linked={findingsLinked} />
            {/* The urgent flag is for readers: a count-only summary may not filter by it. */}
            {findingsLinked ? <UrgentItems part={{ data, isPending, error }} /> : null}
          </Stack>
        ) : null}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {findings ? <FindingsByTarget part={part('findingsByTarget')} linked={findingsLinked} /> : null}
          {rectification ? <RectificationState part={part('rectificationByState') as Part<Summary>} linked={rectificationLinked} /> : null}
        </Stack>
        {findings ? (
          <FindingsByStage findings={part('findingsByStage') as Part<Summary>} assignments={part('assignmentsByStage') as Part<Summary>} />
        ) : null}
        <RoundReports rounds={data?.rounds} />
      </Stack>
    </Box>
  );
}
