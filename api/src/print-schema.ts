/** Prints the schema the resolvers define to schema/schema.graphql (the contract with the client). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { printSchemaContract } from './graphql/print-schema-contract.js';
import { buildApiSchema } from './graphql/schema.js';

const target = resolve(import.meta.dirname, '../../schema/schema.graphql');
writeFileSync(target, printSchemaContract(await buildApiSchema(createPubSub())));
console.log(`wrote ${target}`);
