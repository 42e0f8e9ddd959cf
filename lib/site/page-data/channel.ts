/**
 * The one channel from the page's world to the content script: a DOM event with a
 * private name on the window, carrying JSON text (strings cross between worlds in Chrome
 * and Firefox alike, objects do not). The page script starts at document_start and the
 * content script later, so the page side keeps the latest figures of each endpoint and
 * sends them again when the content script says hello.
 * Whatever arrives here is untrusted (a page may send the same event): see check.ts.
 */
import type { PageDataMessage } from './types';

export const PAGE_DATA_EVENT = 'shop-pulse:page-data';
export const PAGE_DATA_HELLO = 'shop-pulse:page-data:hello';
/** Longest message text accepted (a message carries at most a few hundred days). */
export const MAX_MESSAGE_CHARS = 200_000;

export type ChannelWorld = {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
  CustomEvent: typeof CustomEvent;
  JSON: JSON;
};

/** Page side: a function that sends figures now and again on every hello. */
export function pageDataSender(win: ChannelWorld): (msg: PageDataMessage) => void {
  const apply = Reflect.apply;
  const { dispatchEvent } = win;
  const Custom = win.CustomEvent;
  const stringify = win.JSON.stringify;
  const latest = new Map<string, string>();
  const setLatest = Map.prototype.set;
  const send = (text: string) => apply(dispatchEvent, win, [new Custom(PAGE_DATA_EVENT, { detail: text })]);
  win.addEventListener(PAGE_DATA_HELLO, () => {
    try {
      for (const text of latest.values()) send(text);
    } catch {
      /* nothing the page could see */
    }
  });
  return (msg) => {
    const text = apply(stringify, win.JSON, [msg]) as string;
    apply(setLatest, latest, [msg.figures.endpoint, text]);
    send(text);
  };
}

/** Content-script side: `onMessage` gets each message as parsed JSON (unchecked) and its text; returns stop. */
export function listenForPageData(win: ChannelWorld, onMessage: (raw: unknown, text: string) => void): () => void {
  const listener = (event: Event) => {
    const text: unknown = (event as CustomEvent).detail;
    if (typeof text !== 'string' || text.length > MAX_MESSAGE_CHARS) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    onMessage(raw, text);
  };
  win.addEventListener(PAGE_DATA_EVENT, listener);
  win.dispatchEvent(new win.CustomEvent(PAGE_DATA_HELLO));
  return () => win.removeEventListener(PAGE_DATA_EVENT, listener);
}
