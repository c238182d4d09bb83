// Partners read the schema, not our code (DESIGN.md §4): every type, field, argument, input
// field and enum value of the API must carry a description. Built from the type-graphql classes
// (the same buildApiSchema as the server), so a field added without one fails here, by name.
import {
  isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isScalarType,
  isSpecifiedScalarType, isUnionType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../../api/src/schema.js';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
/** Repeating the name (or nothing but punctuation) does not count as a description. */
function described(name: string, d: string | null | undefined): boolean {
  if (!d) return false;
  const text = d.trim();
  if (text.length < 3) return false;
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return plain(text) !== plain(name);
}

/** Every schema element without a useful description, as `kind Type.member(arg)`. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const types = Object.values(schema.getTypeMap()) as GraphQLNamedType[];
  for (const t of types) {
    if (isIntrospectionType(t) || (isScalarType(t) && isSpecifiedScalarType(t))) continue;
    if (!ROOTS.has(t.name) && !described(t.name, t.description)) missing.push(`type ${t.name}`);
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields())) {
        if (!described(f.name, f.description)) missing.push(`field ${t.name}.${f.name}`);
        for (const a of f.args) if (!described(a.name, a.description)) missing.push(`argument ${t.name}.${f.name}(${a.name})`);
      }
    } else if (isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) if (!described(f.name, f.description)) missing.push(`input field ${t.name}.${f.name}`);
    } else if (isEnumType(t)) {
      for (const v of t.getValues()) if (!described(v.name, v.description)) missing.push(`enum value ${t.name}.${v.name}`);
    } else if (isUnionType(t)) {
      // members are object types, checked on their own
    }
  }
  return missing.sort();
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

describe('schema descriptions', () => {
  it('every type, field, argument, input field and enum value of the API is described', () => {
    const missing = undescribed(schema);
    expect(missing, `add a description (type-graphql decorator option or registerEnumType valuesConfig) to:\n${missing.join('\n')}`).toEqual([]);
  });

  it('the check itself notices a missing description', () => {
    // A sanity check on the walker: the built-in String scalar is skipped, but our own schema
    // has every kind of element, so the walker visits fields, arguments, inputs and enum values.
    const kinds = { field: 0, argument: 0, input: 0, enum: 0 };
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__')) continue;
      if (isObjectType(t)) for (const f of Object.values(t.getFields())) { kinds.field++; kinds.argument += f.args.length; }
      if (isInputObjectType(t)) kinds.input += Object.keys(t.getFields()).length;
      if (isEnumType(t)) kinds.enum += t.getValues().length;
    }
    expect(Math.min(...Object.values(kinds))).toBeGreaterThan(10);
    expect(described('createdAt', 'createdAt')).toBe(false);
    expect(described('id', 'The ticket’s id.')).toBe(true);
  });
});
