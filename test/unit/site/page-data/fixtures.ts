/** Response bodies shaped like Seller Center's (test/fixtures/page-data), and their URLs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../../fixtures/page-data');

export function body(name: string): unknown {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
}

export const ORIGIN = 'https://seller-us.tiktok.com';
export const URLS = {
  spsOverview: `${ORIGIN}/api/v1/seller/experience-score/score-overview?shop_region=US&aid=4068`,
  ahrScore: `${ORIGIN}/api/v1/account/ahr/score?locale=en`,
  violationOverview: `${ORIGIN}/api/v1/seller/growth_center/violation/overview/get`,
  shopMetrics: `${ORIGIN}/api/v1/seller/growth_center/shop/metrics_module/query`,
  shopStats: `${ORIGIN}/api/v3/insights/seller/shop/overview/performance/stats?start_date=2025-06-01&end_date=2025-06-07`,
} as const;
