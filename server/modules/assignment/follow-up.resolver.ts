import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Assignment } from './assignment.entity';
import { EarlierFinding, earlierFindingsOf, earlierRectificationOf, RectificationProgress } from './follow-up';

/** What a follow-up inspection (回头看) shows of the inspection it returns to; see follow-up.ts for who sees what. */
@Resolver(() => Assignment)
export class FollowUpResolver {
  @FieldResolver(() => Assignment, {
    nullable: true,
    description: 'The earlier inspection this one follows up (回头看); null when it follows none up or that one is outside your scope.',
  })
  followsUp(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Assignment | null> | null {
    return a.followsUpId === null ? null : ctx.loaders.byId(Assignment).load(a.followsUpId);
  }

  @FieldResolver(() => [EarlierFinding], {
    description:
      "The findings of the earlier inspection this one follows up, oldest first, each with its rectification items' progress: those you may read, or, on the follow-up's team, recall through it. Empty when it follows none up.",
  })
  earlierFindings(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<EarlierFinding[]> | EarlierFinding[] {
    if (a.followsUpId === null) return [];
    return ctx.loaders
      .custom(
        'earlierFindings',
        () =>
          new DataLoader<number, EarlierFinding[]>(async (ids) => {
            const found = await earlierFindingsOf(ctx, ids);
            return ids.map((id) => found.get(id) ?? []);
          }),
      )
      .load(a.id);
  }

  @FieldResolver(() => RectificationProgress, {
    nullable: true,
    description:
      "How far all the rectification items of the earlier inspection this one follows up went, with or without a finding: those you may read or, on the follow-up's team, recall. Null when it follows none up.",
  })
  earlierRectification(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<RectificationProgress | null> | null {
    if (a.followsUpId === null) return null;
    return ctx.loaders
      .custom(
        'earlierRectification',
        () =>
          new DataLoader<number, RectificationProgress | null>(async (ids) => {
            const found = await earlierRectificationOf(ctx, ids);
            return ids.map((id) => found.get(id) ?? null);
          }),
      )
      .load(a.id);
  }
}
