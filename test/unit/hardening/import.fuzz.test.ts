// Hostile import files: arbitrary JSON, strings, deep nesting, huge fields, wrong types,
// prototype keys, truncated files, and valid files with one record changed. The import
// never throws (only a full disk may, as HistoryError 'quota'); a file it refuses leaves
// the history exactly as it was; a file it takes stores only in-range values.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryError, openHistory, parseExportText, type History } from '../../../lib/history';
import { isMetricKey, isValidMetricValue } from '../../../lib/metrics';
import { reading, uniqueName } from '../history/helpers';
import { editedCopy, type Edit } from './edits';
import { caseCounter, runs, timeFor } from './fuzz';

const NOW = '2025-11-01T00:00:00.000Z';
let validText = '';

/** A real export of another shop's history: the base the mutations start from. */
async function makeValidFile(): Promise<string> {
  const h = await openHistory({ name: uniqueName('import-fuzz-source') });
  for (let i = 0; i < 4; i++) {
    await h.addReading(reading({ shop: { region: 'GB', shopId: '42', name: 'Other <b>Shop</b>' }, capturedAt: `2025-10-0${i + 1}T08:00:00.000Z`, metrics: { sps: 4 - i / 10, ordersLast90Days: 50 + i, onTimeDeliveryRate: 0.95 } }));
  }
  const text = JSON.stringify(await h.exportJson(NOW));
  h.close();
  return text;
}

const edited = (text: string, edit: Edit): string => JSON.stringify(editedCopy(JSON.parse(text) as unknown, edit));

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(-1, 5.01, 1001, 49, 1.5, 1e308, -0, '', 'x'.repeat(200_000), '2025-02-30', '9999-99-99T99:99:99Z', [], {}, null, true, 'US:42', '../../etc'),
);
const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'add'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'sps', 'karma'), fc.string({ maxLength: 8 })),
  value: jsonish,
});

/** The base file with fresh readings: all in range (taken), or one of them out of range (the whole file refused). */
const freshFile = fc
  .tuple(
    fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), sps: fc.double({ min: 0, max: 5, noNaN: true }), orders: fc.nat({ max: 10_000 }) }), { minLength: 1, maxLength: 5 }),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom(['sps', 5.0001], ['sps', -0.01], ['ordersLast90Days', 1.5], ['onTimeDeliveryRate', 1.01], ['ahr', 1001])), { freq: 1 }),
  )
  .map(([rows, bad]) => {
    const file = JSON.parse(validText) as { readings: Array<Record<string, unknown>> };
    const base = file.readings[0]!;
    file.readings = rows.map((r) => ({ ...base, capturedAt: `2025-09-${String(r.day).padStart(2, '0')}T07:00:00.000Z`, metrics: { sps: r.sps, ordersLast90Days: r.orders } }));
    if (bad) {
      const [i, [k, v]] = bad;
      (file.readings[i % file.readings.length]!.metrics as Record<string, unknown>)[k as string] = v;
    }
    return JSON.stringify(file);
  });

const hostileText = fc.oneof(
  { weight: 3, arbitrary: freshFile },
  { weight: 6, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(edited, validText)) },
  { weight: 1, arbitrary: fc.nat().map((n) => validText.slice(0, n % validText.length)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.record({ format: fc.constant('shop-pulse-history'), version: jsonish, exportedAt: jsonish, shops: jsonish, readings: jsonish }, { requiredKeys: ['format'] }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`) },
  { weight: 1, arbitrary: fc.constantFrom(validText.replace('"readings":[{', '"readings":[{"__proto__":{"polluted":1},'), `\uFEFF${validText}`, validText.replace('"version":1', '"version":2'), validText.replace(/"sps":[\d.]+/, '"sps":"4"'), validText.replace(/"sps":[\d.]+/, '"sps":1e400')) },
);

async function snapshot(h: History): Promise<string> {
  return JSON.stringify([await h.exportJson(NOW), (await h.stats()).readings]);
}

describe('hardening: import of hostile files', () => {
  const counter = caseCounter('import-parse');
  const dbCounter = { tried: 0, rejected: 0 };
  let history: History;
  beforeAll(async () => {
    validText = await makeValidFile();
    history = await openHistory({ name: uniqueName('import-fuzz') });
    for (let i = 0; i < 3; i++) await history.addReading(reading({ capturedAt: `2025-10-1${i}T10:00:00.000Z`, metrics: { sps: 4.6 - i / 10, ordersLast90Days: 120 + i } }));
  });
  afterAll(() => {
    console.log(`fuzz import-db: ${dbCounter.tried} cases, ${dbCounter.rejected} rejected`);
    history?.close();
  });

  it('the base file imports cleanly (the mutations start from a good file)', () => {
    expect(parseExportText(validText)).toMatchObject({ ok: true });
  });

  const nParse = runs('import-parse');
  it(`parseExportText never throws and accepts only in-range values (${nParse} cases)`, { timeout: timeFor(nParse, 5) }, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.anything()), (text) => {
        counter.tried++;
        const parsed = parseExportText(text);
        if (!parsed.ok) {
          counter.rejected++;
          expect(typeof parsed.message).toBe('string');
          return;
        }
        for (const r of parsed.file.readings) {
          for (const [k, v] of Object.entries(r.metrics)) {
            expect(isMetricKey(k), k).toBe(true);
            if (v !== null) expect(isMetricKey(k) && isValidMetricValue(k, v)).toBe(true);
          }
        }
      }),
      { numRuns: nParse },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const nDb = runs('import-db');
  it(`previewImport and importFile leave the history untouched when they refuse a file (${nDb} cases)`, { timeout: timeFor(nDb, 40) }, async () => {
    let before = await snapshot(history);
    await fc.assert(
      fc.asyncProperty(hostileText, fc.boolean(), async (text, dryRun) => {
        dbCounter.tried++;
        let result;
        try {
          result = dryRun ? await history.previewImport(text) : await history.importFile(text);
        } catch (e) {
          expect(e instanceof HistoryError && e.code === 'quota', String(e)).toBe(true);
          expect(await snapshot(history)).toBe(before);
          return;
        }
        const after = await snapshot(history);
        if (!result.ok || dryRun) {
          if (!result.ok) dbCounter.rejected++;
          expect(after).toBe(before);
          return;
        }
        // Taken: every value stored is in range; the next case compares against the new state.
        for (const r of (await history.exportJson(NOW)).readings) {
          for (const [k, v] of Object.entries(r.metrics)) if (v !== null) expect(isMetricKey(k) && isValidMetricValue(k, v)).toBe(true);
        }
        before = after;
      }),
      { numRuns: nDb },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
