/**
 * The program catalog, as data (shared/DOMAIN.md "Programs"). Thresholds here are the published
 * rules; the numbers the user may change (fee rates, tiers, user-entered counts, dates) live in
 * settings.ts and are listed per program under `assumptions`.
 */
import { z } from 'zod';
import { MetricKeySchema } from '../metrics';
import { DIGIDAY_TSP_Q4_2025, EBRUN_SMART_PROMOTION, SELLER_UNIVERSITY_NEWSTAR, SourceSchema } from './sources';

export const ThresholdRuleSchema = z.strictObject({
  metric: MetricKeySchema,
  min: z.number(),
  /** How a shop without a score is treated (only meaningful for `sps`). */
  noScore: z.enum(['eligible', 'ineligible']).optional(),
});

export const EVALUATORS = [
  'seller-thresholds',
  'partner-daily-gmv',
  'partner-rank-up',
  'partner-video-credits',
  'partner-affiliate-credits',
  'partner-creator-incubation',
  'partner-bfcm',
] as const;

export const ProgramSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  audience: z.enum(['seller', 'partner']),
  /** ISO 3166 alpha-2 regions the program applies to. */
  regions: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
  /** ISO 4217 currency of the program's amounts. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  start: z.iso.date(),
  /** Last day (inclusive); null = open-ended. */
  end: z.iso.date().nullable(),
  /** The dates are our estimate, not published. */
  datesEstimated: z.boolean(),
  evaluator: z.enum(EVALUATORS),
  /** All must hold (evaluator 'seller-thresholds'). */
  rules: z.array(ThresholdRuleSchema),
  /** Published reward numbers the evaluator uses (program currency), e.g. { perSellerMax: 1000, maxSellers: 70 }. */
  amounts: z.record(z.string(), z.number().min(0)),
  /** Rule and reward in one English line (for the docs and the UI's details). */
  summary: z.string().min(1),
  /** The public page the rule and reward come from (sources.ts). */
  source: SourceSchema,
  /** Which numbers are assumptions (settings paths or plain words), shown next to estimates. */
  assumptions: z.array(z.string()),
});

export type Program = z.infer<typeof ProgramSchema>;

const Q4 = { start: '2025-10-01', end: '2025-12-31' };
const PARTNER: Pick<Program, 'audience' | 'regions' | 'currency' | 'rules' | 'datesEstimated'> = {
  audience: 'partner',
  regions: ['US'],
  currency: 'USD',
  rules: [],
  datesEstimated: false,
};

const CATALOG: Program[] = [
  {
    id: 'smart-promotion',
    name: 'Smart Promotion',
    audience: 'seller',
    regions: ['US'],
    currency: 'USD',
    start: '2026-01-20',
    end: null,
    datesEstimated: false,
    evaluator: 'seller-thresholds',
    rules: [
      { metric: 'sps', min: 3.5, noScore: 'ineligible' },
      { metric: 'ordersLast90Days', min: 30 },
    ],
    amounts: {},
    summary:
      'SPS ≥ 3.5 and ≥ 30 orders in 90 days, with active sales; fee 3.5% of GMV, +1% during campaigns. Replaces Co-funded Promotion.',
    source: EBRUN_SMART_PROMOTION,
    assumptions: ['smart-promotion.campaignExtraRate (reported by the seller help center)', 'smart-promotion.feeDays'],
  },
  {
    id: 'newstar',
    name: 'NewStar',
    audience: 'seller',
    regions: ['US'],
    currency: 'USD',
    start: '2025-10-01',
    end: null,
    datesEstimated: true,
    evaluator: 'seller-thresholds',
    rules: [{ metric: 'sps', min: 3.5, noScore: 'eligible' }],
    amounts: {},
    summary:
      'SPS ≥ 3.5 or no score yet; $20 ads credit per eligible new product (max $3,000 a month), $50 per cold-start success (≥ $250 GMV and ≥ 3 orders).',
    source: SELLER_UNIVERSITY_NEWSTAR,
    assumptions: ['dates (monthly since Oct 2025, assumed ongoing)', 'newstar.newProducts', 'newstar.coldStartSuccesses'],
  },
  {
    ...PARTNER,
    id: 'tsp-q4-daily-gmv',
    name: 'Q4 daily GMV growth',
    ...Q4,
    evaluator: 'partner-daily-gmv',
    amounts: { cashLow: 5_000, cashHigh: 20_000 },
    summary: 'Cash $5,000–$20,000 for incremental daily GMV growth over the baseline, 1 Oct – 31 Dec.',
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['partner.dailyGmvTiers (tier boundaries not public)', 'partner.baselineMonth'],
  },
  {
    ...PARTNER,
    id: 'tsp-q4-rank-up',
    name: 'Q4 rank-up bonus',
    ...Q4,
    evaluator: 'partner-rank-up',
    amounts: { max: 10_000 },
    summary: 'Up to $10,000 cash for moving up the partner ranking for the first time and holding it.',
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['partner.rankedUp (user-entered)'],
  },
  {
    ...PARTNER,
    id: 'tsp-q4-video-credits',
    name: 'Q4 short-video top 15',
    ...Q4,
    evaluator: 'partner-video-credits',
    amounts: { monthlyLow: 1_000, monthlyHigh: 5_000, allMonthsBonus: 2_000, topRank: 15, months: 3 },
    summary: '$1,000–$5,000 ad credits a month in the top 15 by short-video GMV increase; +$2,000 for all three months.',
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['partner.userRank / partner.monthsInTop15 (user-entered)'],
  },
  {
    ...PARTNER,
    id: 'tsp-q4-affiliate-credits',
    name: 'Q4 affiliate service credits',
    ...Q4,
    evaluator: 'partner-affiliate-credits',
    amounts: { perSellerMax: 1_000, maxSellers: 70 },
    summary: 'Up to $1,000 ad credits per seller served with affiliate services, at most 70 sellers.',
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['partner.sellersServed (user-entered)'],
  },
  {
    ...PARTNER,
    id: 'tsp-q4-creator-incubation',
    name: 'Q4 creator incubation',
    ...Q4,
    evaluator: 'partner-creator-incubation',
    amounts: { perCreatorLow: 1_000, perCreatorHigh: 10_000 },
    summary: "$1,000–$10,000 per creator from TikTok's target list who sells between October and December.",
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['partner.creatorsSelling (user-entered)'],
  },
  {
    ...PARTNER,
    id: 'tsp-bfcm-challenge',
    name: 'BFCM challenge',
    start: '2025-11-12',
    end: '2025-12-01',
    evaluator: 'partner-bfcm',
    amounts: { matchmakingMax: 25_000, highSellerMax: 12_000, lowSellerMax: 2_000, highDailyGmv: 20_000 },
    summary:
      'Up to $25,000 for creator matchmaking; up to $12,000 for sellers with daily GMV ≥ $20,000 in October, up to $2,000 below.',
    source: DIGIDAY_TSP_Q4_2025,
    assumptions: ['October daily GMV measured on this shop'],
  },
];

/**
 * The catalog. Typed here and validated against `ProgramSchema` by the tests (not parsed at module
 * load, so importing the rules never runs zod before an entrypoint's `z.config({ jitless: true })`).
 */
export const PROGRAMS: readonly Program[] = CATALOG;

export function programById(id: string): Program | undefined {
  return PROGRAMS.find((p) => p.id === id);
}
