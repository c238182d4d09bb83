import { Field, InputType, registerEnumType } from 'type-graphql';
import { Availability, Role } from './user.entity.js';

export enum UserOrder {
  DISPLAY_NAME_ASC = 'DISPLAY_NAME_ASC',
  EMAIL_ASC = 'EMAIL_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(UserOrder, { name: 'UserOrder', description: 'Sort order of a user list.' });

@InputType('UserFilter', { description: 'Narrow a user list; all given conditions must hold.' })
export class UserFilter {
  @Field(() => [Role], { nullable: true, description: 'Any of these roles.' })
  roles?: Role[];
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) users.' })
  active?: boolean;
  @Field(() => String, { nullable: true, description: 'Exact team name.' })
  team?: string;
  @Field(() => [Availability], { nullable: true, description: 'Any of these availabilities.' })
  availability?: Availability[];
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or e-mail.' })
  search?: string;
}
