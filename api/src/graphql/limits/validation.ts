// graphql-js validation, run by us AFTER the query limits (Apollo's own validation is switched
// off in server.ts): validating is the slow part of an oversized document (500 copies of one
// field ≈ 100 ms, all pairs compared), so it must come after the cheap measurement refuses it.
// Once per document: the result is kept beside it.
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

export function createValidator(schema: GraphQLSchema, hideSuggestions: boolean) {
  const results = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return (document: DocumentNode): readonly GraphQLError[] => {
    let errors = results.get(document);
    if (!errors) {
      errors = validate(schema, document).map(
        (e) =>
          new GraphQLError(hideSuggestions ? e.message.replace(/ ?Did you mean(.+?)\?$/, '') : e.message, {
            nodes: e.nodes,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      );
      results.set(document, errors);
    }
    return errors;
  };
}
