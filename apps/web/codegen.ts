import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in the web app, from the API's committed schema. `pnpm test` fails when
// src/gql/ is stale (scripts/codegen-check.mjs).
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};
export default config;
