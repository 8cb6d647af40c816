import { Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SortType } from '../../graphql/list';

@InputType({ description: 'One of your own sessions.' })
export class EndSessionInput {
  @Field(() => Int, { description: 'The session, as mySessions lists it.' })
  @Min(1)
  id!: number;
}

export enum SessionSortField {
  CREATED_AT = 'createdAt',
  EXPIRES_AT = 'expiresAt',
  ENDED_AT = 'endedAt',
}
export const SessionSort = SortType(SessionSortField, 'Session');
