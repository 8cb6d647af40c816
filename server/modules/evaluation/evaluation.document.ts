/**
 * The tallies of an inspection's closed evaluations as the report document prints them: read
 * through the caller's rules, with the same disclosure rules as the API's `results` (a subject
 * rated on fewer ballots than the minimum group is printed as withheld).
 */
import { scopedQuery } from '../../scope/scoped-query';
import type { ReadScope } from '../../scope/read-scope';
import { Evaluation, EvaluationKind, EvaluationStatus } from './evaluation.entity';
import { resultsOf } from './evaluation.results';

/** The default of Config.summaryMinimumGroup, for a scope that does not carry it. */
const DEFAULT_MINIMUM_GROUP = 3;

const KIND_LABELS: Readonly<Record<EvaluationKind, string>> = {
  DEMOCRATIC_EVALUATION: '民主测评',
  QUESTIONNAIRE: '问卷调查',
};

/** One line per closed evaluation, then one per subject; empty when there is none. */
export async function evaluationLines(scope: ReadScope, assignmentId: number): Promise<string[]> {
  const closed = await scopedQuery(scope, Evaluation, 'e')
    .andWhere('e.assignmentId = :assignmentId AND e.status = :status', { assignmentId, status: EvaluationStatus.CLOSED })
    .orderBy('e.id')
    .getMany();
  if (closed.length === 0) return [];
  const minimum = (scope as ReadScope & { summaryMinimumGroup?: number }).summaryMinimumGroup ?? DEFAULT_MINIMUM_GROUP;
  const results = await resultsOf(scope.db, closed, minimum);
  return closed.flatMap((evaluation, i) => {
    const r = results[i];
    return [
      `${KIND_LABELS[evaluation.kind]}“${evaluation.title}”（${evaluation.closedOn ?? ''}结束）：发放测评链接${r.linksIssued}个，收回${r.linksUsed}份。`,
      ...r.subjects.map((s) =>
        s.withheld
          ? `\u3000\u3000${s.name}：有效票${s.ballots}张，少于${minimum}张，结果不予显示。`
          : `\u3000\u3000${s.name}：有效票${s.ballots}张，称职${s.competent}票，基本称职${s.basicallyCompetent}票，不称职${s.notCompetent}票，弃权或不了解${s.unrated}票。`,
      ),
    ];
  });
}
