// In production graphql-jit writes built-in scalar and enum leaves as the resolvers return them
// (no per-leaf serialization); everywhere else each such leaf must already be in serialized form
// or the request fails — which is how the whole test suite proves production writes the same JSON.
import { describe, expect, it } from 'vitest';
import { GraphQLEnumType, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLInt, parse } from 'graphql';
import { jitGateway, leafViolations, type LeafMode } from '../../../api/src/graphql/jit-executor.js';

const Color = new GraphQLEnumType({ name: 'Color', values: { RED: { value: 'RED' }, BLUE: { value: 'b' } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      name: { type: GraphQLString, resolve: () => 'Ada' },
      count: { type: GraphQLInt, resolve: () => 3 },
      numberAsString: { type: GraphQLString, resolve: () => 42 },
      red: { type: Color, resolve: () => 'RED' },
      blue: { type: Color, resolve: () => 'b' },
    },
  }),
});

async function run(mode: LeafMode, query: string) {
  const { executor } = await jitGateway(schema, mode).load({ apollo: {} } as never);
  if (!executor) throw new Error("no executor");
  return (await executor({ document: parse(query), operationName: null, request: { variables: {} }, context: {} } as never)) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

describe('leaf values under graphql-jit', () => {
  it('writes leaves already in serialized form the same way in both modes', async () => {
    for (const mode of ['checked', 'trusted', 'serialized'] as const) expect((await run(mode, '{ name count red }')).data).toEqual({ name: 'Ada', count: 3, red: 'RED' });
  });

  it('refuses, outside production, a leaf that production would write unserialized', async () => {
    const number = await run('checked', '{ numberAsString }');
    expect(number.errors?.[0].message).toMatch(/String value 42 is not in serialized form/);
    const enumValue = await run('checked', '{ blue }');
    expect(enumValue.errors?.[0].message).toMatch(/Color value "b" is not in serialized form \("BLUE"\)/);
    // What production would have written: the raw values.
    expect((await run('trusted', '{ numberAsString blue }')).data).toEqual({ numberAsString: 42, blue: 'b' });
    // Development serializes as graphql-js would.
    expect((await run('serialized', '{ numberAsString blue }')).data).toEqual({ numberAsString: '42', blue: 'BLUE' });
    // Recorded for the per-file check in test/helpers/setup-file.ts; these two were on purpose.
    expect(leafViolations).toHaveLength(2);
    leafViolations.length = 0;
  });
});
