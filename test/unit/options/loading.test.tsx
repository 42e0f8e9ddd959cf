import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../lib/messaging/client';
import { button, fakeBackground, mount, text, unmount, waitFor } from './harness';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn() }));

describe('options page: loading', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.mocked(send).mockReset();
  });
  afterEach(() => unmount(root));

  it('says it is loading until the preferences arrive, then shows every section', async () => {
    let answer: (v: unknown) => void = () => {};
    const bg = fakeBackground();
    vi.mocked(send).mockImplementation((msg) => (msg.type === 'prefs/get' ? new Promise((r) => (answer = r)) : (bg.handle(msg) as Promise<never>)));
    root = mount();
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…'));
    expect(root.querySelector('section')).toBeNull();
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'prefs/get' }));

    answer(await bg.handle({ type: 'prefs/get' }));
    await waitFor(() => expect(root.querySelectorAll('section').length).toBe(8));
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Who you are', 'Thresholds and margins', 'Programs', 'Notifications', 'Your data', 'Page data checks', 'Language', 'Privacy']);
    expect(text(root)).toContain('and the figures those pages fetch for themselves, keeps everything in this browser, and sends nothing anywhere');
    await waitFor(() => expect(text(root)).toContain('42 readings from 2 shops'));
  });

  it('shows what went wrong and loads again on "Try again"', async () => {
    const bg = fakeBackground();
    vi.mocked(send).mockRejectedValueOnce(new Error('Shop Pulse did not answer; reload the extension.'));
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    const alert = await waitFor(() => {
      const el = root.querySelector('[role="alert"]');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(alert.textContent).toContain('did not answer');
    expect(alert.textContent).toContain('Reload this page');
    button(root, 'Try again').click();
    await waitFor(() => expect(root.querySelectorAll('section').length).toBe(8));
  });
});
