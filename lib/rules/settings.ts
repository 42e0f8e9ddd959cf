/**
 * User settings for the rules: margins, channel limits, forecast window, which programs are on,
 * their (editable) dates and the assumption numbers. `resolveSettings` merges a partial override
 * over the defaults leaf by leaf and drops any leaf that would make the settings invalid.
 */
import { z } from 'zod';

const Rate = z.number().min(0).max(1);
const Money = z.number().min(0);
const Count = z.number().int().min(0);

export const TierSchema = z.strictObject({
  /** Incremental daily GMV (program currency per day) over the baseline at which the tier starts. */
  minIncrement: Money,
  low: Money,
  high: Money,
});

export const ProgramSettingSchema = z.strictObject({
  enabled: z.boolean(),
  /** Override of the catalog dates (ISO); `end: null` = open-ended. */
  start: z.iso.date().optional(),
  end: z.iso.date().nullable().optional(),
});

export const SettingsSchema = z.strictObject({
  /** Who the user is: partner programs are shown only for 'partner' or 'both'. */
  audience: z.enum(['seller', 'partner', 'both']),
  margins: z.strictObject({
    /** "Near" when the SPS is at most this far above its minimum. */
    sps: z.number().min(0).max(5),
    /** "Near" when the 90-day order count is at most this many above its minimum. */
    orders90: Count,
    /** "Near" when the AHR is at most this many points above the next milestone. */
    ahr: z.number().min(0).max(1000),
  }),
  channel: z.strictObject({
    /** Warn when the product card brings more than this share of GMV. */
    productCardShareMax: Rate,
    /** Warn when daily video GMV's coefficient of variation exceeds this (see channel.ts). */
    videoCvMax: z.number().min(0).max(10),
    /** Days of daily video GMV the variation is measured over. */
    windowDays: z.number().int().min(7).max(90),
  }),
  forecast: z.strictObject({
    windowDays: z.number().int().min(7).max(365),
    horizonDays: z.number().int().min(1).max(365),
    atRiskDays: z.number().int().min(0).max(90),
    minReadings: z.number().int().min(3).max(100),
    minSpanDays: z.number().int().min(1).max(365),
  }),
  programs: z.record(z.string(), ProgramSettingSchema),
  assumptions: z.strictObject({
    'smart-promotion': z.strictObject({
      feeRate: Rate,
      campaignExtraRate: Rate,
      /** Days of GMV the fee estimate is shown for. */
      feeDays: z.number().int().min(1).max(365),
    }),
    newstar: z.strictObject({
      creditPerProduct: Money,
      monthlyCreditCap: Money,
      coldStartBonus: Money,
      /** User-entered: new products this month (null = not entered). */
      newProducts: Count.nullable(),
      /** User-entered: cold-start successes this month (≥ $250 GMV and ≥ 3 orders each). */
      coldStartSuccesses: Count.nullable(),
    }),
    partner: z.strictObject({
      /** Month ('01'–'12') of the program's start year that incremental GMV is measured against. */
      baselineMonth: z.string().regex(/^(0[1-9]|1[0-2])$/),
      dailyGmvTiers: z.array(TierSchema).min(1),
      /** User-entered: moved up the partner ranking for the first time and held it. */
      rankedUp: z.boolean().nullable(),
      /** User-entered rank by short-video GMV increase, when the page does not show it. */
      userRank: z.number().int().min(1).nullable(),
      monthsInTop15: z.number().int().min(0).max(3).nullable(),
      sellersServed: Count.nullable(),
      creatorsSelling: Count.nullable(),
    }),
  }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type Tier = z.infer<typeof TierSchema>;

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** Deep-partial settings as the UI or storage may hand them in (`assess` accepts these at run time). */
export type SettingsOverride = DeepPartial<Settings>;

const ALL_PROGRAM_IDS = [
  'smart-promotion',
  'newstar',
  'tsp-q4-daily-gmv',
  'tsp-q4-rank-up',
  'tsp-q4-video-credits',
  'tsp-q4-affiliate-credits',
  'tsp-q4-creator-incubation',
  'tsp-bfcm-challenge',
] as const;

export const DEFAULT_SETTINGS: Settings = {
  audience: 'seller',
  margins: { sps: 0.2, orders90: 5, ahr: 25 },
  // 0.6: fourteen steady days give a CV of about 0.2–0.4; one day at ~4× the others lifts it past
  // 0.6, i.e. sales hang on a single hit video — too erratic to buy stock against.
  channel: { productCardShareMax: 0.7, videoCvMax: 0.6, windowDays: 14 },
  forecast: { windowDays: 60, horizonDays: 90, atRiskDays: 14, minReadings: 3, minSpanDays: 7 },
  programs: Object.fromEntries(ALL_PROGRAM_IDS.map((id) => [id, { enabled: true }])),
  assumptions: {
    'smart-promotion': { feeRate: 0.035, campaignExtraRate: 0.01, feeDays: 30 },
    newstar: {
      creditPerProduct: 20,
      monthlyCreditCap: 3000,
      coldStartBonus: 50,
      newProducts: null,
      coldStartSuccesses: null,
    },
    partner: {
      baselineMonth: '09',
      // Tier boundaries are not public (the Digiday report gives only "$5,000–$20,000"): an assumption.
      dailyGmvTiers: [
        { minIncrement: 5_000, low: 5_000, high: 10_000 },
        { minIncrement: 20_000, low: 10_000, high: 20_000 },
        { minIncrement: 50_000, low: 20_000, high: 20_000 },
      ],
      rankedUp: null,
      userRank: null,
      monthsInTop15: null,
      sellersServed: null,
      creatorsSelling: null,
    },
  },
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Leaf paths of an override: plain objects are walked, anything else (arrays too) is a leaf. */
function leaves(v: unknown, path: string[] = []): Array<[string[], unknown]> {
  if (!isPlainObject(v)) return path.length ? [[path, v]] : [];
  return Object.entries(v).flatMap(([k, child]) => leaves(child, [...path, k]));
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return target;
  const copy = { ...target };
  if (rest.length === 0) copy[head] = value;
  else copy[head] = setPath(isPlainObject(copy[head]) ? copy[head] : {}, rest, value);
  return copy;
}

/**
 * Defaults with every valid leaf of `override` applied. A leaf that would make the settings
 * invalid (wrong type, out of range, unknown key) is ignored, never thrown.
 */
export function resolveSettings(override?: unknown): Settings {
  let current: Settings = DEFAULT_SETTINGS;
  for (const [path, value] of leaves(override)) {
    if (value === undefined) continue;
    const next = SettingsSchema.safeParse(setPath(current as unknown as Record<string, unknown>, path, value));
    if (next.success) current = next.data;
  }
  return current;
}
