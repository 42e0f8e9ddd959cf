/** Shared helpers: a fake background behind the mocked `send`, rendering and DOM lookups. */
import { render } from 'preact';
import { expect } from 'vitest';
import type { Message } from '../../../lib/messaging/protocol';
import { DEFAULT_PREFS, type Prefs } from '../../../lib/prefs/schema';
import { App } from '../../../entrypoints/options/App';

export type Handler = (msg: Message) => unknown;

/** A background that answers like lib/worker/data-routes.ts; `overrides` replace single routes. */
export function fakeBackground(initial: Partial<Prefs> = {}, overrides: Partial<Record<Message['type'], Handler>> = {}) {
  let prefs: Prefs = { ...DEFAULT_PREFS, ...initial };
  const calls: Message[] = [];
  const handle = async (msg: Message): Promise<unknown> => {
    calls.push(msg);
    const own = overrides[msg.type];
    if (own) return own(msg);
    switch (msg.type) {
      case 'prefs/get':
        return prefs;
      case 'prefs/set':
        prefs = { ...prefs, ...(msg.change as Partial<Prefs>) };
        return prefs;
      case 'history/stats':
        return { readings: 42, shops: 2, skippedInvalid: 0, lastError: null };
      case 'page-data/checks':
        return [];
      default:
        throw new Error(`unexpected ${msg.type}`);
    }
  };
  return { handle, calls, of: <T extends Message['type']>(type: T) => calls.filter((c): c is Extract<Message, { type: T }> => c.type === type) };
}

export function mount(props: { saveDelayMs?: number } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App saveDelayMs={props.saveDelayMs ?? 20} />, root);
  return root;
}

export function unmount(root: HTMLElement) {
  render(null, root);
  root.remove();
}

// Generous: CI shares two cores with the browser tests' build; a passing check returns at once.
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** The form control a label names (by `for` or by nesting); fails the test when missing. */
export function control<T extends HTMLElement = HTMLInputElement>(root: ParentNode, labelText: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(labelText));
  expect(label, `label "${labelText}"`).toBeTruthy();
  const forId = label!.getAttribute('for');
  const el = forId ? root.querySelector(`[id="${forId}"]`) : label!.querySelector('input, select, textarea');
  expect(el, `control for "${labelText}"`).toBeTruthy();
  return el as T;
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  expect(found, `button "${name}"`).toBeTruthy();
  return found!;
}

export function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(el: HTMLSelectElement | HTMLInputElement, value?: string) {
  if (value !== undefined) el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export const text = (root: HTMLElement) => root.textContent ?? '';
