import { useCanAccess, useRecordContext } from 'react-admin';
import { DocumentButton } from '../../components/DocumentButton';

/**
 * The inspection's own documents (server/http/documents.ts). The server drafts each of them from
 * what has been recorded so far, in every stage, and refuses only a caller who may not read the
 * inspection (NOT_FOUND); what a reader may not see inside is printed as not visible. So the
 * console asks the same one question, read on the record, and offers all three or none.
 */
const DOCUMENTS = [
  { kind: 'notice', label: 'app.action.download_notice' },
  { kind: 'report', label: 'app.action.download_report' },
  { kind: 'feedback', label: 'app.action.download_feedback' },
] as const;

export function InspectionDocumentButtons() {
  const record = useRecordContext();
  const { canAccess, isPending } = useCanAccess({ action: 'read', resource: 'assignments', record, enabled: !!record });
  if (!record || isPending || canAccess !== true) return null;
  return (
    <>
      {DOCUMENTS.map(({ kind, label }) => (
        <DocumentButton
          key={kind}
          path={`/documents/assignments/${record.id}/${kind}.docx`}
          label={label}
          fileName={`${kind}.docx`}
          testId={`download-${kind}`}
        />
      ))}
    </>
  );
}
