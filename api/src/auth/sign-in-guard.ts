import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { DomainError } from '../errors.js';

/** Consecutive wrong passwords an account allows before it is locked for a while. */
export const MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT = 5;
/** Wrong passwords one address may send in the window, across accounts (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;
/** Failures an address may have (a shared office) before its sign-ins are slowed too. */
const ADDRESS_FAILURES_BEFORE_DELAY = 10;
/** The longest a sign-in is held back before the lock-out takes over. */
const LONGEST_DELAY_MS = 8000;

/**
 * How long to hold a sign-in back after `failures` recent failures: nothing at first, then one unit,
 * doubling each time, at most LONGEST_DELAY_MS. Guessing slows down long before the lock-out.
 */
export function signInDelayMs(failures: number, unitMs: number): number {
  if (failures <= 0) return 0;
  return Math.min(unitMs * 2 ** (failures - 1), LONGEST_DELAY_MS);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Repeated failed sign-ins are slowed, then lock the account, and the address they come from, for a
 * while. Counters live in Redis when configured, so that every API instance enforces the same limits;
 * in memory otherwise.
 */
export class SignInGuard {
  private constructor(
    private readonly byAccount: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
    private readonly delayUnitMs: number,
  ) {}

  static create({ redis, delayUnitMs }: { redis?: Redis; delayUnitMs: number }): SignInGuard {
    const limiter = (keyPrefix: string, points: number) => {
      const options = { keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
      if (!redis) return new RateLimiterMemory(options);
      // While Redis is unreachable each instance counts on its own rather than letting sign-ins hang.
      return new RateLimiterRedis({
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
        ...options,
      });
    };
    return new SignInGuard(
      limiter('sign-in-fail-account', MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT),
      limiter('sign-in-fail-address', MAX_FAILURES_PER_ADDRESS),
      delayUnitMs,
    );
  }

  /**
   * Refuses with RATE_LIMITED, saying when to try again, while the account or the address is locked;
   * otherwise holds the attempt back by the recent failures, before the password is even checked, so
   * that a right and a wrong guess take the same time.
   */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, origin] = await Promise.all([this.byAccount.get(email), this.byAddress.get(address)]);
    const wait = Math.max(
      lockedFor(account, MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT),
      lockedFor(origin, MAX_FAILURES_PER_ADDRESS),
    );
    if (wait > 0) {
      const retryAfterSeconds = Math.ceil(wait / 1000);
      throw new DomainError(
        'RATE_LIMITED',
        {
          en: `Too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
          zh: `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`,
        },
        { retryAfterSeconds },
      );
    }
    const failures = Math.max(
      account?.consumedPoints ?? 0,
      (origin?.consumedPoints ?? 0) - ADDRESS_FAILURES_BEFORE_DELAY,
    );
    await sleep(signInDelayMs(failures, this.delayUnitMs));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([consume(this.byAccount, email), consume(this.byAddress, address)]);
  }

  /** A correct password ends the account's run of failures (the address keeps its count). */
  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}

function lockedFor(state: RateLimiterRes | null, limit: number): number {
  return state && state.consumedPoints >= limit ? state.msBeforeNext : 0;
}

/** Counts a failure; going over the limit rejects, which here only means "now locked". */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.consume(key).catch(() => undefined);
}
