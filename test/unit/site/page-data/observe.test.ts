// The page-world observer on a stand-in window: the page gets exactly what it would get
// without Shop Pulse (same promise outcome, bytes, status, headers, events; wrapped
// functions that look native), and only wanted same-origin responses of a sane size are seen.
import { describe, expect, it } from 'vitest';
import { observeResponses, type ObserveWorld } from '../../../../lib/site/page-data/observe';

const ORIGIN = 'https://seller-us.tiktok.com';
const LISTED = `${ORIGIN}/api/v1/account/ahr/score`;
const BODY = JSON.stringify({ code: 0, message: 'success', data: { score: 185 } });

type Reply = { status?: number; body?: string; headers?: Record<string, string>; url?: string; stream?: boolean };
type Seen = { url: string; method: string; body: unknown };

const pause = (ms = 20) => new Promise((r) => setTimeout(r, ms));

function responseFor(url: string, reply: Reply): Response {
  const body = reply.body ?? BODY;
  const init = { status: reply.status ?? 200, headers: reply.headers ?? { 'content-type': 'application/json' } };
  // A streamed body has no length the observer can know up front.
  const source = reply.stream
    ? new ReadableStream({
        start(c) {
          const bytes = new TextEncoder().encode(body);
          for (let i = 0; i < bytes.length; i += 65_536) c.enqueue(bytes.slice(i, i + 65_536));
          c.close();
        },
      })
    : body;
  const response = new Response(source, init);
  Object.defineProperty(response, 'url', { value: reply.url ?? url });
  return response;
}

/** A stand-in XMLHttpRequest that answers from `replies` on send. */
function fakeXhrClass(replies: Map<string, Reply>) {
  return class FakeXHR extends EventTarget {
    status = 0;
    responseURL = '';
    responseType: XMLHttpRequestResponseType = '';
    responseText = '';
    response: unknown = null;
    onload: ((e: Event) => void) | null = null;
    private url = '';
    open(_method: string, url: string) {
      this.url = new URL(url, ORIGIN).href;
    }
    send() {
      const reply = replies.get(this.url) ?? { status: 404, body: 'not found' };
      setTimeout(() => {
        this.status = reply.status ?? 200;
        this.responseURL = this.url;
        const text = reply.body ?? BODY;
        this.responseText = this.responseType === 'json' ? '' : text;
        this.response = this.responseType === 'json' ? JSON.parse(text) : text;
        const e = new Event('load');
        this.onload?.(e);
        this.dispatchEvent(e);
      }, 1);
    }
    getResponseHeader(name: string) {
      return (replies.get(this.url)?.headers ?? {})[name.toLowerCase()] ?? null;
    }
  };
}

function setup(replies: Record<string, Reply> = { [LISTED]: {} }, opts: { maxBytes?: number; seenThrows?: boolean } = {}) {
  const map = new Map(Object.entries(replies));
  const calls: string[] = [];
  const returned: Array<Promise<Response>> = [];
  const answer = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN).href;
    calls.push(url);
    if (url.endsWith('/offline')) throw new TypeError('Failed to fetch');
    return responseFor(url, map.get(url) ?? { status: 404, body: 'not found' });
  };
  const fetchImpl = function fetch(input: RequestInfo | URL, _init?: RequestInit): Promise<Response> {
    const p = answer(input);
    returned.push(p);
    return p;
  };
  const XHR = fakeXhrClass(map);
  const originals = { fetch: fetchImpl, open: XHR.prototype.open, send: XHR.prototype.send, toString: Function.prototype.toString };
  const world = {
    fetch: fetchImpl,
    XMLHttpRequest: XHR,
    Response,
    Request,
    URL,
    TextDecoder,
    JSON,
    location: { origin: ORIGIN, href: `${ORIGIN}/health-center` },
    setTimeout,
    EventTarget,
    Function: { prototype: { toString: Function.prototype.toString } },
  } as unknown as ObserveWorld;
  const seen: Seen[] = [];
  observeResponses(world, {
    wanted: (url, method) => url.pathname.startsWith('/api/') && (method === 'GET' || method === 'POST'),
    seen: (url, method, body) => {
      if (opts.seenThrows) throw new Error('observer bug');
      seen.push({ url: url.href, method, body });
    },
    ...(opts.maxBytes !== undefined && { maxBytes: opts.maxBytes }),
  });
  return { world, seen, calls, returned, originals, XHR: world.XMLHttpRequest as unknown as ReturnType<typeof fakeXhrClass> };
}

describe('observeResponses: fetch', () => {
  it('sees a listed response and the page still gets every byte, its status and headers', async () => {
    const { world, seen, calls } = setup({ [LISTED]: { headers: { 'content-type': 'application/json', 'x-tt-logid': 'abc' } } });
    const res = await world.fetch('/api/v1/account/ahr/score');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tt-logid')).toBe('abc');
    expect(await res.text()).toBe(BODY);
    await pause();
    expect(seen).toEqual([{ url: LISTED, method: 'GET', body: JSON.parse(BODY) }]);
    expect(calls).toEqual([LISTED]); // the observer asked for nothing itself
  });

  it('hands back the browser\'s own promise for anything else, untouched', async () => {
    const { world, seen, returned } = setup({ [`${ORIGIN}/static/app.json`]: {} });
    const p = world.fetch(`${ORIGIN}/static/app.json`);
    expect(p).toBe(returned[0]);
    expect(await (await p).text()).toBe(BODY);
    await pause();
    expect(seen).toEqual([]);
  });

  it('reads the method from init or from a Request, without calling a getter', async () => {
    const { world, seen } = setup();
    const location = world.location as { href: string };
    await world.fetch(LISTED, { method: 'post', body: '{}' });
    location.href += '?tab=2'; // another page each time: the same body is news there
    await world.fetch(new Request(LISTED, { method: 'POST', body: '{}' }));
    location.href += '&tab=3';
    let asked = 0;
    const sneaky = Object.defineProperty({}, 'method', { get: () => (asked++, 'POST'), enumerable: true });
    await world.fetch(LISTED, sneaky);
    await pause();
    expect(seen.map((s) => s.method)).toEqual(['POST', 'POST', 'GET']);
    expect(asked).toBe(0);
  });

  it('does not parse the same body from the same endpoint on the same page again', async () => {
    const { world, seen } = setup();
    await world.fetch(LISTED);
    await world.fetch(LISTED);
    await pause();
    expect(seen).toHaveLength(1);
    (world.location as { href: string }).href = `${ORIGIN}/homepage`; // the SPA moved on: the page there gets it too
    await world.fetch(LISTED);
    await pause();
    expect(seen).toHaveLength(2);
  });

  it('passes failures through as they were', async () => {
    const { world } = setup();
    await expect(world.fetch(`${ORIGIN}/api/offline`)).rejects.toThrow('Failed to fetch');
  });

  it.each([
    ['an error status', { status: 500 }],
    ['a declared length over the cap', { headers: { 'content-length': '3000000' } }],
    ['a streamed body over the cap', { body: JSON.stringify({ code: 0, data: { score: 1, pad: 'x'.repeat(300_000) } }), stream: true }],
    ['a redirect to another origin', { url: 'https://evil.example/api/v1/account/ahr/score' }],
  ])('does not read %s, and the page still gets its body', async (_name, reply: Reply) => {
    const { world, seen } = setup({ [LISTED]: reply }, { maxBytes: 200_000 });
    const res = await world.fetch(LISTED);
    expect(await res.text()).toBe(reply.body ?? BODY);
    await pause();
    expect(seen).toEqual([]);
  });

  it('ignores another origin even on a listed path', async () => {
    const { world, seen } = setup({ 'https://evil.example/api/v1/account/ahr/score': {} });
    await world.fetch('https://evil.example/api/v1/account/ahr/score');
    await pause();
    expect(seen).toEqual([]);
  });

  it('keeps its own failures away from the page', async () => {
    const { world } = setup({ [LISTED]: { body: '{not json' } }, { seenThrows: true });
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    try {
      expect(await (await world.fetch(LISTED)).text()).toBe('{not json');
      await pause(50);
    } finally {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    }
    expect(errors).toEqual([]);
  });
});

describe('observeResponses: XMLHttpRequest', () => {
  const load = (xhr: XMLHttpRequest) => new Promise<void>((resolve) => xhr.addEventListener('load', () => resolve()));

  it('sees a listed text response after the page has had it', async () => {
    const { XHR, seen } = setup();
    const xhr = new XHR() as unknown as XMLHttpRequest;
    let pageSaw = '';
    xhr.onload = () => (pageSaw = xhr.responseText);
    xhr.open('GET', '/api/v1/account/ahr/score');
    xhr.send();
    await load(xhr);
    expect(pageSaw).toBe(BODY);
    expect(seen).toEqual([]); // not yet: the page's handlers run first
    await pause();
    expect(seen).toEqual([{ url: LISTED, method: 'GET', body: JSON.parse(BODY) }]);
  });

  it("reads a JSON response's object without changing it", async () => {
    const { XHR, seen } = setup();
    const xhr = new XHR() as unknown as XMLHttpRequest;
    xhr.responseType = 'json';
    xhr.open('POST', LISTED);
    xhr.send('{}');
    await load(xhr);
    await pause();
    expect(seen).toEqual([{ url: LISTED, method: 'POST', body: JSON.parse(BODY) }]);
    expect(xhr.response).toEqual(JSON.parse(BODY));
  });

  it('skips other URLs, oversized text and error statuses', async () => {
    const big = JSON.stringify({ code: 0, data: { score: 1, pad: 'x'.repeat(300_000) } });
    const { XHR, seen } = setup({ [`${ORIGIN}/static/x`]: {}, [LISTED]: { body: big }, [`${ORIGIN}/api/err`]: { status: 503 } }, { maxBytes: 200_000 });
    for (const url of [`${ORIGIN}/static/x`, LISTED, `${ORIGIN}/api/err`]) {
      const xhr = new XHR() as unknown as XMLHttpRequest;
      xhr.open('GET', url);
      xhr.send();
      await load(xhr);
    }
    await pause();
    expect(seen).toEqual([]);
  });
});

describe('observeResponses: invisible wrappers', () => {
  it('keeps name, length and source text of fetch, open and send, and of toString itself', () => {
    const { world, originals, XHR } = setup();
    const toString = world.Function.prototype.toString as (this: unknown) => string;
    const pairs: Array<[unknown, (...a: never[]) => unknown]> = [
      [world.fetch, originals.fetch],
      [XHR.prototype.open, originals.open],
      [XHR.prototype.send, originals.send],
      [toString, originals.toString],
    ];
    for (const [wrapped, original] of pairs) {
      expect(wrapped).not.toBe(original);
      const w = wrapped as (...a: never[]) => unknown;
      expect(w.name).toBe(original.name);
      expect(w.length).toBe(original.length);
      expect(toString.call(w)).toBe(originals.toString.call(original));
    }
    // Everything else still gets the browser's own answer, errors included.
    expect(toString.call(setup)).toBe(originals.toString.call(setup));
    expect(() => toString.call({})).toThrow(TypeError);
  });
});
