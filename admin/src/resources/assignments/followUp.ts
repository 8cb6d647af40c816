/** What the page of a follow-up inspection (回头看) reads of the inspection it returns to. */
const PROGRESS = 'total open submitted closed overdue';
export const FOLLOW_UP_FIELDS = `followsUpId followsUp { id }
      earlierFindings { findingId title { zh en } category subKind severity status rectification { ${PROGRESS} } }
      earlierRectification { ${PROGRESS} }`;

export interface Progress {
  total: number;
  open: number;
  submitted: number;
  closed: number;
  overdue: number;
}

/** The stages in which an inspection's findings have been fed back: those a follow-up may return to. */
export const PAST_FEEDBACK = ['TRANSFER', 'CLOSED'] as const;
