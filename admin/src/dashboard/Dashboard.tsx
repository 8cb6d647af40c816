/**
 * The start page: who you are and what you hold today, and, for whoever may read findings, the
 * counts that matter (by category, urgent, overdue rectification), each a `totalCount` of the
 * same list query the list pages use, so the numbers agree with what a click opens.
 */
import type { ReactNode } from 'react';
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, Title, useCanAccess, useGetIdentity, useGetList, useGetMany, useTranslate } from 'react-admin';
import { ENUMS } from '../enums';
import type { HeldRole } from '../providers/authProvider';

/** How many records of `resource` match `filter` (one row fetched, the total read). */
function useCount(resource: string, filter: Record<string, unknown>, enabled: boolean): number | undefined {
  const { total } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter }, { enabled });
  return enabled ? total : undefined;
}

function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

function CountLink({ resource, filter, value, testId }: { resource: string; filter: Record<string, unknown>; value?: number; testId?: string }) {
  return (
    <Link to={listLink(resource, filter)} data-testid={testId}>
      {value ?? '…'}
    </Link>
  );
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

/** One row of a count table: its own component, so that each count is one hook call. */
function CountRow({ label, resource, filter, testId, bold }: {
  label: string;
  resource: string;
  filter: Record<string, unknown>;
  testId?: string;
  bold?: boolean;
}) {
  const value = useCount(resource, filter, true);
  return (
    <TableRow>
      <TableCell>{bold ? <strong>{label}</strong> : label}</TableCell>
      <TableCell align="right">
        <CountLink resource={resource} filter={filter} value={value} testId={testId} />
      </TableCell>
    </TableRow>
  );
}

function CountTable({ title, column, testId, children }: { title: string; column: string; testId: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: 2, minWidth: 320 }} data-testid={testId}>
      <CardHeader title={translate(title)} />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate(column)}</TableCell>
            <TableCell align="right">{translate('app.dashboard.count')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </Card>
  );
}

function FindingsByCategory() {
  const translate = useTranslate();
  return (
    <CountTable title="app.dashboard.findings_by_category" column="app.dashboard.category" testId="findings-by-category">
      {ENUMS.FindingCategory.map((category) => (
        <CountRow
          key={category}
          label={translate(`enums.FindingCategory.${category}`)}
          resource="findings"
          filter={{ categories: [category] }}
          testId={`count-${category}`}
        />
      ))}
      <CountRow label={translate('app.dashboard.total')} resource="findings" filter={{}} testId="count-findings" bold />
    </CountTable>
  );
}

function BigNumber({ title, resource, filter, enabled, testId, color }: {
  title: string;
  resource: string;
  filter: Record<string, unknown>;
  enabled: boolean;
  testId: string;
  color?: 'error' | 'warning';
}) {
  const translate = useTranslate();
  const value = useCount(resource, filter, enabled);
  if (!enabled) return null;
  return (
    <Card sx={{ flex: 1, minWidth: 220 }} data-testid={testId}>
      <CardHeader title={translate(title)} slotProps={{ title: { variant: 'subtitle1' } }} />
      <CardContent>
        <Typography variant="h3" color={value ? color : undefined}>
          <Link to={listLink(resource, filter)} sx={{ color: 'inherit' }}>
            {value ?? '…'}
          </Link>
        </Typography>
      </CardContent>
    </Card>
  );
}

function AssignmentsByStage() {
  const translate = useTranslate();
  return (
    <CountTable title="app.dashboard.assignments_by_stage" column="app.dashboard.stage" testId="assignments-by-stage">
      {ENUMS.Stage.map((stage) => (
        <CountRow key={stage} label={translate(`enums.Stage.${stage}`)} resource="assignments" filter={{ stages: [stage] }} />
      ))}
    </CountTable>
  );
}

export function Dashboard() {
  const translate = useTranslate();
  const findings = useCanAccess({ action: 'list', resource: 'findings' });
  const rectification = useCanAccess({ action: 'list', resource: 'rectificationItems' });
  const assignments = useCanAccess({ action: 'list', resource: 'assignments' });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.title')} />
      <Stack spacing={2}>
        <Welcome />
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {findings.canAccess ? <FindingsByCategory /> : null}
          <BigNumber
            title="app.dashboard.urgent_findings"
            resource="findings"
            filter={{ urgent: true }}
            enabled={findings.canAccess === true}
            testId="count-urgent"
            color="warning"
          />
          <BigNumber
            title="app.dashboard.overdue_rectification"
            resource="rectificationItems"
            filter={{ overdue: true }}
            enabled={findings.canAccess === true && rectification.canAccess === true}
            testId="count-overdue"
            color="error"
          />
        </Stack>
        {findings.canAccess && assignments.canAccess ? <AssignmentsByStage /> : null}
      </Stack>
    </Box>
  );
}
