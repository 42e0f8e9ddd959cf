import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../lib/messaging/client';
import { choose, control, fakeBackground, mount, text, unmount, waitFor } from './harness';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn() }));

const headings = (root: HTMLElement) => [...root.querySelectorAll('h2')].map((h) => h.textContent);

describe('options page: language', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.mocked(send).mockReset();
  });
  afterEach(() => unmount(root));

  it('re-renders the whole page in the chosen language at once and saves the choice', async () => {
    const bg = fakeBackground({ language: 'en' });
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await waitFor(() => expect(headings(root)[0]).toBe('Who you are'));
    const select = control<HTMLSelectElement>(root, 'Language of Shop Pulse');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Automatic (browser language)', 'English', '简体中文', 'Deutsch', 'Polski', 'Українська']);

    choose(select, 'de');
    await waitFor(() => expect(headings(root)).toContain('Sprache'));
    expect(text(root)).not.toContain('Who you are');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    await waitFor(() => expect(bg.of('prefs/set')[0]?.change).toEqual({ language: 'de' }));

    choose(control<HTMLSelectElement>(root, 'Sprache von Shop Pulse'), 'zh_CN');
    await waitFor(() => expect(text(root)).toContain('导出'));
    await waitFor(() => expect(document.title).toBe('Shop Pulse 设置'));
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });

  it('follows the browser language when set to automatic', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['uk-UA', 'en']);
    const bg = fakeBackground({ language: 'auto' });
    vi.mocked(send).mockImplementation(bg.handle as never);
    root = mount();
    await waitFor(() => expect(root.querySelectorAll('section').length).toBe(8));
    expect(document.documentElement.lang).toBe('uk');
    expect(text(root)).toContain('Експорт');
    vi.restoreAllMocks();
  });
});
