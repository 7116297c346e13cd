/** Fails when schema/schema.graphql differs from the schema the resolvers define (CI's drift check). */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { printSchemaContract } from './graphql/print-schema-contract.js';
import { buildApiSchema } from './graphql/schema.js';

const target = resolve(import.meta.dirname, '../../schema/schema.graphql');
const printed = printSchemaContract(await buildApiSchema(createPubSub()));
if (readFileSync(target, 'utf8') !== printed) {
  console.error(`${target} is stale: run \`npm run print-schema -w @award/api\` and commit it.`);
  process.exit(1);
}
console.log('schema/schema.graphql is current');
