// graphql-jit behind Apollo's gateway interface: each operation is compiled once (per parsed
// document, which Apollo caches) into a function, instead of graphql-js walking the tree and
// building argument objects for every field of every row (DESIGN.md §8, lever 5).
// Errors keep their original error, so formatError still maps domain errors to their codes.
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';

type Compiled = CompiledQuery | { errors: readonly GraphQLError[] };

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

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): Compiled => {
    let perDoc = cache.get(document);
    if (!perDoc) cache.set(document, (perDoc = new Map()));
    const key = operationName ?? '';
    let compiled = perDoc.get(key);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined, { disableLeafSerialization: false }) as Compiled;
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
          const result = await compiled.query(undefined, requestContext.context, requestContext.request.variables ?? {});
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
