import BlockIcon from '@mui/icons-material/Block';
import ReplyIcon from '@mui/icons-material/Reply';
import SendIcon from '@mui/icons-material/Send';
import { TextInput, required, useRecordContext } from 'react-admin';
import { DialogActionButton, WorkflowButton } from '../../components/ActionButtons';
import { DocumentButton } from '../../components/DocumentButton';
import { ResourceShow } from '../../components/ResourceScreens';

/** The team leader (or the office) sends a draft; the server refuses its drafter. */
function SendButton() {
  return (
    <WorkflowButton
      verb="submit"
      action="sendHelpRequest"
      label="app.action.send_help"
      successMessage="app.notification.help_sent"
      when={(record) => record.status === 'DRAFT'}
      icon={<SendIcon />}
      testId="send-help-request"
    />
  );
}

/** The department asked answers a request sent to it, once. */
function AnswerButton() {
  return (
    <DialogActionButton
      verb="conclude"
      action="answerHelpRequest"
      label="app.action.answer_help"
      title="app.action.answer_help"
      successMessage="app.notification.help_answered"
      when={(record) => record.status === 'SENT'}
      defaultValues={() => ({ answer: '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, answer: values.answer })}
      icon={<ReplyIcon />}
      testId="answer-help-request"
    >
      <TextInput source="answer" validate={required()} multiline minRows={4} fullWidth />
    </DialogActionButton>
  );
}

/** The department asked declines, giving its reason. */
function DeclineButton() {
  return (
    <DialogActionButton
      verb="conclude"
      action="declineHelpRequest"
      label="app.action.decline_help"
      title="app.action.decline_help"
      successMessage="app.notification.help_declined"
      when={(record) => record.status === 'SENT'}
      defaultValues={() => ({ declineReason: '' })}
      toInput={(record, values) => ({ id: record.id, version: record.version, reason: values.declineReason })}
      icon={<BlockIcon />}
      testId="decline-help-request"
    >
      <TextInput source="declineReason" validate={required()} multiline minRows={2} fullWidth />
    </DialogActionButton>
  );
}

/** 商请协助函: the letter, for whoever may read the request, the department asked included. */
function LetterButton() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <DocumentButton
      path={`/documents/help-requests/${record.id}/letter.docx`}
      label="app.action.download_letter"
      fileName="help-request.docx"
      testId="download-help-letter"
    />
  );
}

/** A request's page as described, with the verbs of whoever reads it: send for the team, answer or decline for the department. */
export function HelpRequestShow() {
  return (
    <ResourceShow
      actions={
        <>
          <SendButton />
          <AnswerButton />
          <DeclineButton />
          <LetterButton />
        </>
      }
    />
  );
}
