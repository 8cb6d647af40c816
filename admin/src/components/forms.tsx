/**
 * The console's form: react-admin's SimpleForm that keeps what the user typed across a sign-in.
 *
 * When a save finds the session expired or revoked, react-admin signs out and sends the user to the
 * login page, which unmounts the form. If the form had unsaved changes at that moment, they are kept
 * in this tab's sessionStorage for the same account, and put back when the user signs in again and
 * lands on the same form. A form left any other way (saved, cancelled) keeps nothing.
 */
import { useEffect, useRef } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import {
  SimpleForm,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useResourceContext,
  useSaveContext,
  type SimpleFormProps,
} from 'react-admin';
import { useNotifyRefusal } from './notices';
import { sessionStore } from '../providers/graphqlClient';

interface Draft {
  owner: string | number;
  values: Record<string, unknown>;
}

export const draftKey = (resource: string | undefined, id: unknown) => `inspection.draft:${resource ?? ''}:${id ?? 'new'}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function KeepDraft() {
  const { getValues, setValue } = useFormContext();
  const { isDirty } = useFormState();
  const resource = useResourceContext();
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const key = draftKey(resource, record?.id);
  const latest = useRef({ isDirty, owner: identity?.id });
  latest.current = { isDirty, owner: identity?.id ?? latest.current.owner };

  useEffect(() => {
    if (identity?.id === undefined) return;
    const draft = readDraft(key);
    if (!draft) return;
    sessionStorage.removeItem(key);
    // Another account's typing is never shown to whoever signs in next on this browser.
    if (draft.owner !== identity.id) return;
    const current = getValues();
    for (const [field, value] of Object.entries(draft.values)) {
      if (JSON.stringify(current[field]) !== JSON.stringify(value)) setValue(field, value, { shouldDirty: true });
    }
    notify('app.notification.draft_restored', { type: 'info' });
  }, [key, identity?.id, getValues, setValue, notify]);

  useEffect(
    () => () => {
      const { isDirty: dirty, owner } = latest.current;
      if (dirty && owner !== undefined && !sessionStore.token()) {
        sessionStorage.setItem(key, JSON.stringify({ owner, values: getValues() } satisfies Draft));
      }
    },
    [key, getValues],
  );
  return null;
}

/** A record read again while the user types (a refetch) updates only the fields they have not changed. */
const KEEP_TYPED = { keepDirtyValues: true } as const;

/** Saves through the page's save, with refusals told the console's way (a conflict offers to reload). */
function useSaveWithNotices() {
  const saveContext = useSaveContext();
  const notifyRefusal = useNotifyRefusal();
  const save = saveContext?.save;
  if (!save) return undefined;
  return (values: Record<string, unknown>) =>
    save(values, {
      onError: (error: unknown) => notifyRefusal(error, { hasFieldErrors: !!(error as { body?: { errors?: unknown } })?.body?.errors }),
    });
}

export function AppForm({ children, ...props }: SimpleFormProps) {
  const onSubmit = useSaveWithNotices();
  return (
    <SimpleForm resetOptions={KEEP_TYPED} onSubmit={onSubmit} {...props}>
      <KeepDraft />
      {children}
    </SimpleForm>
  );
}
