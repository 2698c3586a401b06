/**
 * The Graph side of TeamConversationSource, loaded with import() on the first read of the mailbox:
 * the Graph client and mail adapter, each call asking for its own scopes without a window.
 */
import type { AccessTokenSource } from '../adapters/auth/AccessTokenSource';
import { AuthError } from '../adapters/auth/AuthError';
import { graphScopes } from '../adapters/auth/graphScopes';
import { GraphClient } from '../adapters/graph/GraphClient';
import { GraphConversationSource, type DeltaLinkStore } from '../adapters/graph/GraphConversationSource';
import { ConversationUnavailableError } from '../domain/ConversationUnavailableError';
import type { ConversationSource } from '../domain/conversationPorts';

/** Background reads never open a sign-in window: a token that needs the user becomes 'sign-in-needed'. */
async function silentToken(tokens: AccessTokenSource, scopes: readonly string[]): Promise<string> {
  try {
    return await tokens.getToken(scopes, { interactive: false });
  } catch (e) {
    if (e instanceof AuthError && (e.reason === 'interaction-required' || e.reason === 'not-configured')) {
      throw new ConversationUnavailableError('sign-in-needed', 'Sign in to read the whole conversation.', { cause: e });
    }
    throw e;
  }
}

/** Reads with Mail.Read, category changes with Mail.ReadWrite. */
export function graphMailSource(baseUrl: string, tokens: AccessTokenSource, deltaLinks: DeltaLinkStore): ConversationSource {
  const client = (scopes: readonly string[]) => new GraphClient({ baseUrl, token: () => silentToken(tokens, scopes) });
  return new GraphConversationSource(client(graphScopes.mailRead), client(graphScopes.mailWrite), deltaLinks);
}
