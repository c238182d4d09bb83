// GraphQL Code Generator: schema.graphql + the operations written in web/src
// (with the generated `graphql()` function) -> typed documents in web/src/gql.
//
//   npm run codegen
//
// The output contains no timestamps or absolute paths, so running it twice gives
// byte-identical files and CI can fail when web/src/gql is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: './schema.graphql',
  documents: ['web/src/**/*.{ts,vue}', 'web/widget/**/*.ts', '!web/src/gql/**'],
  // Fail loudly when the glob matches nothing instead of emitting an empty module.
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive plain data; no useFragment() unmasking needed.
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        useTypeImports: true,
        // Custom scalars arrive as JSON values.
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        // Enums as string unions: no runtime code, nothing to import beyond types.
        enumsAsTypes: true,
        // `./graphql.js`-style relative imports: the generated files also type-check
        // under the root tsconfig (NodeNext), which sees them through test/web.
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
