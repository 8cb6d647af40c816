import { registerEnumType } from 'type-graphql';

/** The four focus areas (四个着力). */
export enum FindingCategory {
  CORRUPTION = 'CORRUPTION',
  WORK_STYLE = 'WORK_STYLE',
  POLITICAL_DISCIPLINE = 'POLITICAL_DISCIPLINE',
  PERSONNEL = 'PERSONNEL',
}
registerEnumType(FindingCategory, {
  name: 'FindingCategory',
  description: 'The four focus areas of an inspection.',
  valuesConfig: {
    CORRUPTION: { description: '权钱交易、以权谋私、贪污贿赂、腐化堕落' },
    WORK_STYLE: { description: '形式主义、官僚主义、享乐主义、奢靡之风 (违反中央八项规定精神)' },
    POLITICAL_DISCIPLINE: { description: '公开发表反对意见、"上有政策、下有对策" (违反政治纪律)' },
    PERSONNEL: { description: '买官卖官、拉票贿选、违规提拔干部' },
  },
});

/** The sub-kinds of each category, named in the source text. */
export const SUB_KINDS: Record<FindingCategory, readonly string[]> = {
  [FindingCategory.CORRUPTION]: ['POWER_FOR_MONEY', 'ABUSE_FOR_PRIVATE_GAIN', 'EMBEZZLEMENT_BRIBERY', 'MORAL_DEGENERATION'],
  [FindingCategory.WORK_STYLE]: ['FORMALISM', 'BUREAUCRATISM', 'HEDONISM', 'EXTRAVAGANCE'],
  [FindingCategory.POLITICAL_DISCIPLINE]: ['PUBLIC_OPPOSITION', 'EVADING_POLICY'],
  [FindingCategory.PERSONNEL]: ['BUYING_SELLING_POSTS', 'VOTE_BUYING', 'IRREGULAR_PROMOTION'],
};

export enum Severity {
  MINOR = 'MINOR',
  SERIOUS = 'SERIOUS',
  GRAVE = 'GRAVE',
}
registerEnumType(Severity, {
  name: 'Severity',
  description: 'How serious a finding is.',
  valuesConfig: { MINOR: { description: '一般' }, SERIOUS: { description: '较重' }, GRAVE: { description: '严重' } },
});

export enum FindingStatus {
  RECORDED = 'RECORDED',
  DECIDED = 'DECIDED',
  TRANSFERRED = 'TRANSFERRED',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'Where a finding stands.',
  valuesConfig: {
    RECORDED: { description: 'Recorded by the team.' },
    DECIDED: { description: 'The leading group decided how it is used.' },
    TRANSFERRED: { description: 'Transferred to the receiving department.' },
    CONCLUDED: { description: 'The receiving department recorded its outcome.' },
  },
});

/** What the leading group decides about a finding (成果运用). */
export enum Decision {
  TRANSFER = 'TRANSFER',
  RECTIFY = 'RECTIFY',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
}
registerEnumType(Decision, {
  name: 'Decision',
  description: "The leading group's decision on a finding.",
  valuesConfig: {
    TRANSFER: { description: 'Transfer to the department with cadre management authority (移交).' },
    RECTIFY: { description: 'Hand to the target for rectification (整改).' },
    NO_FURTHER_ACTION: { description: 'Noted; nothing further.' },
  },
});
