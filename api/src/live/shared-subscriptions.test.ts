import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SharedSubscriptions } from './shared-subscriptions.js';

/** A schema whose subscription yields the events given, and counts how often `value` is resolved. */
function counting(events: object[]) {
  const counter = { resolved: 0 };
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: {
      value: {
        type: GraphQLString,
        resolve: (event: { value: string }) => {
          counter.resolved++;
          return event.value;
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        changes: {
          type: Event,
          subscribe: async function* () {
            yield* events;
          },
          resolve: (event: object) => event,
        },
      },
    }),
  });
  return { schema, counter };
}

const subscriber = (schema: GraphQLSchema, roles: string[]) => ({
  schema,
  document: parse('subscription { changes { value } }'),
  contextValue: { viewer: { roles } },
});

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

describe('subscribers of one operation', () => {
  it('share one execution per event, and subscribers of other roles get their own', async () => {
    const events = [{ value: 'a' }, { value: 'b' }];
    const { schema, counter } = counting(events);
    const shared = new SharedSubscriptions();
    const streams = await Promise.all(
      [['CHAIR'], ['CHAIR'], ['CHAIR'], ['SECRETARIAT']].map((roles) =>
        shared.subscribe(subscriber(schema, roles)),
      ),
    );
    const received = await Promise.all(streams.map((stream) => all(stream as AsyncIterable<unknown>)));
    for (const results of received) {
      expect(results).toEqual([{ data: { changes: { value: 'a' } } }, { data: { changes: { value: 'b' } } }]);
    }
    // Two events, two distinct operations (by role): four executions, not eight.
    expect(counter.resolved).toBe(4);
  });

  it('serialises the shared data once and sends it in each message as a text frame', async () => {
    const { schema } = counting([{ value: '评审 "quoted"' }]);
    const shared = new SharedSubscriptions();
    const [result] = await all(
      (await shared.subscribe(subscriber(schema, ['CHAIR']))) as AsyncIterable<{ data: object }>,
    );
    const sent: { data: unknown; options: unknown }[] = [];
    const socket = {
      send: (data: unknown, options: unknown) => sent.push({ data, options }),
    } as unknown as Parameters<SharedSubscriptions['spliceInto']>[0];
    shared.spliceInto(socket);
    const message = { id: '1', type: 'next', payload: { ...result } };
    socket.send(JSON.stringify(message, shared.replacer));
    expect(JSON.stringify(message, shared.replacer)).not.toContain('quoted');
    expect(sent[0].options).toEqual({ binary: false });
    expect(JSON.parse(String(sent[0].data))).toEqual(message);
  });
});
