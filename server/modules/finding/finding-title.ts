/**
 * How a finding is named where another record refers to it. A finding has no title of its own; it
 * is fed back to the target under the heading of its kind (e.g. 形式主义), so that heading is its
 * name. The words are the console's own for these kinds (a test keeps the two the same).
 */
const SUB_KIND_NAMES: Record<string, { zh: string; en: string }> = {
  POWER_FOR_MONEY: { zh: '权钱交易', en: 'Power-for-money deals' },
  ABUSE_FOR_PRIVATE_GAIN: { zh: '以权谋私', en: 'Abuse of power for private gain' },
  EMBEZZLEMENT_BRIBERY: { zh: '贪污贿赂', en: 'Embezzlement and bribery' },
  MORAL_DEGENERATION: { zh: '腐化堕落', en: 'Moral degeneration' },
  FORMALISM: { zh: '形式主义', en: 'Formalism' },
  BUREAUCRATISM: { zh: '官僚主义', en: 'Bureaucratism' },
  HEDONISM: { zh: '享乐主义', en: 'Hedonism' },
  EXTRAVAGANCE: { zh: '奢靡之风', en: 'Extravagance' },
  PUBLIC_OPPOSITION: { zh: '公开发表反对意见', en: 'Public opposition to major lines' },
  EVADING_POLICY: { zh: '上有政策、下有对策', en: 'Evading policies' },
  BUYING_SELLING_POSTS: { zh: '买官卖官', en: 'Buying and selling posts' },
  VOTE_BUYING: { zh: '拉票贿选', en: 'Vote canvassing and bribery' },
  IRREGULAR_PROMOTION: { zh: '违规提拔干部', en: 'Irregular promotion' },
};

/** The name of a finding of this sub-kind, in both languages. */
export function findingTitle(subKind: string): { zh: string; en: string } {
  return SUB_KIND_NAMES[subKind] ?? { zh: subKind, en: subKind };
}

export { SUB_KIND_NAMES };
