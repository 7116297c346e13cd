import { randomUUID } from 'node:crypto';
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import type { WebSocket } from 'ws';
import type { RequestContext } from '../context.js';

type Event = object;

/**
 * graphql-js executes a subscription's selection for every subscriber and event, and graphql-ws
 * serialises every message on its own: a thousand consoles watching one cycle would cost a thousand
 * executions and a thousand serialisations of the same snapshot. Here the subscribers of one operation
 * (same document, variables and roles: what the answer depends on) share both, per event: the first
 * to get it executes it and serialises its data once; each message then carries a token, which the
 * socket's send replaces by those bytes. Each subscriber's own subscribe still runs (authorization,
 * its first snapshot), so only identical work is shared.
 */
export class SharedSubscriptions {
  readonly #executions = new WeakMap<Event, Map<string, Promise<ExecutionResult>>>();
  readonly #tokens = new WeakMap<object, string>();
  readonly #bytes = new Map<string, { data: Buffer; messages: Map<string, Buffer> }>();
  // A shared result's bytes go when the result does.
  readonly #release = new FinalizationRegistry<string>((token) => this.#bytes.delete(token));
  readonly #prefix = `shared-result:${randomUUID()}:`;
  #count = 0;

  /** graphql-ws's `subscribe`: the subscriber's own source stream, its events executed once per operation. */
  readonly subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const key = operationKey(args);
    const iterator = source[Symbol.asyncIterator]();
    const map = (event: unknown) =>
      typeof event === 'object' && event !== null
        ? this.#executionOf(event, key, args)
        : execute({ ...args, rootValue: event });
    const done = { value: undefined, done: true } as const;
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const next = await iterator.next();
        return next.done ? done : { value: await map(next.value), done: false };
      },
      async return() {
        await iterator.return?.();
        return done;
      },
      async throw(error: unknown) {
        await iterator.throw?.(error);
        return done;
      },
      [Symbol.asyncIterator]: () => mapped,
    };
    return mapped;
  };

  /** graphql-ws's `jsonMessageReplacer`: a shared result's data becomes its token. */
  readonly replacer = (key: string, value: unknown): unknown =>
    key === 'data' && typeof value === 'object' && value !== null
      ? (this.#tokens.get(value) ?? value)
      : value;

  /** Makes the socket's send put each token's bytes in its place (as a text frame, as graphql-ws sends). */
  spliceInto(socket: WebSocket): void {
    const send = socket.send.bind(socket);
    socket.send = ((data: unknown, ...rest: unknown[]) => {
      const callback = rest.find((argument) => typeof argument === 'function') as
        | ((error?: Error) => void)
        | undefined;
      const spliced = typeof data === 'string' ? this.#splice(data) : undefined;
      if (spliced) return send(spliced, { binary: false }, callback);
      return (send as (...args: unknown[]) => void)(data, ...rest);
    }) as WebSocket['send'];
  }

  #executionOf(event: Event, key: string, args: ExecutionArgs): Promise<ExecutionResult> {
    const byOperation = this.#executions.get(event) ?? new Map<string, Promise<ExecutionResult>>();
    this.#executions.set(event, byOperation);
    let execution = byOperation.get(key);
    if (!execution) {
      execution = Promise.resolve(execute({ ...args, rootValue: event })).then((result) => {
        if (result.data && !result.errors) this.#share(result.data);
        return result;
      });
      byOperation.set(key, execution);
    }
    return execution;
  }

  #share(data: object): void {
    const token = `${this.#prefix}${++this.#count}`;
    this.#tokens.set(data, token);
    this.#bytes.set(token, { data: Buffer.from(JSON.stringify(data)), messages: new Map() });
    this.#release.register(data, token);
  }

  /** The message with its token's bytes in place; the same for every subscriber with the same id. */
  #splice(message: string): Buffer | undefined {
    const start = message.indexOf(`"${this.#prefix}`);
    if (start < 0) return undefined;
    const end = message.indexOf('"', start + 1);
    const shared = this.#bytes.get(message.slice(start + 1, end));
    if (!shared) return undefined;
    let spliced = shared.messages.get(message);
    if (!spliced) {
      spliced = Buffer.concat([
        Buffer.from(message.slice(0, start)),
        shared.data,
        Buffer.from(message.slice(end + 1)),
      ]);
      shared.messages.set(message, spliced);
    }
    return spliced;
  }
}

/** What a subscription's answer to an event depends on: the operation and the subscriber's roles. */
function operationKey(args: ExecutionArgs): string {
  const roles = [...((args.contextValue as RequestContext).viewer?.roles ?? [])].sort();
  return JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}, roles]);
}
