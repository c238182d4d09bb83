import { Field, InputType, registerEnumType } from 'type-graphql';

export enum ContactOrder {
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(ContactOrder, {
  name: 'ContactOrder',
  description: 'Sort order of a contact list (newest first by default).',
  valuesConfig: {
    CREATED_AT_DESC: { description: 'Newest first (the default).' },
    CREATED_AT_ASC: { description: 'Oldest first.' },
  },
});

@InputType('ContactFilter', { description: 'Narrow a contact list; all given conditions must hold.' })
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or the e-mail.' })
  search?: string | null;
  @Field(() => String, { nullable: true, description: 'This exact e-mail address (case-insensitive).' })
  email?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only VIP (true) or only non-VIP (false) contacts.' })
  vip?: boolean | null;
}
