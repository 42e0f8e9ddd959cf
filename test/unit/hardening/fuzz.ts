/**
 * Fuzz budgets for the hardening tests (issue 8). At CI size the targets add up to
 * more than 10,000 cases; `FUZZ_RUNS=100000 npm run fuzz` scales every target so the
 * total is about that many. Each file counts the cases it really ran and prints them.
 */
import { afterAll } from 'vitest';

/** Cases per target at CI size. */
export const BASE_RUNS = {
  numbers: 4200,
  reader: 300,
  messages: 3500,
  'import-parse': 2000,
  'import-db': 600,
  'page-data': 3000,
} as const;
export type FuzzTarget = keyof typeof BASE_RUNS;

export const BASE_TOTAL = Object.values(BASE_RUNS).reduce((a, b) => a + b, 0);
const requested = Number(process.env.FUZZ_RUNS);
export const SCALE = Number.isFinite(requested) && requested > BASE_TOTAL ? requested / BASE_TOTAL : 1;

/**
 * Most cases one vitest process can hold per target. happy-dom keeps every parsed
 * document (and its 1 MB texts) alive: at 1,000 reader cases a 4 GB heap ran out, at ~2,800 an 8 GB one.
 */
const MAX_RUNS: Partial<Record<FuzzTarget, number>> = { reader: 500 };

/** Runs for one property of `target`, which has `share` of the target's budget. */
export function runs(target: FuzzTarget, share = 1): number {
  const scaled = Math.max(1, Math.round(BASE_RUNS[target] * share * SCALE));
  return Math.min(scaled, Math.max(BASE_RUNS[target], MAX_RUNS[target] ?? Infinity));
}

/** A time limit for a property that runs `n` cases of about `msEach`. */
export const timeFor = (n: number, msEach: number) => Math.max(30_000, n * msEach * 3);

/** Counts the cases a file ran and prints `fuzz <target>: N cases` when it is done. */
export function caseCounter(target: FuzzTarget) {
  const counter = { tried: 0, rejected: 0 };
  afterAll(() => {
    const rejected = counter.rejected ? `, ${counter.rejected} rejected` : '';
    console.log(`fuzz ${target}: ${counter.tried} cases${rejected}`);
  });
  return counter;
}
