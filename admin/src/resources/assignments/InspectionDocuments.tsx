import { useCanAccess, useRecordContext } from 'react-admin';
import { DocumentButton } from '../../components/DocumentButton';
import type { InspectionDocument } from '../../generated/graphql';

/**
 * The inspection's own documents (server/http/documents.ts). The server drafts those its stage has
 * reached (the record's `documents`), for whoever may read the inspection, printing as not visible
 * what the reader may not see inside. So the console asks the same one question, read on the
 * record, and offers the documents the record lists.
 */
const LABELS: Record<InspectionDocument, string> = {
  NOTICE: 'app.action.download_notice',
  REPORT: 'app.action.download_report',
  FEEDBACK: 'app.action.download_feedback',
};

export function InspectionDocumentButtons() {
  const record = useRecordContext<{ id: number; documents?: InspectionDocument[] }>();
  const { canAccess, isPending } = useCanAccess({ action: 'read', resource: 'assignments', record, enabled: !!record });
  if (!record || isPending || canAccess !== true) return null;
  return (
    <>
      {(record.documents ?? []).map((document) => {
        const kind = document.toLowerCase();
        return (
          <DocumentButton
            key={kind}
            path={`/documents/assignments/${record.id}/${kind}.docx`}
            label={LABELS[document]}
            fileName={`${kind}.docx`}
            testId={`download-${kind}`}
          />
        );
      })}
    </>
  );
}
