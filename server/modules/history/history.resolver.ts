import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageInput } from '../../graphql/list';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { historyOf } from './history.service';
import { HistoryPage } from './history.types';

@Resolver()
export class HistoryResolver {
  @Query(() => HistoryPage, {
    description:
      'The changes to one record, newest first: who, when, what, and each changed field before and after; protected fields are named but never their values. NOT_FOUND if the record does not exist or is outside your scope.',
  })
  history(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('subject', { description: 'The record type, as this schema names it (e.g. Body, Finding).' }) subject: string,
    @Arg('id', () => Int, { description: 'The id of the record.' }) id: number,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the newest 25 when omitted.' }) page?: PageInput,
  ): Promise<HistoryPage> {
    const type = info.schema.getType(subject);
    // The fields the record type shows: what its history may name.
    const shown = new Set(isObjectType(type) ? Object.keys(type.getFields()) : []);
    return historyOf(ctx, subject, id, page ?? new PageInput(), shown);
  }
}

/** The history of records, read from the audit trail: no table of its own, and no subject of its own. */
export const historyModule: ModuleDescriptor = { resolvers: [HistoryResolver] };
