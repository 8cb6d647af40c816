/**
 * The search every list of inspection records takes: text found in the record's own words, the
 * body it concerns, and a range of days. Each condition is added to the scoped query, so the rows
 * it keeps are always a subset of what the caller may see, and the count agrees with the page.
 */
import { IsOptional, Min } from 'class-validator';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Field, InputType, Int } from 'type-graphql';
import { badInput } from '../../errors';
import { addDays, offsetMinutes, timeZone } from './calendar';
import { AssignmentRecordFilter, IsDay } from './inputs';
import { TextLength, atMost } from './text-length';
import { likePattern } from './text';

export const SEARCH_TEXT_MAX = 100;

/** An inspection record's filter with text, target and day range; each list says what they match. */
@InputType({ description: 'Narrows a list of inspection records by text, target body and days.' })
export class RecordSearchFilter extends AssignmentRecordFilter {
  @Field({ nullable: true, description: `Text found in the record's own words (${atMost(SEARCH_TEXT_MAX)}); % and _ match themselves.` })
  @IsOptional()
  @TextLength(1, SEARCH_TEXT_MAX)
  q?: string;

  @Field(() => Int, { nullable: true, description: 'Only records of inspections of this target body.' })
  @IsOptional()
  @Min(1)
  targetId?: number;

  @Field(() => String, { nullable: true, description: 'Only records dated on or after this day (YYYY-MM-DD); each list says which day.' })
  @IsOptional()
  @IsDay()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Only records dated on or before this day (YYYY-MM-DD); not before `from`.' })
  @IsOptional()
  @IsDay()
  to?: string;
}

/** Keeps the records whose text columns (of the alias `record`) hold `q` anywhere. */
export function whereTextHas(qb: SelectQueryBuilder<ObjectLiteral>, columns: readonly string[], q: string | undefined | null): void {
  if (q === undefined || q === null) return;
  const pattern = likePattern(q.trim());
  qb.andWhere(
    new Brackets((w) => {
      for (const column of columns) w.orWhere(`record.${column} LIKE :searchText ESCAPE '!'`, { searchText: pattern });
    }),
  );
}

/** Keeps the records of inspections of the given target, through their inspection. */
export function whereInspectionTarget(qb: SelectQueryBuilder<ObjectLiteral>, targetId: number | undefined | null): void {
  if (targetId === undefined || targetId === null) return;
  qb.andWhere(
    'record.assignmentId IN (SELECT target_assignment.id FROM assignment target_assignment WHERE target_assignment.targetId = :searchTargetId)',
    {
      searchTargetId: targetId,
    },
  );
}

function checkedRange(f: { from?: string | null; to?: string | null }): void {
  if (f.from && f.to && f.to < f.from) throw badInput('to', 'input.notBefore', { day: f.from });
}

/** Keeps the records whose day column (YYYY-MM-DD) lies in `from`..`to`, both included. */
export function whereDayBetween(
  qb: SelectQueryBuilder<ObjectLiteral>,
  column: string,
  f: { from?: string | null; to?: string | null },
): void {
  checkedRange(f);
  if (f.from) qb.andWhere(`record.${column} >= :searchFrom`, { searchFrom: f.from });
  if (f.to) qb.andWhere(`record.${column} <= :searchTo`, { searchTo: f.to });
}

/** The instant (ISO-8601 UTC) at which `day` begins in the configured zone. */
export function startOfDay(day: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
  return new Date(midnightUtc - offsetMinutes(timeZone(), new Date(midnightUtc)) * 60_000).toISOString();
}

/**
 * Keeps the records whose instant column (ISO-8601 UTC) falls on a day `from`..`to` in the
 * configured zone: the days where the work happens, as every other day of the API.
 */
export function whereInstantOnDays(
  qb: SelectQueryBuilder<ObjectLiteral>,
  column: string,
  f: { from?: string | null; to?: string | null },
): void {
  checkedRange(f);
  if (f.from) qb.andWhere(`record.${column} >= :searchFrom`, { searchFrom: startOfDay(f.from) });
  if (f.to) qb.andWhere(`record.${column} < :searchBefore`, { searchBefore: startOfDay(addDays(f.to, 1)) });
}
