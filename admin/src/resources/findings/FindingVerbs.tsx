import AltRouteIcon from '@mui/icons-material/AltRoute';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import GavelIcon from '@mui/icons-material/Gavel';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { DialogActionButton, WorkflowButton } from '../../components/ActionButtons';
import { EnumInput } from '../../components/fields';
import { pickerSort } from '../../components/pickers';

/** The team flags a serious finding for the leading group at once, before any report. */
export function EscalateButton() {
  return (
    <WorkflowButton
      verb="escalate"
      action="escalateFinding"
      label="app.action.escalate"
      successMessage="app.notification.escalated"
      when={(record) => !record.urgent && record.status === 'RECORDED'}
      icon={<PriorityHighIcon />}
      testId="escalate-finding"
    />
  );
}

/** The leading group decides how a finding is used, outside a hearing too (and may decide again until it is transferred). */
export function DecideButton() {
  return (
    <DialogActionButton
      verb="decide"
      action="decideFinding"
      label="app.action.decide"
      title="app.action.decide"
      successMessage="app.notification.decided"
      when={(record) => record.status === 'RECORDED' || record.status === 'DECIDED'}
      defaultValues={(record) => ({ decision: record.decision, note: record.decisionNote ?? '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, decision: values.decision, note: values.note })}
      icon={<GavelIcon />}
      testId="decide-finding"
    >
      <EnumInput source="decision" enumName="Decision" validate={required()} />
      <TextInput source="note" label="resources.findings.fields.decisionNote" validate={required()} multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

/** The bodies the API accepts as a receiving department when the routing table is overridden. */
const RECEIVING_KINDS = ['DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'FUNCTIONAL_DEPARTMENT'];

const reasonForOverride = (value: unknown, values: Record<string, unknown>) =>
  values.overrideRecipientId && !(typeof value === 'string' && value.trim()) ? 'ra.validation.required' : undefined;

/**
 * The office transfers a finding the leading group decided to transfer. The API routes it by cadre
 * management authority; another recipient needs a stated reason.
 */
export function TransferButton() {
  return (
    <DialogActionButton
      verb="transfer"
      action="transferFinding"
      label="app.action.transfer"
      title="app.action.transfer"
      successMessage="app.notification.transferred"
      when={(record) => record.decision === 'TRANSFER' && record.status === 'DECIDED'}
      toInput={(record, values) => ({
        id: record.id,
        version: record.version,
        ...(values.overrideRecipientId ? { overrideRecipientId: values.overrideRecipientId, overrideReason: values.overrideReason } : {}),
      })}
      icon={<AltRouteIcon />}
      testId="transfer-finding"
    >
      <ReferenceInput source="overrideRecipientId" reference="bodies" filter={{ kinds: RECEIVING_KINDS }} sort={pickerSort('bodies')}>
        <AutocompleteInput fullWidth helperText="resources.findings.helper.overrideRecipientId" />
      </ReferenceInput>
      <TextInput source="overrideReason" validate={reasonForOverride} multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

/** Only the receiving department records what became of a transferred finding. */
export function ConcludeButton() {
  return (
    <DialogActionButton
      verb="conclude"
      action="concludeFinding"
      label="app.action.conclude"
      title="app.action.conclude"
      successMessage="app.notification.concluded"
      when={(record) => record.status === 'TRANSFERRED'}
      toInput={(record, values) => ({ id: record.id, version: record.version, outcome: values.outcome })}
      icon={<DoneAllIcon />}
      testId="conclude-finding"
    >
      <TextInput source="outcome" validate={required()} multiline minRows={3} fullWidth />
    </DialogActionButton>
  );
}
