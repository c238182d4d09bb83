// graphql-jit behind Apollo's gateway interface: each operation is compiled once (per parsed
// document, which Apollo caches) into a function, instead of graphql-js walking the tree and
// building argument objects for every field of every row (DESIGN.md §8, lever 5).
// Errors keep their original error, so formatError still maps domain errors to their codes.
import { getNamedType, getOperationAST, GraphQLError, isEnumType, isInputObjectType, isSpecifiedScalarType, typeFromAST, type DocumentNode, type GraphQLEnumType, type GraphQLScalarType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ErrorCode, requestError } from '../errors.js';

type Compiled = (CompiledQuery & { inputVariables: OperationDefinitionNode | null }) | { errors: readonly GraphQLError[] };

/**
 * graphql-jit does not fill in the default values of input object fields given through variables
 * (`logout(input: $i)` with `$i = { refreshToken }` fails on the missing `everywhere`, which has
 * a default). Operations whose variables include input objects are coerced by graphql-js first.
 */
function operationWithInputVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | null {
  const op = getOperationAST(document, operationName);
  const hasInput = op?.variableDefinitions?.some((v) => {
    const type = typeFromAST(schema, v.type as never);
    return !!type && isInputObjectType(getNamedType(type));
  });
  return hasInput ? op! : null;
}

/**
 * graphql-jit's errors are look-alikes without `extensions` when the cause has none, which
 * Apollo's error normaliser trips over: rebuild real GraphQLErrors that keep path, locations
 * and the original error (formatError reads it to map domain errors to codes).
 */
function rebuild(e: GraphQLError): GraphQLError {
  // Without a cause it is a request error (e.g. a variable of the wrong type), not our fault.
  const extensions = e.extensions?.code || e.originalError ? (e.extensions ?? {}) : { ...e.extensions, code: 'BAD_USER_INPUT' };
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions });
  if (e.locations) Object.defineProperty(error, 'locations', { value: e.locations, enumerable: true });
  return error;
}

/**
 * How leaf values (built-in scalars and enums) are written. Our resolvers already return them
 * in their serialized form — planner rows carry strings, numbers and booleans from SQL, and our
 * enums' values are their names — so serializing each leaf again only costs time: graphql-jit
 * allocates its error locations and path for every leaf of every row (≈ 8 % of the server's CPU
 * on a 50-row list). In production it is skipped (`disableLeafSerialization`; null checks and
 * custom scalars such as DateTime still run). Under test each such leaf is checked to be in
 * serialized form already, and one that is not is an error: the whole test suite proves the
 * production shortcut writes the same JSON. In development leaves are serialized as usual.
 */
export type LeafMode = 'trusted' | 'checked' | 'serialized';

/** Every leaf the checked mode refused in this process (the test setup fails a file that has any). */
export const leafViolations: string[] = [];

function checkedSerializers(schema: GraphQLSchema): Record<string, (v: unknown) => unknown> {
  const serializers: Record<string, (v: unknown) => unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isSpecifiedScalarType(type) && !isEnumType(type)) continue;
    const leaf = type as GraphQLScalarType | GraphQLEnumType;
    serializers[type.name] = (v) => {
      const out = leaf.serialize(v);
      if (out !== v) {
        const message = `${leaf.name} value ${JSON.stringify(v)} is not in serialized form (${JSON.stringify(out)}): production would write it unserialized`;
        leafViolations.push(message);
        throw new Error(message);
      }
      return out;
    };
  }
  return serializers;
}

export function jitGateway(schema: GraphQLSchema, leaves: LeafMode = 'checked'): GatewayInterface {
  const options =
    leaves === 'trusted'
      ? { disableLeafSerialization: true }
      : leaves === 'checked'
        ? { disableLeafSerialization: false, customSerializers: checkedSerializers(schema) }
        : { disableLeafSerialization: false };
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): Compiled => {
    let perDoc = cache.get(document);
    if (!perDoc) cache.set(document, (perDoc = new Map()));
    const key = operationName ?? '';
    let compiled = perDoc.get(key);
    if (!compiled) {
      const result = compileQuery(schema, document, operationName ?? undefined, options);
      compiled = isCompiledQuery(result)
        ? Object.assign(result, { inputVariables: operationWithInputVariables(schema, document, operationName ?? undefined) })
        : (result as Compiled);
      perDoc.set(key, compiled);
    }
    return compiled;
  };
  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const compiled = compiledFor(requestContext.document, requestContext.operationName);
          if (!isCompiledQuery(compiled)) return { errors: compiled.errors as GraphQLError[] };
          let variables = requestContext.request.variables ?? {};
          if (compiled.inputVariables) {
            const coerced = getVariableValues(schema, compiled.inputVariables.variableDefinitions ?? [], variables);
            // A variable that does not fit its type is the caller's mistake, whatever graphql-js wrapped.
            if (coerced.errors) return { errors: coerced.errors.map((e) => requestError(ErrorCode.BAD_USER_INPUT, e.message, {}, e.nodes)) } as never;
            variables = coerced.coerced;
          }
          const result = await compiled.query(undefined, requestContext.context, variables);
          return (result.errors?.length ? { ...result, errors: result.errors.map(rebuild) } : result) as never;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
