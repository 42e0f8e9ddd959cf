// @vitest-environment node
// The house lint rules that keep page and stored text from becoming markup or code,
// and the extension off the network, hold in every folder that ships.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse');
}

const SHIPPED = ['lib/site/x.ts', 'lib/history/x.ts', 'components/X.tsx', 'entrypoints/popup/X.tsx', 'entrypoints/background.ts'];

const BANNED: Array<[string, string]> = [
  ['innerHTML', 'export function f(el: HTMLElement, t: string) { el.innerHTML = t; }'],
  ['innerHTML +=', 'export function f(el: HTMLElement, t: string) { el.innerHTML += t; }'],
  ['outerHTML', 'export function f(el: HTMLElement, t: string) { el.outerHTML = t; }'],
  ['insertAdjacentHTML', "export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML('beforeend', t); }"],
  ['createContextualFragment', 'export function f(r: Range, t: string) { return r.createContextualFragment(t); }'],
  ['DOMParser', "export function f(t: string) { return new DOMParser().parseFromString(t, 'text/html'); }"],
  ['document.write', 'export function f(t: string) { document.write(t); }'],
  ['srcdoc property', 'export function f(el: HTMLIFrameElement, t: string) { el.srcdoc = t; }'],
  ['srcdoc attribute', "export function f(el: HTMLElement, t: string) { el.setAttribute('srcdoc', t); }"],
  ['on* attribute', "export function f(el: HTMLElement, t: string) { el.setAttribute('onclick', t); }"],
  ['eval', 'export function f(t: string) { return eval(t); }'],
  ['new Function', "export function f(t: string) { return new Function('x', t); }"],
  ['Function()', 'export function f(t: string) { return Function(t); }'],
  ['setTimeout with a string', "export function f() { setTimeout('alert(1)', 10); }"],
  ['setInterval with a template', 'export function f(t: string) { globalThis.setInterval(`go(${t})`, 10); }'],
  ['fetch', "export function f() { return fetch('https://example.com'); }"],
  ['XMLHttpRequest', 'export function f() { return new XMLHttpRequest(); }'],
  ['WebSocket', "export function f() { return new WebSocket('wss://example.com'); }"],
  ['sendBeacon', "export function f() { return navigator.sendBeacon('https://example.com'); }"],
];

describe('lint: no markup, code or requests from data', () => {
  it.each(SHIPPED.flatMap((file) => BANNED.map(([name, code]) => [name, file, code] as const)))(
    '%s is an error in %s',
    async (_name, file, code) => {
      expect(await errors(code, file)).not.toEqual([]);
    },
    20_000,
  );

  it('flags dangerouslySetInnerHTML and srcDoc in JSX', async () => {
    for (const attr of ['dangerouslySetInnerHTML={{ __html: t }}', 'srcDoc={t}']) {
      expect(await errors(`export const X = ({ t }: { t: string }) => <iframe ${attr} />;`, 'components/X.tsx')).not.toEqual([]);
    }
  });

  it('allows the safe forms', async () => {
    const ok = [
      'export function f(el: HTMLElement, t: string) { el.textContent = t; setTimeout(() => el.remove(), 10); }',
      "export function f(el: HTMLElement, t: string) { el.setAttribute('title', t); }",
    ];
    for (const code of ok) for (const file of SHIPPED) expect(await errors(code, file)).toEqual([]);
  });

  it('still bans eval in tests, which may build fixture DOMs from HTML', async () => {
    expect(await errors('export function f(t: string) { return eval(t); }', 'test/unit/x.test.ts')).not.toEqual([]);
    expect(await errors('export function f(el: HTMLElement, t: string) { el.innerHTML = t; }', 'test/unit/x.test.ts')).toEqual([]);
  });
});
