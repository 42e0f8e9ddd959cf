// The content script's sending side: a worker stopped before or during a message must
// not lose the reading; a worker that says no is not asked again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MessageError, sendWithRetry } from '../../../lib/messaging/client';
import type { Message } from '../../../lib/messaging/protocol';

const msg = { type: 'overlay/status', shop: { region: 'US', shopId: null } } as Message;

describe('sendWithRetry', () => {
  afterEach(() => void vi.restoreAllMocks());

  it('tries again when the worker is gone or stopped mid-message (no answer), until it answers', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      // The polyfill resolves with nothing when Chrome closes the port of a stopped worker.
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, data: 'stored' });
    await expect(sendWithRetry(msg, 6, 1)).resolves.toBe('stored');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after its attempts, and never repeats a message the worker refused', async () => {
    const gone = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendWithRetry(msg, 3, 1)).rejects.toThrow(/did not answer/);
    expect(gone).toHaveBeenCalledTimes(3);
    gone.mockReset();
    const refused = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'Invalid reading' });
    await expect(sendWithRetry(msg, 6, 1)).rejects.toBeInstanceOf(MessageError);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
