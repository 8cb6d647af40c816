import { registerEnumType } from 'type-graphql';

/** The procedure of an inspection (巡视程序), in order. */
export enum Stage {
  PREPARATION = 'PREPARATION',
  INQUIRY = 'INQUIRY',
  REPORTING = 'REPORTING',
  FEEDBACK = 'FEEDBACK',
  TRANSFER = 'TRANSFER',
  CLOSED = 'CLOSED',
}

export const STAGE_ORDER: readonly Stage[] = [
  Stage.PREPARATION,
  Stage.INQUIRY,
  Stage.REPORTING,
  Stage.FEEDBACK,
  Stage.TRANSFER,
  Stage.CLOSED,
];

export function nextStage(stage: Stage): Stage | null {
  return STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null;
}

registerEnumType(Stage, {
  name: 'Stage',
  description: 'The stages of an inspection, in order; an assignment moves forward one stage at a time.',
  valuesConfig: {
    PREPARATION: { description: '巡视准备: background from the four bodies, the work plan, the notice.' },
    INQUIRY: { description: '巡视了解: contact channels announced, the nine methods, intake.' },
    REPORTING: { description: '巡视汇报: the report to the leading group, which hears it.' },
    FEEDBACK: { description: '巡视反馈: findings and rectification suggestions to the inspected body.' },
    TRANSFER: { description: '移交督办: decided matters transferred by cadre management authority and supervised.' },
    CLOSED: { description: 'Finished; team members lose access to its records.' },
  },
});
