/** Sending side: one typed call that unwraps the reply envelope. */
import { browser } from 'wxt/browser';
import type { Message, Reply } from './protocol';

export class MessageError extends Error {}

export async function send<T = unknown>(msg: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new MessageError('Shop Pulse did not answer; reload the extension.');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/**
 * For the content script: the worker may be restarting (MV3 stops idle workers), in
 * which case the first send fails with "Receiving end does not exist". Retry a few
 * times; the history collapses a reading that arrives twice.
 */
export async function sendWithRetry<T = unknown>(msg: Message, attempts = 4, delayMs = 300): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await send<T>(msg);
    } catch (err) {
      if (err instanceof MessageError || i >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, delayMs * i));
    }
  }
}
