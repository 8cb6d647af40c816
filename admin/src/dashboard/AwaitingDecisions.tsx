/**
 * For a leading-group leader: the proposed memberships waiting for their decision, how many, the
 * oldest first, each opening its record, and the whole list one click away. Nothing for anyone
 * whose rules decide no proposal.
 */
import { Alert, Card, CardContent, CardHeader, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useGetMany, useTranslate } from 'react-admin';
import { useAwaitingMyDecisionCount } from '../resources/memberships/DecisionButtons';
import { awaitingMyDecisionPath } from '../resources/memberships/governance';

export function AwaitingDecisions() {
  const translate = useTranslate();
  const { mayDecide, total, items, isPending, error } = useAwaitingMyDecisionCount();
  const bodyIds = [...new Set((items ?? []).map((m) => m.bodyId))];
  const { data: bodies } = useGetMany('bodies', { ids: bodyIds }, { enabled: bodyIds.length > 0 });
  if (!mayDecide) return null;
  return (
    <Card data-testid="awaiting-my-decision">
      <CardHeader title={translate('app.membership.awaiting_title')} slotProps={{ title: { variant: 'subtitle1' } }} />
      <CardContent>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : isPending ? (
          <Typography color="text.secondary">…</Typography>
        ) : !total ? (
          <Typography color="text.secondary" data-testid="awaiting-count" data-count="0">
            {translate('app.membership.awaiting_none')}
          </Typography>
        ) : (
          <>
            <Typography variant="h3" color="warning.main" data-testid="awaiting-count" data-count={total}>
              <Link to={awaitingMyDecisionPath()} sx={{ color: 'inherit' }}>
                {total}
              </Link>
            </Typography>
            <List dense>
              {(items ?? []).map((membership) => (
                <ListItem key={membership.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link to={`/memberships/${membership.id}/show`}>
                        {`${membership.person?.name ?? `#${membership.personId}`} · ${translate(`enums.MembershipRole.${membership.role}`)}`}
                      </Link>
                    }
                    secondary={bodies?.find((b) => b.id === membership.bodyId)?.name ?? `#${membership.bodyId}`}
                  />
                </ListItem>
              ))}
            </List>
            <Link to={awaitingMyDecisionPath()} data-testid="awaiting-open-list">
              {translate('app.membership.awaiting_more', { count: total })}
            </Link>
          </>
        )}
      </CardContent>
    </Card>
  );
}
