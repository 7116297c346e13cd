import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file, so `graphql-codegen --config schema/codegen.ts` works from any folder.
const here = dirname(fileURLToPath(import.meta.url));
const fromHere = (path: string) => join(here, path);

const config: CodegenConfig = {
  schema: fromHere('./schema.graphql'),
  documents: [fromHere('../client/src/**/*.{ts,tsx}')],
  generates: {
    [fromHere('./generated/')]: {
      preset: 'client',
      presetConfig: {
        // Components receive plain typed fragments; Apollo's own cache does the rest.
        fragmentMasking: false,
      },
      config: {
        // Runtime objects for enums, so the client lists filter options from the schema, not by hand.
        enumType: 'const',
        useTypeImports: true,
        // Instants travel as ISO 8601 strings (UTC); screens format them in the cycle's time zone.
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        strictScalars: true,
      },
    },
  },
};

export default config;
