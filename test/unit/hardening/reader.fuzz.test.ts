// The label reader on hostile versions of the Seller-Center-shaped fixtures: children
// shuffled, text truncated, hostile figures next to real labels, subtrees nested 500
// deep, 1 MB text nodes. readPage never throws; every metric it returns is in range,
// and its reading always passes the message schema the worker checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, MetricsSchema, isMetricKey, isValidMetricValue } from '../../../lib/metrics';
import { CapturedReadingSchema } from '../../../lib/messaging/protocol';
import { readPage } from '../../../lib/site';
import { loadFixtures, parseHtml } from '../site/load';
import { caseCounter, runs, timeFor } from './fuzz';

const FIXTURES = loadFixtures();
const LABELS = ['Shop Performance Score', 'On-time delivery rate', 'GMV', 'Orders', 'Visitors', '成交金额', 'Account Health Rating', 'Violation points', 'Eligible orders in the past 90 days', 'Conversion rate'];
const FIGURES = ['9.99', '5.01', '-3', '250%', '101%', '1e400', '1,001', '49', '49/48', '1001/1000', '12/31', 'NaN', '∞', '$-5', '9'.repeat(400), '1.2.3', '0', '--', '3.62', '0,3%', '183,13K'];

type Mutation =
  | { kind: 'shuffle' | 'remove' | 'duplicate' | 'nest' | 'big'; at: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'text'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('shuffle' as const, 'remove' as const, 'duplicate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 12 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...FIGURES)).map(([l, f]) => `${l} ${f}`),
        fc.constantFrom(...FIGURES),
        fc.string({ maxLength: 40 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('big' as const), at: fc.nat() }) },
);

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function mutate(doc: Document, m: Mutation): void {
  const elements = Array.from(doc.body.querySelectorAll('*'));
  const el = elements[m.at % Math.max(1, elements.length)] ?? doc.body;
  switch (m.kind) {
    case 'shuffle':
      el.replaceChildren(...shuffle(Array.from(el.childNodes), m.at));
      break;
    case 'remove':
      if (el !== doc.body) el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'truncate':
      for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) node.textContent = (node.textContent ?? '').slice(0, m.keep);
      break;
    case 'text':
      el.append(doc.createTextNode(m.text));
      break;
    case 'nest': {
      let inner: Element = doc.createElement('div');
      const outer = inner;
      for (let i = 1; i < 500; i++) {
        const d = doc.createElement(i % 2 ? 'span' : 'div');
        inner.append(d);
        inner = d;
      }
      inner.append(...Array.from(el.childNodes));
      el.append(outer);
      break;
    }
    case 'big':
      el.append(doc.createTextNode(`${'Shop Performance Score 4.2 '.repeat(40)}${'9'.repeat(1024 * 1024)}`));
      break;
  }
}

describe('hardening: readPage on mutated fixtures', () => {
  const counter = caseCounter('reader');
  const n = runs('reader');
  it(`never throws and never returns a value outside its metric's range (${n} cases)`, { timeout: timeFor(n, 250) }, () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, mutations) => {
        counter.tried++;
        const fixture = FIXTURES[i]!;
        const doc = parseHtml(fixture.html);
        for (const m of mutations) mutate(doc, m);
        let reading;
        try {
          reading = readPage(doc, fixture.url);
        } finally {
          doc.documentElement.replaceChildren(); // happy-dom keeps parsed documents alive: drop the 1 MB texts now
        }
        for (const [k, v] of Object.entries(reading.metrics)) {
          expect(isMetricKey(k), k).toBe(true);
          if (v !== null) expect(isMetricKey(k) && isValidMetricValue(k, v), `${k}=${v}`).toBe(true);
        }
        expect(MetricsSchema.safeParse(reading.metrics).success).toBe(true);
        expect(reading.missing.every((k) => METRIC_KEYS.includes(k))).toBe(true);
        const sent = CapturedReadingSchema.safeParse({ ...reading, path: new URL(fixture.url).pathname });
        expect(sent.success, JSON.stringify(sent.error?.issues)).toBe(true);
      }),
      { numRuns: n },
    );
  });
});
