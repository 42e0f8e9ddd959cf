/**
 * The endpoints Shop Pulse reads (shared/DOMAIN.md "The page's own data"), as data: path on
 * the Seller Center host, method, and the adapter that turns its `data` into figures. A
 * response to anything else is never parsed.
 */
import { readAhrScore } from './ahr-score';
import { readShopMetrics } from './shop-metrics';
import { readShopStats } from './shop-stats';
import { readSpsOverview } from './sps-overview';
import type { EndpointId, PageDataFigures } from './types';
import { readViolationOverview } from './violation-overview';

export type Endpoint = {
  id: EndpointId;
  method: 'GET' | 'POST';
  path: string;
  read: (data: unknown) => Omit<PageDataFigures, 'endpoint'>;
};

export const ENDPOINTS: readonly Endpoint[] = [
  { id: 'sps-overview', method: 'GET', path: '/api/v1/seller/experience-score/score-overview', read: readSpsOverview },
  { id: 'ahr-score', method: 'GET', path: '/api/v1/account/ahr/score', read: readAhrScore },
  { id: 'violation-overview', method: 'GET', path: '/api/v1/seller/growth_center/violation/overview/get', read: readViolationOverview },
  { id: 'shop-metrics', method: 'POST', path: '/api/v1/seller/growth_center/shop/metrics_module/query', read: readShopMetrics },
  { id: 'shop-stats', method: 'GET', path: '/api/v3/insights/seller/shop/overview/performance/stats', read: readShopStats },
];

/** The endpoint a request is for (exact path, any query; method as listed), or undefined. */
export function endpointOf(url: URL, method: string): Endpoint | undefined {
  const m = method.toUpperCase();
  return ENDPOINTS.find((e) => e.path === url.pathname && e.method === m);
}
