import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The checked-in contract: sorted, so the file changes only when the schema does. */
export function printSchemaContract(schema: GraphQLSchema): string {
  return `# Printed from the API by \`npm run print-schema -w @award/api\`; do not edit.\n\n${printSchema(
    lexicographicSortSchema(schema),
  )}\n`;
}
