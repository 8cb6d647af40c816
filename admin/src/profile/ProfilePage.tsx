/**
 * The caller's own page (user menu → Profile): who they are, the roles they hold and where, the
 * console's language, a new password, and their sign-ins with a way to end each. Everything here
 * is the caller's own; the server answers it to anyone signed in.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { Button, Title, useGetIdentity, useGetMany, useLocaleState, useLocales, useNotify, useTranslate } from 'react-admin';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { formatTime } from '../dates';
import { useNotifyRefusal } from '../components/notices';
import { graphql } from '../providers/graphqlClient';
import { bodyName } from '../resources/names';

const MY_SESSIONS = `query MySessions { mySessions(page: { take: 50 }) { items { id current createdAt expiresAt endedAt endReason clientAddress userAgent } } }`;
const END_SESSION = `mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { id endedAt } }`;

interface HeldRole {
  role: string;
  bodyId: number;
  source: string;
}

interface SessionRow {
  id: number;
  current: boolean;
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
  endReason: string | null;
  clientAddress: string;
  userAgent: string;
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  const translate = useTranslate();
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function WhoAndRoles() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const roles = (identity?.roles as HeldRole[] | undefined) ?? [];
  const bodyIds = [...new Set(roles.map((r) => r.bodyId))];
  const { data: bodies } = useGetMany('bodies', { ids: bodyIds }, { enabled: bodyIds.length > 0 });
  const [locale] = useLocaleState();
  // A body of one's own roles is always readable; "…" only while the page is still loading.
  const nameOf = (id: number) =>
    bodyName(
      bodies?.find((b) => b.id === id),
      locale,
    ) ?? '…';
  return (
    <Section title="app.profile.account" testId="profile-account">
      <Typography variant="body2">
        {translate('app.profile.name')}：<span data-testid="profile-name">{identity?.fullName}</span>
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('app.profile.login')}：<span data-testid="profile-login">{String(identity?.login ?? '')}</span>
      </Typography>
      <Typography variant="subtitle2">{translate('app.profile.roles')}</Typography>
      {roles.length ? (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }} data-testid="profile-roles">
          {roles.map((r) => (
            <Chip
              key={`${r.role}-${r.bodyId}-${r.source}`}
              label={translate('app.profile.role_in_body', {
                role: translate(`enums.HeldRole.${r.role}`, { _: r.role }),
                body: nameOf(r.bodyId),
              })}
            />
          ))}
        </Stack>
      ) : (
        <Typography color="text.secondary">{translate('app.profile.no_roles')}</Typography>
      )}
    </Section>
  );
}

function LanguageChoice() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const locales = useLocales();
  return (
    <Section title="app.profile.language" testId="profile-language">
      <ToggleButtonGroup exclusive size="small" value={locale} onChange={(_, value: string | null) => value && setLocale(value)}>
        {locales.map(({ locale: code, name }) => (
          <ToggleButton key={code} value={code} data-testid={`profile-language-${code}`}>
            {name}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Typography variant="caption" sx={{ display: 'block', mt: 1 }} color="text.secondary">
        {translate(`app.language.${locale}`, { _: locale })}
      </Typography>
    </Section>
  );
}

function PasswordChange({ onChanged }: { onChanged: () => void }) {
  const translate = useTranslate();
  return (
    <Section title="app.profile.password" testId="profile-password">
      <Typography variant="body2" sx={{ mb: 2 }} color="text.secondary">
        {translate('app.profile.password_hint')}
      </Typography>
      <ChangePasswordForm onChanged={onChanged} submitTestId="profile-password-submit" />
    </Section>
  );
}

function Sessions({ reloadKey }: { reloadKey: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const [locale] = useLocaleState();
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  // The notifier is a new function at every render: kept in a ref, so that reading the list does not read it again.
  const refusal = useRef(notifyRefusal);
  refusal.current = notifyRefusal;

  const load = useCallback(() => {
    graphql<{ mySessions: { items: SessionRow[] } }>(MY_SESSIONS)
      .then(({ mySessions }) => setSessions(mySessions.items))
      .catch((error: unknown) => refusal.current(error));
  }, []);
  useEffect(load, [load, reloadKey]);

  async function end(id: number) {
    try {
      await graphql(END_SESSION, { input: { id } });
      notify('app.profile.session_ended_notice', { type: 'success' });
    } catch (error) {
      notifyRefusal(error);
    }
    load();
  }

  return (
    <Section title="app.profile.sessions" testId="profile-sessions">
      {sessions === null ? (
        <Typography variant="body2">{translate('ra.page.loading')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.profile.session_created')}</TableCell>
              <TableCell>{translate('app.profile.session_address')}</TableCell>
              <TableCell>{translate('app.profile.session_agent')}</TableCell>
              <TableCell>{translate('app.profile.session_expires')}</TableCell>
              <TableCell>{translate('app.profile.session_state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id} data-testid={`session-${s.id}`} data-open={s.endedAt ? 'false' : 'true'}>
                <TableCell>{formatTime(s.createdAt, locale)}</TableCell>
                <TableCell>{s.clientAddress}</TableCell>
                <TableCell sx={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={s.userAgent}>
                  {s.userAgent}
                </TableCell>
                <TableCell>{formatTime(s.expiresAt, locale)}</TableCell>
                <TableCell>
                  {s.current
                    ? translate('app.profile.session_current')
                    : s.endedAt
                      ? `${translate('app.profile.session_ended')} ${formatTime(s.endedAt, locale)}`
                      : translate('app.profile.session_open')}
                </TableCell>
                <TableCell>
                  {!s.current && !s.endedAt ? (
                    <Button label="app.profile.end_session" onClick={() => end(s.id)} data-testid={`end-session-${s.id}`} />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

export function ProfilePage() {
  // A password change ends the other sign-ins: the list is read again to show it.
  const [reloadKey, setReloadKey] = useState(0);
  return (
    <Box sx={{ mt: 2 }} data-testid="profile-page">
      <Title title="app.profile.title" />
      <Stack spacing={2}>
        <WhoAndRoles />
        <LanguageChoice />
        <PasswordChange onChanged={() => setReloadKey((k) => k + 1)} />
        <Sessions reloadKey={reloadKey} />
      </Stack>
    </Box>
  );
}

export const PROFILE_PATH = '/profile';
