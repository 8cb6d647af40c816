import { Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'One of your own sessions.' })
export class EndSessionInput {
  @Field(() => Int, { description: 'The session, as mySessions lists it.' })
  @Min(1)
  id!: number;
}
