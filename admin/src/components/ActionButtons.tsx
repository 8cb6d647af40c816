/**
 * Buttons for the workflow verbs (approve, advance, move, reset password …). Each is shown only
 * when the ability allows the verb on this record and the record is in a state where it applies;
 * the server checks again and its refusal (which names what is missing) is shown as it is.
 */
import { useState, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, type Breakpoint } from '@mui/material';
import {
  Button,
  EditButton,
  Form,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { Action } from '../../../shared/actions';
import type { MessageParams } from '../../../shared/messages';
import type { AppDataProvider } from '../providers/dataProvider';
import type { ApiError } from '../providers/graphqlClient';
import { useNotifyRefusal } from './notices';
import type { ActionName } from '../providers/resources';

type Vars = Record<string, unknown>;

interface CommonProps {
  /** The ability action that must be allowed on the record. */
  verb: Action;
  /**
   * The record the verb is asked of, when it is not the page's own: a finding raised from a talk is
   * a finding created in the talk's inspection, which the rules judge, not the talk.
   */
  on?: { resource: string; record: (record: RaRecord) => RaRecord };
  /** The API mutation to call. */
  action: ActionName;
  /** Translation key of the button label. */
  label: string;
  labelArgs?: (record: RaRecord) => Record<string, unknown>;
  /** Translation key of the success notification. */
  successMessage: string;
  successArgs?: (record: RaRecord) => Record<string, unknown>;
  /** Whether the verb applies in the record's current state (e.g. only a draft can be approved). */
  when?: (record: RaRecord) => boolean;
  icon?: ReactNode;
  testId?: string;
  /** Called with the changed record once the API has accepted the verb. */
  onDone?: (data: RaRecord) => void;
  /** Called with the API's refusal (its words, and its catalogue key and parameters when it has them); it is notified as well. */
  onRefused?: (record: RaRecord, refusal: Refusal) => void;
}

/** A refusal as the API sent it: its English words, and the catalogue's key and parameters (shared/messages.ts). */
export interface Refusal {
  message: string;
  messageKey?: string;
  params?: MessageParams;
}

type Outcome = Pick<CommonProps, 'successMessage' | 'successArgs' | 'onDone' | 'onRefused'>;

function useRunAction(action: ActionName, { successMessage, successArgs, onDone, onRefused }: Outcome) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyRefusal = useNotifyRefusal();
  const [pending, setPending] = useState(false);

  async function run(record: RaRecord, input: Vars): Promise<boolean> {
    setPending(true);
    try {
      const { data } = await dataProvider.run(action, input);
      notify(successMessage, { type: 'success', messageArgs: successArgs?.(data) });
      onDone?.(data);
      refresh();
      return true;
    } catch (error) {
      notifyRefusal(error);
      // The catalogue's key and parameters, so that a stage refusal is worded condition by condition (resources/assignments/advanceRefusal.ts).
      const body = (error as ApiError)?.body;
      onRefused?.(record, {
        message: body?.serverMessage || (error as Error)?.message || 'ra.notification.http_error',
        ...(body?.messageKey ? { messageKey: body.messageKey, params: body.params ?? {} } : {}),
      });
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, pending };
}

function useAllowed(verb: Action, when?: (record: RaRecord) => boolean, on?: CommonProps['on']) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess, isPending } = useCanAccess({
    action: verb,
    resource: on ? on.resource : resource,
    record: record && on ? on.record(record) : record,
    enabled: !!record,
  });
  const visible = !!record && !isPending && canAccess === true && (when ? when(record) : true);
  return { record, visible };
}

/** A one-click verb taking `{ id, version }` (or what `input` builds). */
export function WorkflowButton(props: CommonProps & { input?: (record: RaRecord) => Vars }) {
  const { verb, action, label, labelArgs, when, icon, testId, input } = props;
  const { record, visible } = useAllowed(verb, when, props.on);
  const translate = useTranslate();
  const { run, pending } = useRunAction(action, props);
  if (!visible || !record) return null;
  return (
    <Button
      label={translate(label, labelArgs?.(record))}
      disabled={pending}
      data-testid={testId}
      onClick={() => run(record, input ? input(record) : { id: record.id, version: record.version })}
    >
      <>{icon}</>
    </Button>
  );
}

/**
 * A verb that needs a few values first, asked in a dialog. Inside the dialog the record context is
 * the form's values; inputs that need the record get it from the button that renders them.
 */
export function DialogActionButton(
  props: CommonProps & {
    title: string;
    titleArgs?: (record: RaRecord) => Record<string, unknown>;
    defaultValues?: (record: RaRecord) => Vars;
    toInput: (record: RaRecord, values: Vars) => Vars;
    children: ReactNode;
    /** Wider for forms with a row per record (a hearing decides every finding). */
    maxWidth?: Breakpoint;
  },
) {
  const { verb, action, label, labelArgs, when, icon, testId } = props;
  const { record, visible } = useAllowed(verb, when, props.on);
  const translate = useTranslate();
  const { run, pending } = useRunAction(action, props);
  const [open, setOpen] = useState(false);
  if (!visible || !record) return null;
  return (
    <>
      <Button label={translate(label, labelArgs?.(record))} data-testid={testId} onClick={() => setOpen(true)}>
        <>{icon}</>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth={props.maxWidth ?? 'sm'}>
        {/*
          The form holds the verb's input, not the record: left to the record context, the record's
          fields of the same name (a report's empty heardOn) would override the defaults. A verb on
          another record type (`on`) asks for that record's values, labelled as its own forms label them.
        */}
        <Form
          resource={props.on?.resource}
          record={props.defaultValues?.(record) ?? {}}
          onSubmit={async (values: Vars) => {
            if (await run(record, props.toInput(record, values))) setOpen(false);
          }}
        >
          <DialogTitle>{translate(props.title, props.titleArgs?.(record))}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('app.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={pending} data-testid={testId ? `${testId}-confirm` : undefined}>
              {translate('app.action.confirm')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

/**
 * react-admin's Edit button (which asks canAccess itself), only while the record can still be
 * changed: an approved plan or a submitted report is final, and the API would refuse the edit.
 */
export function EditWhenButton({ when }: { when: (record: RaRecord) => boolean }) {
  const record = useRecordContext();
  if (!record || !when(record)) return null;
  return <EditButton />;
}
