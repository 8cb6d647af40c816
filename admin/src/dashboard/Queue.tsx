/**
 * What waits for me (待办), at the top of the start page: by kind, with how many, each item a
 * link to its record named by names, with why it waits and by when. The server decides what is in
 * it (myQueue, under the caller's own rules); roles with nothing waiting read one short line.
 */
import { Alert, Box, Card, CardContent, CardHeader, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, useLocale, useTranslate } from 'react-admin';
import { CONDITION_KEYS } from '../resources/assignments/advanceRefusal';
import { awaitingMyDecisionPath } from '../resources/memberships/governance';
import { formatDay, RESOURCE_OF, type QueueGroup, type QueueItem } from './dashboardQuery';

type Translate = ReturnType<typeof useTranslate>;

/** The list that holds every item of a kind, where one list filter selects them. */
const LIST_OF: Record<string, { resource: string; filter?: Record<string, unknown> }> = {
  PLAN_TO_APPROVE: { resource: 'rounds', filter: { status: 'DRAFT' } },
  REPORT_TO_HEAR: { resource: 'reports' },
  URGENT_FINDING: { resource: 'findings', filter: { urgent: true } },
  INSPECTION_TO_ADVANCE: { resource: 'assignments', filter: { stages: ['PREPARATION', 'INQUIRY', 'REPORTING', 'FEEDBACK', 'TRANSFER'] } },
  FINDING_TO_TRANSFER: { resource: 'findings', filter: { statuses: ['DECIDED'] } },
  RECTIFICATION_TO_VERIFY: { resource: 'rectificationItems', filter: { statuses: ['SUBMITTED'] } },
  RECTIFICATION_OVERDUE: { resource: 'rectificationItems', filter: { overdue: true, statuses: ['OPEN'] } },
  SUPERVISION_OPEN: { resource: 'supervisionItems', filter: { statuses: ['OPEN'] } },
  TRANSFER_TO_CONCLUDE: { resource: 'findings', filter: { statuses: ['TRANSFERRED'] } },
  REPORT_TO_SUBMIT: { resource: 'reports' },
  INQUIRY_UNDER_WAY: { resource: 'assignments', filter: { stages: ['INQUIRY'] } },
  RECORDS_OVERDUE: { resource: 'recordsRequests', filter: { overdue: true } },
  HELP_REQUEST_OVERDUE: { resource: 'helpRequests', filter: { overdue: true } },
  HELP_REQUEST_DUE: { resource: 'helpRequests', filter: { overdue: true } },
};

function listPath(kind: string): string {
  if (kind === 'MEMBERSHIP_TO_DECIDE') return awaitingMyDecisionPath();
  const list = LIST_OF[kind];
  return list.filter ? `/${list.resource}?filter=${encodeURIComponent(JSON.stringify(list.filter))}` : `/${list.resource}`;
}

/** The item as a person names it: what it is, and the body and plan it is about. */
function itemTitle(item: QueueItem, translate: Translate, locale: string): string {
  const target = locale === 'en' && item.targetNameEn ? item.targetNameEn : item.targetName;
  const parts: string[] = [];
  if (item.category) parts.push(translate(`enums.FindingCategory.${item.category}`, { _: item.category }));
  switch (item.recordType) {
    case 'Finding':
      parts.push(translate(`enums.FindingSubKind.${item.title}`, { _: item.title }));
      if (target) parts.push(target);
      break;
    case 'Membership':
      parts.push(item.title);
      if (item.role) parts.push(translate(`enums.MembershipRole.${item.role}`, { _: item.role }));
      break;
    case 'Assignment':
    case 'Report':
      parts.push(target ?? item.title);
      break;
    default:
      parts.push(item.title);
      if (target && target !== item.title) parts.push(target);
  }
  return parts.join(' · ');
}

/** Why it waits, by when, and what it still lacks. */
function itemDetail(item: QueueItem, translate: Translate, locale: string): string {
  const day = (d: string | null) => formatDay(d, locale);
  const parts: string[] = [];
  if (item.recordType === 'Membership' && item.targetName)
    parts.push(locale === 'en' && item.targetNameEn ? item.targetNameEn : item.targetName);
  else if (item.inspectionName && item.recordType !== 'Round') parts.push(item.inspectionName);
  if (item.toStage) {
    parts.push(
      translate('app.queue.to_stage', {
        from: translate(`enums.Stage.${item.stage}`, { _: item.stage ?? '' }),
        to: translate(`enums.Stage.${item.toStage}`, { _: item.toStage }),
      }),
    );
  }
  parts.push(translate(`app.queue.reason.${item.reason}`, { since: day(item.since), due: day(item.dueOn), _: item.reason }));
  if (item.dueOn && !['OVERDUE', 'OPEN', 'IN_INQUIRY'].includes(item.reason))
    parts.push(translate('app.queue.due', { due: day(item.dueOn) }));
  if (item.lacks.length) {
    const lacks = item.lacks.map((text) =>
      CONDITION_KEYS[text] ? translate(`resources.assignments.refusal.conditions.${CONDITION_KEYS[text]}`, { _: text }) : text,
    );
    parts.push(translate('app.queue.lacks', { lacks: lacks.join(locale === 'en' ? '; ' : '；') }));
  }
  return parts.join(' · ');
}

function GroupView({ group }: { group: QueueGroup }) {
  const translate = useTranslate();
  const locale = useLocale();
  const decisions = group.kind === 'MEMBERSHIP_TO_DECIDE';
  return (
    // The proposals to decide keep the names the membership screens and their tests know them by.
    <Box data-testid={decisions ? 'awaiting-my-decision' : `queue-${group.kind}`} data-kind={group.kind} data-count={group.totalCount}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" component="h3">
          {translate(`app.queue.kind.${group.kind}`, { _: group.kind })}
        </Typography>
        <Chip
          size="small"
          color="warning"
          label={group.totalCount}
          data-testid={decisions ? 'awaiting-count' : undefined}
          data-count={group.totalCount}
        />
      </Stack>
      <List dense disablePadding>
        {group.items.map((item) => (
          <ListItem key={`${item.recordType}-${item.recordId}`} disableGutters data-testid="queue-item" data-kind={item.kind}>
            <ListItemText
              primary={<Link to={`/${RESOURCE_OF[item.recordType]}/${item.recordId}/show`}>{itemTitle(item, translate, locale)}</Link>}
              secondary={itemDetail(item, translate, locale)}
            />
          </ListItem>
        ))}
      </List>
      {group.totalCount > group.items.length || decisions ? (
        <Link to={listPath(group.kind)} data-testid={decisions ? 'awaiting-open-list' : `queue-more-${group.kind}`}>
          {translate('app.queue.open_all', { count: group.totalCount })}
        </Link>
      ) : null}
    </Box>
  );
}

export function Queue({
  queue,
  isPending,
  error,
}: {
  queue: { totalCount: number; groups: QueueGroup[] } | undefined;
  isPending: boolean;
  error: unknown;
}) {
  const translate = useTranslate();
  return (
    <Card data-testid="queue" data-count={queue?.totalCount}>
      <CardHeader
        title={translate('app.queue.title')}
        subheader={queue?.totalCount ? translate('app.queue.total', { count: queue.totalCount }) : undefined}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : isPending || !queue ? (
          <Typography color="text.secondary">…</Typography>
        ) : queue.groups.length === 0 ? (
          <Typography color="text.secondary" data-testid="queue-empty">
            {translate('app.queue.nothing')}
          </Typography>
        ) : (
          <Stack spacing={2}>
            {queue.groups.map((group) => (
              <GroupView key={group.kind} group={group} />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
