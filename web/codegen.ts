import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the composed supergraph: `npm run typecheck` runs `graphql-codegen --check`, so an
 * operation the schema no longer answers (or a generated file left stale) fails the build, and tsc then checks
 * every use of the generated types.
 */
const config: CodegenConfig = {
  schema: '../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
