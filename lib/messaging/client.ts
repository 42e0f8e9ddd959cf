/** Sending side: one typed call that unwraps the reply envelope. */
import { browser } from 'wxt/browser';
import type { Message, Reply } from './protocol';

export class MessageError extends Error {}

/**
 * No reply at all. The worker always answers with an envelope, so this means it was
 * stopped while handling the message (Chrome closes the port; the polyfill resolves
 * with nothing). What it was doing may or may not have happened.
 */
export class NoAnswerError extends MessageError {}

export async function send<T = unknown>(msg: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new NoAnswerError('Shop Pulse did not answer; reload the extension.');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/**
 * For the content script: MV3 stops idle workers, and a test (or Chrome) may stop one
 * mid-message. The first send then fails with "Receiving end does not exist", or gets
 * no answer at all; retry with a growing pause (~13 s in all: a worker starting on a
 * busy machine must not cost the reading). Only for messages the worker may see twice:
 * the history collapses a reading that arrives twice.
 */
export async function sendWithRetry<T = unknown>(msg: Message, attempts = 10, delayMs = 300): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await send<T>(msg);
    } catch (err) {
      const retryable = !(err instanceof MessageError) || err instanceof NoAnswerError;
      if (!retryable || i >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, delayMs * i));
    }
  }
}
