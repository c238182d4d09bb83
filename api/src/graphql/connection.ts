// Relay connections: PageInfo, `XConnection`/`XEdge` types and the shared page arguments.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors.js';

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay PageInfo).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was asked for with `after` (a page precedes it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** `first`/`after` forward pagination; `first` is capped by MAX_PAGE_SIZE. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to the server maximum (100 by default).' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return the edges after this cursor (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;
}

export function pageSize(args: PageArgs, max: number): number {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > max) throw badInput(`\`first\` must be between 1 and ${max}`, 'first');
  return args.first;
}

export function connectionTypes<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description })
  class Connection {
    @Field(() => [Edge], { description: 'The edges of this page, in the requested order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filters across all pages (counted only when asked for).' })
    totalCount!: number;
  }
  return Connection;
}
