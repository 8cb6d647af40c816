/**
 * Labels: the name of a record another record points at, so that a screen can name what a record
 * refers to even where the caller may not read the record referred to (a liaison reads its
 * rectification items, not the findings or the inspection behind them).
 *
 * A label is only ever resolved from the id a record the caller has already read carries, never
 * from an id the caller names, and it holds the name or title alone: it tells nothing about the
 * record beyond what the referring record already names. Each kind of label is one batch per
 * request, one statement for a whole page, reading the name columns only.
 */
import DataLoader from 'dataloader';
import { Field, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Assignment } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { Person } from '../person/person.entity';
import { Round } from '../round/round.entity';
import { findingTitle } from '../finding/finding-title';

@ObjectType({
  description:
    'The name of a record this one points at, in both languages: its name or title and nothing else of it. Given wherever you may read the record that points at it, even if you may not read the record named; null only where there is no such record.',
})
export class Label {
  @Field({ description: 'The name in Chinese.' })
  zh!: string;

  @Field({ description: 'The name in English; the Chinese one where the record has no English name.' })
  en!: string;
}

/** One place where a pair of names is made, so that every label reads the same way. */
export function label(zh: string, en?: string | null): Label {
  return { zh, en: en || zh };
}

/** The labels a page needs, by id, in one statement per kind. */
function labelLoader(ctx: RequestContext, read: (ids: number[]) => Promise<Array<{ id: number | string } & Label>>) {
  return new DataLoader<number, Label | null>(async (ids) => {
    const rows = await read([...ids]);
    const byId = new Map(rows.map((row) => [Number(row.id), label(row.zh, row.en)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

type Read = (ctx: RequestContext, ids: number[]) => Promise<Array<{ id: number | string } & Label>>;

/**
 * What each kind of label reads. The rows are read without the caller's rules on purpose: the ids
 * come only from records already read under them (see the file comment).
 */
const READS = {
  body: (ctx, ids) =>
    ctx.db
      .createQueryBuilder(Body, 'b')
      .select('b.id', 'id')
      .addSelect('b.name', 'zh')
      .addSelect('b.nameEn', 'en')
      .where('b.id IN (:...ids)', { ids })
      .getRawMany(),
  person: (ctx, ids) =>
    ctx.db
      .createQueryBuilder(Person, 'p')
      .select('p.id', 'id')
      .addSelect('p.name', 'zh')
      .addSelect('p.name', 'en')
      .where('p.id IN (:...ids)', { ids })
      .getRawMany(),
  round: (ctx, ids) =>
    ctx.db
      .createQueryBuilder(Round, 'r')
      .select('r.id', 'id')
      .addSelect('r.title', 'zh')
      .addSelect('r.title', 'en')
      .where('r.id IN (:...ids)', { ids })
      .getRawMany(),
  /** An inspection is named by its target and its plan: "<target> · <plan title>". */
  assignment: async (ctx, ids) => {
    const rows: Array<{ id: number; targetName: string; targetNameEn: string; roundTitle: string }> = await ctx.db
      .createQueryBuilder(Assignment, 'a')
      .innerJoin(Body, 't', 't.id = a.targetId')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .select('a.id', 'id')
      .addSelect('t.name', 'targetName')
      .addSelect('t.nameEn', 'targetNameEn')
      .addSelect('r.title', 'roundTitle')
      .where('a.id IN (:...ids)', { ids })
      .getRawMany();
    return rows.map((row) => ({
      id: row.id,
      zh: `${row.targetName} · ${row.roundTitle}`,
      en: `${row.targetNameEn || row.targetName} · ${row.roundTitle}`,
    }));
  },
  /** A finding has no title of its own: it is named by its kind, the heading it is fed back under. */
  finding: async (ctx, ids) => {
    const rows: Array<{ id: number; subKind: string }> = await ctx.db
      .createQueryBuilder(Finding, 'f')
      .select('f.id', 'id')
      .addSelect('f.subKind', 'subKind')
      .where('f.id IN (:...ids)', { ids })
      .getRawMany();
    return rows.map((row) => ({ id: row.id, ...findingTitle(row.subKind) }));
  },
} satisfies Record<string, Read>;

export type LabelKind = keyof typeof READS;

/**
 * The label of the record of `kind` whose id `id` is, as carried by a record the caller has read;
 * null when there is no id. Resolvers pass the referring record's own column, nothing else.
 */
export function labelOf(ctx: RequestContext, kind: LabelKind, id: number | null | undefined): Promise<Label | null> | null {
  if (id == null) return null;
  return ctx.loaders.custom(`label:${kind}`, () => labelLoader(ctx, (ids) => READS[kind](ctx, ids))).load(id);
}
