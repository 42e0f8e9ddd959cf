/**
 * The passive observer in the page's world: wraps the page's `fetch` and
 * `XMLHttpRequest` so that responses to the listed endpoints are seen. It never starts a
 * request, never reads a body the page would miss (a fetch response is cloned before the
 * page gets it; an XHR's text is read after the browser has it), and changes nothing the
 * page can see: same promise outcome, status, headers and events; requests to anything
 * else go straight through untouched. Work on a body waits for a later task, so the page's
 * own handlers run first. Nothing thrown in here reaches the page.
 */
import { disguiser, type DisguiseWorld } from './disguise';

/** Bodies larger than this are not read (the listed responses are a few KB). */
export const MAX_BODY_BYTES = 2_000_000;

type PageWindow = Window & typeof globalThis;

/** The part of a window the observer needs (the page's window, or a test's stand-in). */
export type ObserveWorld = DisguiseWorld &
  Pick<PageWindow, 'fetch' | 'XMLHttpRequest' | 'Response' | 'Request' | 'URL' | 'TextDecoder' | 'JSON' | 'location' | 'setTimeout'> & {
    EventTarget: { prototype: { addEventListener: EventTarget['addEventListener'] } };
  };

export type ObserveOptions = {
  /** Is a response from this URL, asked for with this method, one to read? */
  wanted: (url: URL, method: string) => boolean;
  /** Called in a later task with a wanted response's parsed JSON body. */
  seen: (url: URL, method: string, body: unknown) => void;
  maxBytes?: number;
};

export function observeResponses(win: ObserveWorld, opts: ObserveOptions): void {
  const { wanted, seen } = opts;
  const maxBytes = opts.maxBytes ?? MAX_BODY_BYTES;
  // Built-ins as they were before the page's scripts ran.
  const apply = Reflect.apply;
  const getOwn = Object.getOwnPropertyDescriptor;
  const { Response: PageResponse, Request: PageRequest, URL: PageURL, TextDecoder: Decoder } = win;
  const parse = win.JSON.parse;
  const later = win.setTimeout;
  const then = Promise.prototype.then;
  const addListener = win.EventTarget.prototype.addEventListener;
  const wrap = disguiser(win);

  const quietly = (fn: () => void) => {
    try {
      fn();
    } catch {
      /* the page must never see our failures */
    }
  };
  const inLaterTask = (fn: () => void) => apply(later, win, [() => quietly(fn), 0]);
  const parsed = (text: string): unknown => apply(parse, win.JSON, [text]);
  // The same body from the same endpoint on the same page says nothing new: not parsed again.
  const last = new Map<string, { href: string; text: string }>();
  const seeText = (url: URL, method: string, text: string) => {
    const key = `${method} ${url.pathname}`;
    const href = win.location.href;
    const before = last.get(key);
    if (before && before.href === href && before.text === text) return;
    last.set(key, { href, text });
    inLaterTask(() => seen(url, method, parsed(text)));
  };

  /** A same-origin URL the observer wants, or undefined. */
  const wantedUrl = (raw: unknown, method: string): URL | undefined => {
    let href: string;
    if (typeof raw === 'string') href = raw;
    else if (raw instanceof PageURL) href = raw.href;
    else if (raw instanceof PageRequest) href = raw.url;
    else return undefined; // other objects would run page code to become a URL
    const url = new PageURL(href, win.location.href);
    return url.origin === win.location.origin && wanted(url, method) ? url : undefined;
  };

  // ── fetch ────────────────────────────────────────────────────────────────
  /** The request's method, read without running page code (a getter on `init` is not called). */
  const methodOf = (args: unknown[]): string => {
    const init = args[1];
    const own = typeof init === 'object' && init !== null ? getOwn(init, 'method') : undefined;
    if (own && typeof own.value === 'string') return own.value.toUpperCase();
    return args[0] instanceof PageRequest ? args[0].method.toUpperCase() : 'GET';
  };

  /** The body text, or undefined when it is larger than maxBytes (then the copy is dropped unread). */
  const textOf = async (copy: Response): Promise<string | undefined> => {
    if (!copy.body) return '';
    const reader = copy.body.getReader();
    const decoder = new Decoder();
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  };

  const seeResponse = (response: unknown, method: string) => {
    if (!(response instanceof PageResponse) || response.status < 200 || response.status > 299) return;
    const url = wantedUrl(response.url, method); // after redirects: still ours?
    if (!url) return;
    if (Number(response.headers.get('content-length')) > maxBytes) return;
    const copy = response.clone(); // now, before the page can read its own
    textOf(copy).then(
      (text) => {
        if (text !== undefined) quietly(() => seeText(url, method, text));
      },
      () => undefined,
    );
  };

  win.fetch = wrap(win.fetch, {
    apply(target, self, args: unknown[]) {
      const pending = apply(target, self, args) as Promise<Response>; // throws exactly as the browser's
      let method: string | undefined;
      try {
        method = methodOf(args);
        if (!wantedUrl(args[0], method)) return pending; // not ours: the browser's own promise
      } catch {
        return pending;
      }
      // The page's promise settles as the browser's does, one reaction later, after the copy is taken.
      return apply(then, pending, [
        (response: Response) => {
          quietly(() => seeResponse(response, method));
          return response;
        },
      ]) as Promise<Response>;
    },
  });

  // ── XMLHttpRequest ───────────────────────────────────────────────────────
  const proto = win.XMLHttpRequest.prototype;
  const methods = new WeakMap<object, string>();
  const listening = new WeakSet<object>();

  const onLoad = (event: Event) =>
    quietly(() => {
      const xhr = event.currentTarget as XMLHttpRequest;
      const method = methods.get(xhr);
      if (!method || xhr.status < 200 || xhr.status > 299) return;
      const url = wantedUrl(xhr.responseURL, method);
      if (!url) return;
      const type = xhr.responseType;
      if (type === '' || type === 'text') {
        const text = xhr.responseText;
        if (text.length <= maxBytes) seeText(url, method, text);
      } else if (type === 'json' && !(Number(xhr.getResponseHeader('content-length')) > maxBytes)) {
        const body: unknown = xhr.response; // the browser's parsed object: read, never changed
        inLaterTask(() => seen(url, method, body));
      }
    });

  proto.open = wrap(proto.open, {
    apply(target, xhr: object, args: unknown[]) {
      const result = apply(target, xhr, args); // throws exactly as the browser's
      quietly(() => {
        const method = typeof args[0] === 'string' ? args[0].toUpperCase() : undefined;
        if (method && wantedUrl(args[1], method)) methods.set(xhr, method);
        else methods.delete(xhr);
      });
      return result;
    },
  });

  proto.send = wrap(proto.send, {
    apply(target, xhr: object, args: unknown[]) {
      quietly(() => {
        if (!methods.has(xhr) || listening.has(xhr)) return;
        listening.add(xhr);
        apply(addListener, xhr, ['load', onLoad]);
      });
      return apply(target, xhr, args);
    },
  });
}
