/**
 * The baseline: PostGraphile 5 (amber preset) over the bench's scratch database, served by grafserv's
 * node:http adapter with a pool of 20 connections like the API. It compiles each nested query into one
 * SQL statement (or a few, one per batch of a relation it plans apart). Run as a child process by the
 * bench (DATABASE_URL, PORT); GraphQL at /graphql.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!databaseUrl || !Number.isInteger(port)) {
  console.error('postgraphile-server needs DATABASE_URL and PORT');
  process.exit(1);
}

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({ connectionString: databaseUrl, schemas: ['public'], poolConfig: { max: 20 } }),
  ],
  // As in production: no GraphiQL, no plan explanations in the responses, no watching the schema.
  // GET only so that the bench can see it is ready (`{ __typename }`); the workloads POST.
  grafserv: { graphiql: false, watch: false, graphqlOverGET: true },
  grafast: { explain: false },
});
const server = createServer();
await pgl.createServ(grafserv).addTo(server);
server.listen(port, '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
