import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL response marked `cache-control: no-store` (they are per viewer and often confidential),
 * without Apollo's default cache-control plugin: the API gives no cache hints, and that plugin wraps
 * every field's resolver to compute them, a quarter of the CPU of a results page with its sheets.
 */
export function uncacheableResponses(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
