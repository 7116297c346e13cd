import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AuditEvent } from './audit-event.entity.js';
import { canonicalJson } from './canonical-json.js';

/** Advisory lock key that keeps the chainer alone, across API instances. */
const AUDIT_CHAIN_LOCK = 4_240_2025;
const BATCH = 5000;

/** The hash of a row: its content, as stored, and the hash of the row before it in the chain. */
function auditHash(previousHash: string | null, event: AuditEvent): string {
  const content = canonicalJson([
    event.at,
    event.actor?.id ?? null,
    event.action,
    event.entityType,
    event.entityId,
    event.before ?? null,
    event.after ?? null,
  ]);
  return createHash('sha256')
    .update(`${previousHash ?? ''}\n${content}`)
    .digest('hex');
}

/**
 * Chains up to a batch of the committed rows not chained yet, in the order of their ids, after the
 * chain's last row: each gets the next place, the previous row's hash and its own. Returns how many,
 * or undefined when another chainer holds the lock and `wait` is false.
 */
async function chainBatch(em: EntityManager, wait: boolean): Promise<number | undefined> {
  return em.fork().transactional(async (tx) => {
    if (wait) await tx.execute('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
    else {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(?) as locked',
        [AUDIT_CHAIN_LOCK],
      );
      if (!locked) return undefined;
    }
    const pending = await tx.find(
      AuditEvent,
      { chainPosition: null },
      { orderBy: { id: 'asc' }, limit: BATCH, disableIdentityMap: true },
    );
    if (pending.length === 0) return 0;
    const [last] = await tx.find(
      AuditEvent,
      { chainPosition: { $ne: null } },
      { orderBy: { chainPosition: 'desc' }, limit: 1, fields: ['hash', 'chainPosition'] },
    );
    let previousHash = last?.hash ?? null;
    let position = BigInt(last?.chainPosition ?? 0);
    const links = pending.map((event) => {
      const hash = auditHash(previousHash, event);
      const link = { id: event.id, position: String(++position), previous: previousHash, hash };
      previousHash = hash;
      return link;
    });
    await tx.execute(
      `update audit_event set chain_position = x.position, previous_hash = x.previous, hash = x.hash
       from json_to_recordset(?::json) as x(id bigint, position bigint, previous text, hash text)
       where audit_event.id = x.id`,
      [JSON.stringify(links)],
    );
    return pending.length;
  });
}

/**
 * Chains every row committed so far. With `wait`, after any chainer at work (to check the whole chain);
 * without, it leaves the work to the chainer that holds the lock.
 */
export async function chainAuditTrail(em: EntityManager, { wait = false } = {}): Promise<number> {
  let chained = 0;
  for (;;) {
    const batch = await chainBatch(em, wait);
    chained += batch ?? 0;
    if (batch === undefined || batch < BATCH) return chained;
  }
}

export interface AuditChainCheck {
  isIntact: boolean;
  checkedCount: number;
  /** the first row whose hash or link does not match, if any */
  firstBrokenId: string | null;
}

/**
 * Chains what has committed, then recomputes every hash in chain order: an edited, removed or
 * inserted row breaks the chain from there on.
 */
export async function verifyAuditChain(em: EntityManager, batchSize = 5000): Promise<AuditChainCheck> {
  await chainAuditTrail(em, { wait: true });
  let previousHash: string | null = null;
  let checkedCount = 0;
  let afterPosition = '0';
  for (;;) {
    const rows = await em.find(
      AuditEvent,
      { chainPosition: { $gt: afterPosition } },
      { orderBy: { chainPosition: 'asc' }, limit: batchSize, disableIdentityMap: true },
    );
    for (const row of rows) {
      if (row.previousHash !== previousHash || row.hash !== auditHash(previousHash, row)) {
        return { isIntact: false, checkedCount, firstBrokenId: row.id };
      }
      previousHash = row.hash ?? null;
      checkedCount++;
      afterPosition = row.chainPosition as string;
    }
    if (rows.length < batchSize) return { isIntact: true, checkedCount, firstBrokenId: null };
  }
}

/** Chains the trail every `intervalMs` in the background, until stopped. */
export function startAuditChainer(orm: MikroORM, log: Logger, intervalMs = 1000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let isBusy = false;
  const tick = () => {
    if (isBusy) return;
    isBusy = true;
    running = chainAuditTrail(orm.em.fork())
      .catch((error) => log.warn({ err: error }, 'audit chaining failed; retrying'))
      .finally(() => {
        isBusy = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
