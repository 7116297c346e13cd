/** CI systems set CI=true (some CI=1); `.ci/run` sets it too. */
const isCi = ['true', '1'].includes(process.env.CI ?? '');

/**
 * The rule for a suite that needs what a machine may lack (a Redis server, REDIS_URL, pg_dump of the
 * server's version): given why it is missing, or undefined when it is there, says whether to skip. On a
 * developer's machine the suite is skipped and says why; on CI it fails instead, so a CI machine that lost
 * a service cannot pass by skipping everything that needs it.
 */
export function isMissingOnThisMachine(suite: string, whyMissing: string | undefined): boolean {
  if (whyMissing === undefined) return false;
  if (isCi)
    throw new Error(`${suite}: ${whyMissing}; on CI (CI=${process.env.CI}) nothing is skipped for that`);
  console.warn(`${suite}: skipped, ${whyMissing}`);
  return true;
}

/** REDIS_URL, for the suites that run API instances over one Redis. */
export function isRedisUrlMissing(suite: string): boolean {
  return isMissingOnThisMachine(suite, process.env.REDIS_URL ? undefined : 'REDIS_URL is not set');
}
