import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { TextInput, required, useRecordContext, useRedirect, type RaRecord } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { DocumentButton } from '../../components/DocumentButton';
import { EnumInput } from '../../components/fields';
import { CategoryInputs, SubjectPersonInput } from '../findings/FindingCreate';

/** The stages in which the API records findings (finding.onlyDuringFieldwork). */
const FIELDWORK_STAGES = ['INQUIRY', 'REPORTING'];

/** The finding as the rules judge its creation: of the talk's inspection, in the talk's team. */
const findingOfTalk = (talk: RaRecord): RaRecord => ({ id: 0, assignmentId: talk.assignmentId, teamPath: talk.teamPath });

/**
 * A finding raised from a talk: the finding's own inputs, its evidence the matters raised in the
 * talk until changed. Offered to those who may record findings of the inspection, while it is in a
 * stage that takes findings; the new finding's page follows.
 */
export function RaiseFindingButton() {
  const redirect = useRedirect();
  return (
    <DialogActionButton
      verb="create"
      on={{ resource: 'findings', record: findingOfTalk }}
      action="raiseFindingFromTalk"
      label="app.action.raise_finding"
      title="app.action.raise_finding"
      successMessage="app.notification.finding_raised"
      when={(talk) => FIELDWORK_STAGES.includes((talk.assignment as { stage?: string } | null)?.stage ?? '')}
      // The inspection is not sent (the talk names it) but lets the cadre picker search its target.
      defaultValues={(talk) => ({ assignmentId: talk.assignmentId, evidenceSummary: talk.matters })}
      toInput={(talk, values) => ({
        talkId: talk.id,
        category: values.category,
        subKind: values.subKind,
        severity: values.severity,
        subjectPersonId: values.subjectPersonId ?? undefined,
        evidenceSummary: values.evidenceSummary,
      })}
      onDone={(finding) => redirect('show', 'findings', finding.id)}
      maxWidth="md"
      icon={<ReportProblemIcon />}
      testId="raise-finding"
    >
      <CategoryInputs />
      <EnumInput source="severity" enumName="Severity" validate={required()} />
      <SubjectPersonInput />
      <TextInput source="evidenceSummary" validate={required()} multiline minRows={4} fullWidth />
    </DialogActionButton>
  );
}

/** 谈话记录: the talk's record sheet, for whoever may read the talk (the interviewee only for those who may read them). */
export function TalkRecordButton() {
  const talk = useRecordContext();
  if (!talk) return null;
  return (
    <DocumentButton
      path={`/documents/talks/${talk.id}/record.docx`}
      label="app.action.download_talk_record"
      fileName="talk-record.docx"
      testId="download-talk-record"
    />
  );
}
