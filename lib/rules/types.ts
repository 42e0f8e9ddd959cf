/** The public shapes of contract 2 (shared/DOMAIN.md), plus optional fields only. */
import type { MetricKey } from '../metrics';
import type { InputReading } from './latest';
import type { Detail, Params } from './reasons';
import type { Settings } from './settings';

export type Status = 'eligible' | 'at-risk' | 'ineligible' | 'unknown';
export type Severity = 'info' | 'warning' | 'critical';

export type AssessInput = {
  now: string; // ISO date-time
  region?: string;
  readings: InputReading[];
  settings?: Partial<Settings>;
  /** Optional addition: ISO 4217 currency of the readings' money; estimates are only given when it matches the program's. */
  currency?: string;
  /**
   * Optional addition: what the partner's whole portfolio shows (the dashboard's totals). A
   * partner program uses it instead of the number typed in options when it is known.
   */
  portfolio?: { sellers?: number };
};

export type Estimate = {
  low: number;
  high: number;
  currency: string;
  basis: string;
  /** Optional addition: the basis as data, for translation. */
  basisDetail?: Detail;
};

export type ProgramResult = {
  id: string;
  status: Status;
  reasons: string[];
  estimate?: Estimate;
  // Optional additions (always filled by `assess`, optional for the contract):
  name?: string;
  audience?: 'seller' | 'partner';
  /** Where the rule comes from: `label` is one plain line; the parts are there to cite it properly. */
  source?: { label: string; url?: string; publisher?: string; title?: string; date?: string };
  /** Which numbers behind this result are assumptions the user may edit. */
  assumptions?: string[];
  /** `details[i]` is the machine form of `reasons[i]`. */
  details?: Detail[];
  /** False when the program does not apply here and now (region or dates); status is then 'unknown'. */
  applicable?: boolean;
  /** Projected date the shop stops (or starts) qualifying, from the SPS trend or the 90-day run-out. */
  eta?: string;
};

export type Warning = {
  code: string;
  severity: Severity;
  metric: MetricKey;
  value: number | null;
  threshold: number;
  eta?: string;
  // Optional additions:
  /** One English sentence with the numbers. */
  message?: string;
  /** What to do, in one English sentence. */
  advice?: string;
  /** Numbers behind message/advice, for translation. */
  params?: Params;
  /** Capture time of the reading the value comes from. */
  readAt?: string;
};

export type Assessment = {
  programs: ProgramResult[];
  warnings: Warning[];
};

export type { Settings };
