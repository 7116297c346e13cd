import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { canonicalJson } from '../audit/canonical-json.js';
import type { RequestContext } from '../context.js';
import { type Bilingual, languageOf } from '../i18n/text.js';

const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
/**
 * Mutations never kept with their caller: a vote stored beside its voter, even hashed (three possible
 * choices), would undo the secret ballot; a vote's retry meets the "already voted" refusal instead.
 */
const SECRET_MUTATIONS = new Set(['castVote']);
/**
 * A running request touches its claim this often; a claim left untouched for STALE_CLAIM_SECONDS was
 * left by an instance that died mid-request (a crash, a kill), and its retry may take it over: the
 * dead request's transaction was rolled back with its connection (api/drills/api-kill.ts).
 */
const CLAIM_HEARTBEAT_MS = 2000;
const STALE_CLAIM_SECONDS = 6;

interface Stored {
  request_sha256: string;
  response: unknown;
}

/** An answer given without running the operation: the kept one, or a refusal. */
function answer(body: Record<string, unknown>, isReplay: boolean) {
  const headers = new HeaderMap(isReplay ? [['idempotent-replay', 'true']] : []);
  return { http: { status: 200, headers }, body: { kind: 'single' as const, singleResult: body } };
}

/** A refusal in the request's language (Accept-Language), as every other refusal. */
const refusal = (request: GraphQLRequestContext<RequestContext>, message: Bilingual, rule: string) =>
  answer(
    {
      errors: [
        {
          message: message[languageOf(request.request.http?.headers.get('accept-language'))],
          extensions: { code: rule === 'IDEMPOTENCY_KEY' ? 'BAD_USER_INPUT' : 'CONFLICT', rule },
        },
      ],
    },
    false,
  );

/**
 * Idempotency-Key for mutations (draft saves, submissions, votes, …): the first request with a key runs
 * and its successful answer is kept; a retry with the same key and the same operation gets that answer
 * without running again; the same key for another operation is refused; a retry while the first still
 * runs is refused with CONFLICT (IN_PROGRESS), to be tried again. A failed request keeps nothing, so
 * its retry runs. Keys are per account and kept a day.
 */
export function idempotencyPlugin(orm: MikroORM): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let claimId: string | undefined;
      let heartbeat: NodeJS.Timeout | undefined;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          const key = request.request.http?.headers.get('idempotency-key');
          const viewer = request.contextValue.viewer;
          if (!key || request.operation?.operation !== 'mutation' || !viewer) return null;
          const roots = request.operation.selectionSet.selections.flatMap((selection) =>
            selection.kind === 'Field' ? [selection.name.value] : [],
          );
          if (roots.some((root) => SECRET_MUTATIONS.has(root))) return null;
          if (!KEY.test(key))
            return refusal(
              request,
              {
                en: 'Idempotency-Key: 8 to 100 letters, digits or _.:-',
                zh: 'Idempotency-Key 应为 8 至 100 个字母、数字或 _.:- 字符',
              },
              'IDEMPOTENCY_KEY',
            );
          const sha = createHash('sha256')
            .update(canonicalJson({ query: request.source, variables: request.request.variables ?? {} }))
            .digest('hex');
          const em = orm.em.fork();
          await em.execute(
            `delete from idempotent_request where user_id = ? and created_at < now() - interval '1 day'`,
            [viewer.userId],
          );
          const [claimed] = await em.execute<{ id: string }[]>(
            `insert into idempotent_request (id, user_id, key, request_sha256) values (gen_random_uuid(), ?, ?, ?)
             on conflict (user_id, key) do update set request_sha256 = excluded.request_sha256, created_at = now()
               where idempotent_request.response is null
                 and idempotent_request.request_sha256 = excluded.request_sha256
                 and idempotent_request.created_at < now() - make_interval(secs => ?)
             returning id`,
            [viewer.userId, key, sha, STALE_CLAIM_SECONDS],
          );
          if (claimed) {
            claimId = claimed.id;
            heartbeat = setInterval(() => {
              // A missed beat (the database briefly away) only lets the claim age.
              em.execute('update idempotent_request set created_at = now() where id = ?', [claimed.id]).catch(
                () => {},
              );
            }, CLAIM_HEARTBEAT_MS);
            heartbeat.unref();
            return null;
          }
          const [stored] = await em.execute<Stored[]>(
            'select request_sha256, response from idempotent_request where user_id = ? and key = ?',
            [viewer.userId, key],
          );
          if (stored.request_sha256 !== sha) {
            return refusal(
              request,
              {
                en: 'This Idempotency-Key was used for another request.',
                zh: '此 Idempotency-Key 已用于另一请求。',
              },
              'IDEMPOTENCY_KEY_REUSED',
            );
          }
          if (stored.response == null) {
            return refusal(
              request,
              {
                en: 'The first request with this Idempotency-Key is still running; try again.',
                zh: '使用此 Idempotency-Key 的首次请求仍在处理中，请稍后重试。',
              },
              'IN_PROGRESS',
            );
          }
          return answer(stored.response as Record<string, unknown>, true);
        },
        async willSendResponse(request) {
          clearInterval(heartbeat);
          if (!claimId) return;
          const em = orm.em.fork();
          const body = request.response.body;
          const result = body.kind === 'single' ? body.singleResult : undefined;
          if (!result || result.errors?.length) {
            await em.execute('delete from idempotent_request where id = ?', [claimId]);
          } else {
            await em.execute('update idempotent_request set response = ? where id = ?', [
              JSON.stringify({ data: result.data }),
              claimId,
            ]);
          }
        },
      };
    },
  };
}
