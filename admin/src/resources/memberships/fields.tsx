/**
 * How a membership's state reads: its status as a coloured label (with "ended with immediate effect"
 * beside it when it was ended so), and the accounts that proposed and decided it.
 */
import { Chip, Stack, Typography } from '@mui/material';
import { Link, useCanAccess, useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';
import { EMPTY } from '../../components/fields';

const STATUS_COLOUR = { PENDING: 'warning', APPROVED: 'success', REFUSED: 'error' } as const;

export function MembershipStatusField(_props: { source?: 'status'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return <Typography variant="body2">{EMPTY}</Typography>;
  const status = record.status as keyof typeof STATUS_COLOUR;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} data-testid="membership-status" data-status={status}>
      <Chip size="small" color={STATUS_COLOUR[status] ?? 'default'} label={translate(`enums.MembershipStatus.${status}`, { _: status })} />
      {record.endedAt ? (
        <Chip size="small" variant="outlined" label={translate('app.membership.ended_now')} data-testid="membership-ended" />
      ) : null}
    </Stack>
  );
}

/**
 * An account by its login, linked to its page when the caller may read it; otherwise only its
 * number (an approver need not be able to read the administrator's account to see who proposed).
 */
export function AccountField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = record?.[source] as number | null | undefined;
  const known = id !== null && id !== undefined;
  const { data } = useGetManyAggregate('accounts', { ids: known ? [id] : [] }, { enabled: known });
  const { canAccess } = useCanAccess({ action: 'show', resource: 'accounts', record: data?.[0], enabled: !!data?.[0] });
  if (!known) return <Typography variant="body2">{EMPTY}</Typography>;
  const account = data?.find((a) => a.id === id);
  // An approver may not read the proposer's account, but is told who the person is where it may read them.
  const person = (record?.[source === 'decidedByAccountId' ? 'decider' : 'proposer'] as { name?: string } | null | undefined)?.name;
  if (!account) return <Typography variant="body2">{person ?? translate('app.membership.account', { id })}</Typography>;
  return canAccess ? (
    <Link to={`/accounts/${id}/show`} onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}>
      {account.login}
    </Link>
  ) : (
    <Typography variant="body2">{account.login}</Typography>
  );
}
