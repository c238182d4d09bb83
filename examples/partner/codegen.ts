// GraphQL Code Generator for the partner example: the API's published schema (schema.graphql at
// the repository root) + the operations in examples/partner/src -> typed documents in
// examples/partner/gql. Run from the repository root:
//
//   npm run codegen:partner
//
// In your own project, point `schema` at your copy of schema.graphql (or at
// https://<your-host>/graphql with an API key: introspection is on for keys).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: './schema.graphql',
  documents: ['examples/partner/src/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'examples/partner/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        // Documents as plain strings (TypedDocumentString): send them with fetch or graphql-ws
        // as they are, no GraphQL library needed at run time.
        documentMode: 'string',
        useTypeImports: true,
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
