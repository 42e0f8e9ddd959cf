import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../lib/messaging/client';
import { button, choose, control, fakeBackground, mount, text, type, unmount, waitFor } from './harness';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn() }));

const ready = (root: HTMLElement) => waitFor(() => expect(root.querySelectorAll('section').length).toBe(8));
const status = (root: HTMLElement) => root.querySelector('.save-status [role="status"]')?.textContent ?? '';

describe('options page: saving', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.mocked(send).mockReset();
  });
  afterEach(() => unmount(root));

  it('saves a changed margin once after the pause, keeping other overrides, and says "Saved"', async () => {
    const bg = fakeBackground({ rules: { audience: 'both' } });
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount({ saveDelayMs: 40 });
    await ready(root);
    const sps = control(root, 'Shop Performance Score is this close');
    expect(sps.value).toBe('0.2');
    type(sps, '0.2');
    type(sps, '0.3');
    expect(status(root)).toBe('');
    await waitFor(() => expect(status(root)).toBe('Saving…'));
    await waitFor(() => expect(status(root)).toContain('Saved'));
    expect(bg.of('prefs/set')).toEqual([{ type: 'prefs/set', change: { rules: { audience: 'both', margins: { sps: 0.3 } } } }]);
  });

  it('stores the product card share as a fraction and rejects a value out of range', async () => {
    const bg = fakeBackground();
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await ready(root);
    const share = control(root, 'product cards bring more than');
    expect(share.value).toBe('70');
    type(share, '150');
    await waitFor(() => expect(root.querySelector('#thresholds [role="alert"]')?.textContent).toBe('Enter a number from 0 to 100.'));
    expect(share.getAttribute('aria-invalid')).toBe('true');
    type(share, '55');
    await waitFor(() => expect(bg.of('prefs/set')).toHaveLength(1));
    expect(bg.of('prefs/set')[0]!.change).toEqual({ rules: { channel: { productCardShareMax: 0.55 } } });
    expect(root.querySelector('#thresholds [role="alert"]')).toBeNull();
  });

  it('turns a program off, edits an assumption and resets the section', async () => {
    const bg = fakeBackground();
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await ready(root);
    const newstar = control(root, 'Show NewStar');
    expect(newstar.getAttribute('role')).toBe('switch');
    newstar.click();
    type(control(root, 'Smart Promotion fee'), '4');
    await waitFor(() => expect(bg.of('prefs/set')).toHaveLength(1));
    expect(bg.of('prefs/set')[0]!.change).toEqual({
      rules: { programs: { newstar: { enabled: false } }, assumptions: { 'smart-promotion': { feeRate: 0.04 } } },
    });
    expect(text(root.querySelector('#programs')!)).toContain('estimate');
    button(root.querySelector('#programs')!, 'Reset to defaults').click();
    await waitFor(() => expect(bg.of('prefs/set')).toHaveLength(2));
    expect(bg.of('prefs/set')[1]!.change).toEqual({ rules: {} });
    await waitFor(() => expect(control(root, 'Show NewStar').checked).toBe(true));
    expect(control(root, 'Smart Promotion fee').value).toBe('3.5');
  });

  it('shows partner programs once the user says they are a partner', async () => {
    const bg = fakeBackground();
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await ready(root);
    expect(text(root)).not.toContain('Q4 rank-up bonus');
    control(root, 'Partner: I manage shops').click();
    await waitFor(() => expect(text(root)).toContain('Q4 rank-up bonus'));
    expect(text(root)).not.toContain('Smart Promotion');
    await waitFor(() => expect(bg.of('prefs/set')[0]?.change).toEqual({ rules: { audience: 'partner' } }));
  });

  it('saves notification switches, quiet hours and cooldown', async () => {
    const bg = fakeBackground();
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await ready(root);
    control(root, 'Sales leaning on one channel').click();
    choose(control<HTMLSelectElement>(root, 'From'), '21');
    type(control(root, 'at most every (hours)'), '12');
    await waitFor(() => expect(bg.of('prefs/set')).toHaveLength(1));
    expect(bg.of('prefs/set')[0]!.change).toEqual({
      notifications: { enabled: true, codes: { 'channel-concentration': false }, quietHours: { start: 21, end: 7 }, cooldownHours: 12 },
    });
  });

  it('says when saving failed and what to do, and retries', async () => {
    const bg = fakeBackground();
    let fail = true;
    vi.mocked(send).mockImplementation(((msg: { type: string }) =>
      msg.type === 'prefs/set' && fail ? Promise.reject(new Error('storage is full')) : bg.handle(msg as never)) as never);
    root = mount();
    await ready(root);
    control(root, 'Use quiet hours').click();
    const alert = await waitFor(() => {
      const el = root.querySelector('.save-status [role="alert"]');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(alert.textContent).toContain('Not saved: storage is full.');
    expect(alert.textContent).toContain('try again');
    fail = false;
    button(root, 'Try again').click();
    await waitFor(() => expect(status(root)).toContain('Saved'));
    expect(bg.of('prefs/set').at(-1)!.change).toMatchObject({ notifications: { quietHours: null } });
  });
});
