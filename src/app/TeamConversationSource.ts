/**
 * Outlook's conversations and Sent Items, read through Graph with the connected team's sign-in.
 * This wrapper is in the pane's first JavaScript and stays small: the Graph client and the mail
 * adapter (graphMailSource) load with import() on the first read, which happens only once a team
 * is connected. It asks for its token each time, so a sign-in made after the pane opened works
 * without a reload.
 */
import { graphScopes } from '../adapters/auth/graphScopes';
import type { AccessTokenSource } from '../adapters/auth/AccessTokenSource';
import type { DeltaLinkStore } from '../adapters/graph/GraphConversationSource';
import { ConversationUnavailableError } from '../domain/ConversationUnavailableError';
import type { AttachmentContent, ConversationSource } from '../domain/conversationPorts';
import type { Attachment, MailBody, ReadItem } from '../domain/ports';
import type { TeamGraphAccess } from './TeamMailSender';

export class TeamConversationSource implements ConversationSource {
  private loaded: { tokens: AccessTokenSource; baseUrl: string; source: Promise<ConversationSource> } | null = null;

  constructor(
    private readonly access: () => Promise<TeamGraphAccess | null>,
    private readonly deltaLinks: DeltaLinkStore,
  ) {}

  private async connected(): Promise<TeamGraphAccess> {
    const access = await this.access();
    if (!access?.tokens.configured) {
      throw new ConversationUnavailableError('not-connected', 'Connect the team store and sign in to read the whole conversation.');
    }
    return access;
  }

  private async source(): Promise<ConversationSource> {
    const { baseUrl, tokens } = await this.connected();
    if (this.loaded?.tokens !== tokens || this.loaded.baseUrl !== baseUrl) {
      // A chunk that failed to load (offline) is tried again on the next read, not remembered.
      const source = this.load(baseUrl, tokens).catch((e: unknown) => {
        this.loaded = null;
        throw e;
      });
      this.loaded = { tokens, baseUrl, source };
    }
    return this.loaded.source;
  }

  private async load(baseUrl: string, tokens: AccessTokenSource): Promise<ConversationSource> {
    const { graphMailSource } = await import('./graphMailSource');
    return graphMailSource(baseUrl, tokens, this.deltaLinks);
  }

  async messagesOf(conversationId: string): Promise<ReadItem[]> {
    return (await this.source()).messagesOf(conversationId);
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    return (await this.source()).getBody(item);
  }

  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<AttachmentContent> {
    const source = await this.source();
    if (!source.getAttachmentContent) throw new ConversationUnavailableError('not-connected', 'This mailbox cannot read attachments.');
    return source.getAttachmentContent(item, attachment);
  }

  async sentItemChanges(since?: string): Promise<ReadItem[]> {
    return (await this.source()).sentItemChanges(since);
  }

  async markLogged(item: ReadItem): Promise<void> {
    return (await this.source()).markLogged(item);
  }

  async unmarkLogged(internetMessageId: string): Promise<void> {
    return (await this.source()).unmarkLogged(internetMessageId);
  }

  /** Asks for reading and categorising mail in one sign-in, so neither asks again in the background. */
  async signIn(): Promise<void> {
    const { tokens } = await this.connected();
    await tokens.getToken([...graphScopes.mailRead, ...graphScopes.mailWrite], { interactive: true });
  }
}
