import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What the three kinds of record share as dimensions, described once. */
const INSPECTION_DIMENSIONS = {
  TARGET: { description: 'The inspected body (its id).' },
  TARGET_LEVEL: { description: "The inspected body's administrative level (BodyLevel)." },
  TEAM: { description: 'The inspection team (its body id).' },
  ROUND: { description: 'The plan (its round id).' },
} as const;

export enum FindingDimension {
  CATEGORY = 'CATEGORY',
  SUB_KIND = 'SUB_KIND',
  SEVERITY = 'SEVERITY',
  STATUS = 'STATUS',
  URGENT = 'URGENT',
  TARGET = 'TARGET',
  TARGET_LEVEL = 'TARGET_LEVEL',
  STAGE = 'STAGE',
  TEAM = 'TEAM',
  ROUND = 'ROUND',
  MONTH = 'MONTH',
}
registerEnumType(FindingDimension, {
  name: 'FindingDimension',
  description: 'What findings can be grouped by.',
  valuesConfig: {
    CATEGORY: { description: 'The focus area (FindingCategory).' },
    SUB_KIND: { description: 'The sub-kind within its category.' },
    SEVERITY: { description: 'How serious (Severity).' },
    STATUS: { description: 'Where it stands (FindingStatus).' },
    URGENT: { description: '"true" for findings flagged urgent, "false" for the others.' },
    ...INSPECTION_DIMENSIONS,
    STAGE: { description: "The inspection's current stage (Stage)." },
    MONTH: { description: 'The month it was recorded (YYYY-MM).' },
  },
});

export enum RectificationDimension {
  STATE = 'STATE',
  STATUS = 'STATUS',
  TARGET = 'TARGET',
  TARGET_LEVEL = 'TARGET_LEVEL',
  STAGE = 'STAGE',
  TEAM = 'TEAM',
  ROUND = 'ROUND',
  MONTH = 'MONTH',
}
registerEnumType(RectificationDimension, {
  name: 'RectificationDimension',
  description: 'What rectification items can be grouped by.',
  valuesConfig: {
    STATE: { description: 'DONE (closed off), OVERDUE (past its deadline and not closed) or OPEN (the rest).' },
    STATUS: { description: 'Where it stands (RectificationStatus).' },
    ...INSPECTION_DIMENSIONS,
    TARGET: { description: 'The inspected body that must rectify (its id).' },
    STAGE: { description: "The inspection's current stage (Stage)." },
    MONTH: { description: 'The month of its deadline (YYYY-MM).' },
  },
});

export enum AssignmentDimension {
  STAGE = 'STAGE',
  TARGET = 'TARGET',
  TARGET_LEVEL = 'TARGET_LEVEL',
  TEAM = 'TEAM',
  ROUND = 'ROUND',
  MONTH = 'MONTH',
}
registerEnumType(AssignmentDimension, {
  name: 'AssignmentDimension',
  description: 'What inspections can be grouped by.',
  valuesConfig: {
    STAGE: { description: 'The current stage (Stage).' },
    ...INSPECTION_DIMENSIONS,
    MONTH: { description: 'The month it starts (YYYY-MM).' },
  },
});

/** The state of a rectification item the STATE dimension reports. */
export enum RectificationState {
  DONE = 'DONE',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
}

@ObjectType({ description: 'One group of a summary: the values it is keyed by and what it counts.' })
export class SummaryGroup {
  @Field(() => [String], {
    nullable: 'items',
    description: 'The value of each grouped dimension, in the order asked; ids and enum names as text, null where the record has none.',
  })
  key!: (string | null)[];

  @Field(() => Int, {
    nullable: true,
    description:
      'How many records. When you may only count (Summary.suppressed), sets of fewer than minimumGroupSize records about named people are left out of it.',
  })
  count!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Always null: no group is shown with its count withheld. Sets too small to show are left out of every count instead (see Summary.suppressed), so that no key names them.',
  })
  fewerThan!: number | null;

  @Field({ description: 'Always false: no group is shown with its count withheld (see fewerThan and Summary.suppressed).' })
  withheld!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The average duration in days: for findings, from being recorded to being transferred (transferred ones only); for rectification items, days late (late ones only); null where none applies, and, when you may only count, where it would be over fewer than minimumGroupSize records.',
  })
  averageDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many records the average is over (those counted that it applies to).' })
  averagedOver!: number | null;
}

@ObjectType({ description: 'Counts over the records you may see (or only count), grouped by the dimensions asked.' })
export class Summary {
  @Field(() => [String], { description: 'The dimensions grouped by, in order; each group key follows it.' })
  dimensions!: string[];

  @Field(() => SummaryGroup, { description: 'All matching records together (its key is empty).' })
  total!: SummaryGroup;

  @Field(() => [SummaryGroup], { description: 'The groups, largest first, at most `limit` of them.' })
  groups!: SummaryGroup[];

  @Field(() => Int, { description: 'How many groups there are in all (more than `groups` holds when cut at `limit`).' })
  groupCount!: number;

  @Field(() => Int, {
    description:
      'N: a caller who may only count learns nothing about a set of fewer than N records about named people, and sees no average over fewer than N records.',
  })
  minimumGroupSize!: number;

  @Field({
    description:
      'True when you may count these records but not read them (a committee leader): then every count, total and average leaves out the sets of fewer than minimumGroupSize records about named people that you may not read, and only the dimensions and filters that cannot single such a set out are accepted. True whether or not anything was left out, so that it says nothing about the data; false for a caller who may read what is counted, and for inspections, which are about bodies, not people.',
  })
  suppressed!: boolean;
}
