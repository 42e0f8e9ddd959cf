export declare function demoHistory(opts: {
  now: Date;
  days?: number;
  shopId?: string;
  spsFrom?: number;
  spsTo?: number;
  ahrFrom?: number;
  ahrTo?: number;
}): {
  format: 'shop-pulse-history';
  version: 1;
  exportedAt: string;
  shops: Array<Record<string, unknown>>;
  readings: Array<{ capturedAt: string; page: string; metrics: Record<string, number | null>; [k: string]: unknown }>;
};
export declare function seedDemoHistory(
  context: import('playwright-core').BrowserContext,
  extensionId: string,
  now?: Date,
): Promise<{ readings: number; duplicates: number; shops: number }>;
