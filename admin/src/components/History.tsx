/**
 * A record's history on its page: who changed it, when, and each field before and after, read
 * from the audit trail by `history(subject, id)`. The server answers only for a record the caller
 * may read, and never with the values of a protected field, which show here as "protected".
 */
import { useEffect, useState } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { Alert, Box, Button as MuiButton, Drawer, IconButton, Stack, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { Button, RecordContextProvider, useLocaleState, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { descriptorOf } from '../resources';
import type { FieldSpec } from '../resources/descriptor';
import { graphql } from '../providers/graphqlClient';
import { resourceSpec } from '../providers/resources';
import { formatDay, formatTime } from '../dates';
import { EMPTY, EnumField, Ref } from './fields';

const HISTORY = `query History($subject: String!, $id: Int!, $page: PageInput) {
  history(subject: $subject, id: $id, page: $page) {
    totalCount
    items { id at action actorName changes { field before after redacted } }
  }
}`;

const PAGE_SIZE = 20;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  redacted: boolean;
}

export interface HistoryEntry {
  id: number;
  at: string;
  action: string;
  actorName: string | null;
  changes: FieldChange[];
}

function fieldSpecOf(resource: string, field: string): FieldSpec | undefined {
  try {
    return descriptorOf(resource).fields[field];
  } catch {
    return undefined;
  }
}

/** One value as the record's page shows it: enums translated, references by name, days and times in the reader's language. */
function HistoryValue({ resource, field, value }: { resource: string; field: string; value: unknown }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value === null || value === undefined || value === '') return <span>{EMPTY}</span>;
  const spec = fieldSpecOf(resource, field);
  switch (spec?.kind) {
    case 'enum':
      return (
        <RecordContextProvider value={{ id: 0, [field]: value }}>
          <EnumField source={field} enumName={spec.enumName} />
        </RecordContextProvider>
      );
    case 'reference':
      return (
        <RecordContextProvider value={{ id: 0, [field]: value }}>
          <Ref source={field} reference={spec.reference} />
        </RecordContextProvider>
      );
    case 'time':
      return <span>{formatTime(String(value), locale)}</span>;
    case 'day':
      return <span>{formatDay(String(value), locale)}</span>;
    default:
      break;
  }
  if (typeof value === 'boolean') return <span>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</span>;
  return <span>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</span>;
}

function ChangeRow({ resource, change }: { resource: string; change: FieldChange }) {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ mb: 0.5 }} data-testid={`history-change-${change.field}`}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
        {translate(`resources.${resource}.fields.${change.field}`, { _: change.field })}
        {'：'}
      </Typography>
      {change.redacted ? (
        <Typography variant="body2" component="span" color="text.secondary">
          {translate('app.history.redacted')}
        </Typography>
      ) : (
        <Typography variant="body2" component="span">
          <HistoryValue resource={resource} field={change.field} value={change.before} />
          {' → '}
          <HistoryValue resource={resource} field={change.field} value={change.after} />
        </Typography>
      )}
    </Box>
  );
}

function EntryItem({ resource, entry }: { resource: string; entry: HistoryEntry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="li" sx={{ borderLeft: 2, borderColor: 'primary.light', pl: 2, pb: 2, listStyle: 'none' }} data-testid="history-entry">
      <Typography variant="caption" color="text.secondary" data-testid="history-when">
        {formatTime(entry.at, locale)}
      </Typography>
      <Typography variant="subtitle2" data-testid="history-what">
        {translate('app.history.entry', {
          who: entry.actorName ?? translate('app.history.system'),
          action: translate(`app.history.action.${entry.action}`, { _: entry.action }),
        })}
      </Typography>
      {entry.changes.length ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {entry.changes.map((change) => (
            <ChangeRow key={change.field} resource={resource} change={change} />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('app.history.no_visible_change')}
        </Typography>
      )}
    </Box>
  );
}

/** The timeline of one record, newest first, a page at a time. */
export function HistoryTimeline({ resource, id }: { resource: string; id: number }) {
  const translate = useTranslate();
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skip, setSkip] = useState(0);

  useEffect(() => {
    let cancelled = false;
    graphql<{ history: { totalCount: number; items: HistoryEntry[] } }>(HISTORY, {
      subject: resourceSpec(resource).type,
      id,
      page: { skip, take: PAGE_SIZE },
    })
      .then(({ history }) => {
        if (cancelled) return;
        setEntries((shown) => (skip === 0 ? history.items : [...shown, ...history.items]));
        setTotal(history.totalCount);
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [resource, id, skip]);

  if (error) return <Alert severity="warning">{error}</Alert>;
  if (total === null) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  if (total === 0) return <Typography variant="body2">{translate('app.history.empty')}</Typography>;
  return (
    <Box data-testid="history-timeline">
      <Box component="ol" sx={{ m: 0, p: 0 }}>
        {entries.map((entry) => (
          <EntryItem key={entry.id} resource={resource} entry={entry} />
        ))}
      </Box>
      {entries.length < total ? (
        <MuiButton size="small" onClick={() => setSkip(entries.length)} data-testid="history-more">
          {translate('app.history.more', { count: total - entries.length })}
        </MuiButton>
      ) : null}
    </Box>
  );
}

/** On every record's page: opens the record's history beside it. */
export function HistoryButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || !resource) return null;
  return (
    <>
      <Button label="app.history.button" onClick={() => setOpen(true)} data-testid="history-button">
        <HistoryIcon />
      </Button>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)}>
        <Box sx={{ width: 420, maxWidth: '100vw', p: 2 }} data-testid="history-drawer">
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
            <Typography variant="h6">{translate('app.history.title')}</Typography>
            <IconButton onClick={() => setOpen(false)} aria-label={translate('ra.action.close')}>
              <CloseIcon />
            </IconButton>
          </Stack>
          {open ? <HistoryTimeline resource={resource} id={Number(record.id)} /> : null}
        </Box>
      </Drawer>
    </>
  );
}
