/**
 * Builds a large synthetic cycle for benchmarks in DATABASE_URL's database (migrating it first):
 *   DATABASE_URL=postgres://… npm run seed:synthetic -w @award/seeds -- --nominations 6000 --experts 600
 * then computes the cycle's results from the submitted sheets, as a submission would.
 * --drafts P leaves P % of the sheets as drafts (for a benchmark to submit).
 */
import { parseArgs } from 'node:util';
import { recomputeResults } from '@award/api/domain';
import { ormOptions } from '@award/api/orm';
import { MikroORM } from '@mikro-orm/postgresql';
import { generateSyntheticCycle } from './generate.js';

const { values } = parseArgs({
  options: {
    nominations: { type: 'string', default: '6000' },
    experts: { type: 'string', default: '600' },
    reviewers: { type: 'string', default: '4' },
    drafts: { type: 'string', default: '0' },
    year: { type: 'string', default: '2099' },
  },
});
const options = {
  nominations: Number(values.nominations),
  experts: Number(values.experts),
  reviewersPerNomination: Number(values.reviewers),
  year: Number(values.year),
};
for (const [name, value] of Object.entries(options)) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
}
const draftPercent = Number(values.drafts);
if (!(draftPercent >= 0 && draftPercent <= 100)) throw new Error('--drafts must be a percentage, 0 to 100');
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name the database to fill');

const orm = await MikroORM.init(ormOptions(url, 4));
try {
  await orm.migrator.up();
  const started = performance.now();
  const cycleId = await generateSyntheticCycle(orm.em.fork(), { ...options, draftShare: draftPercent / 100 });
  await orm.em.fork().transactional((em) => recomputeResults(em, cycleId));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `synthetic cycle ${options.year}: ${options.nominations} nominations, ${options.experts} experts in ${seconds}s`,
  );
} finally {
  await orm.close();
}
