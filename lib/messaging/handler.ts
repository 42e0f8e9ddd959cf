/**
 * The one place every incoming message is checked: shape (zod, strict) and sender.
 * Content-script messages are accepted only from tabs on Seller Center hosts;
 * everything else only from our own extension pages.
 */
import { CONTENT_MESSAGE_TYPES, MessageSchema, type Message, type Reply } from './protocol';
import { isKnownHost } from '../hosts';

/** The parts of `runtime.MessageSender` we trust, after checking them. */
export type Sender = { id?: string; url?: string; tab?: { id?: number; url?: string } };

export type SenderRole = 'content' | 'page';

export type Routes = {
  [T in Message['type']]: (msg: Extract<Message, { type: T }>, sender: Sender) => Promise<unknown>;
};

/** Who sent this, or null when it is nobody we talk to. */
export function senderRole(sender: Sender, ownId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'page';
  if (!sender.tab) return null;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' && isKnownHost(url.hostname) ? 'content' : null;
  } catch {
    return null;
  }
}

export function createMessageHandler(
  routes: Routes,
  ctx: { ownId: string; extensionOrigin: string; onRejected?: (why: string) => void },
) {
  const reject = (error: string): Reply<never> => {
    ctx.onRejected?.(error);
    return { ok: false, error };
  };
  return async (raw: unknown, sender: Sender): Promise<Reply<unknown>> => {
    const role = senderRole(sender, ctx.ownId, ctx.extensionOrigin);
    if (!role) return reject('unknown sender');
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return reject('malformed message');
    const msg = parsed.data;
    const fromContent = CONTENT_MESSAGE_TYPES.has(msg.type);
    if (fromContent !== (role === 'content')) return reject(`${msg.type} is not allowed from ${role}`);
    try {
      const route = routes[msg.type] as (m: Message, s: Sender) => Promise<unknown>;
      return { ok: true, data: await route(msg, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
