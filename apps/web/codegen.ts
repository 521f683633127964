import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in the web app, from the API's committed schema. Two outputs, so the first
// route's bundle carries only the shell's and the agenda's documents (src/gql-shell/), and every other
// page's documents load with the pages (src/gql/). `pnpm test` fails when either is stale.
const shell = [
  'src/app/**/*.{ts,tsx}',
  'src/modules/agenda/**/*.{ts,tsx}',
  'src/modules/workshop/WorkshopsPage.tsx',
];
const config = {
  presetConfig: { fragmentMasking: false },
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
};
const codegen: CodegenConfig = {
  schema: '../api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql-shell/': { preset: 'client', documents: shell, ...config },
    'src/gql/': {
      preset: 'client',
      documents: [
        'src/**/*.{ts,tsx}',
        ...shell.map((glob) => `!${glob}`),
        '!src/gql/**',
        '!src/gql-shell/**',
      ],
      ...config,
    },
  },
};
export default codegen;
