import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormOptions } from '../src/db/orm.config.js';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database, or a copy of `template` (PostgreSQL copies it file by file: fast). */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await admin(serverUrl, (client) =>
    client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`),
  );
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}

/** Migrates a database and, when asked, loads the demo cycle through the seeds workspace's DemoSeeder. */
export async function prepareDatabase(url: string, options: { seed: boolean }): Promise<void> {
  const orm = await MikroORM.init(ormOptions(url, 2));
  try {
    await orm.migrator.up();
    if (options.seed) await orm.seeder.seedString('DemoSeeder');
  } finally {
    await orm.close();
  }
}
