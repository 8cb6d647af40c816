/**
 * The names of the bodies a summary's groups are keyed by (TARGET, TEAM), so that a chart can say
 * "青川省人民政府" where the key says "9". Only the ids the summary itself gave are named, and only
 * by name: a summary counts under the caller's rules, so the name adds nothing but the label of a
 * body the caller was already told about (a receiving department or a liaison may not read the
 * inspected body as a record, yet must see whom its counts are about).
 */
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Body } from '../body/body.entity';
import { Summary } from '../summary/summary.types';

/** The dimensions whose keys are body ids. */
const BODY_DIMENSIONS = new Set(['TARGET', 'TEAM']);

@ObjectType({ description: "The name of a body a summary's groups are keyed by." })
export class KeyedBodyName {
  @Field(() => Int, { description: 'The body, as its id appears in the group keys.' })
  id!: number;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its English name, where it has one.' })
  nameEn!: string | null;
}

@Resolver(() => Summary)
export class SummaryNamesResolver {
  @FieldResolver(() => [KeyedBodyName], {
    description:
      'The names of the bodies the groups are keyed by (for the dimensions TARGET and TEAM), one per body; empty when no key is a body.',
  })
  async bodyNames(@Ctx() ctx: RequestContext, @Root() summary: Summary): Promise<KeyedBodyName[]> {
    const positions = summary.dimensions.flatMap((d, i) => (BODY_DIMENSIONS.has(d) ? [i] : []));
    const ids = [
      ...new Set(summary.groups.flatMap((g) => positions.map((i) => Number(g.key[i])).filter((id) => Number.isInteger(id) && id > 0))),
    ];
    if (ids.length === 0) return [];
    const bodies = await ctx.db.manager
      .createQueryBuilder(Body, 'b')
      .select(['b.id', 'b.name', 'b.nameEn'])
      .where('b.id IN (:...ids)', { ids })
      .orderBy('b.id')
      .getMany();
    return bodies.map((b) => ({ id: b.id, name: b.name, nameEn: b.nameEn || null }));
  }
}
