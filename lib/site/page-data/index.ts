/**
 * The page's own data, read passively: `readPageData(url, method, body)` turns the JSON
 * body of a response the page itself fetched into figures, or null. Pure and total: any
 * input (a hostile body, a foreign URL) gives figures or null, never an exception.
 */
import { dataOf } from './envelope';
import { endpointOf } from './endpoints';
import type { PageDataFigures } from './types';

export function readPageData(url: string | URL, method: string, body: unknown): PageDataFigures | null {
  try {
    const endpoint = endpointOf(new URL(url), method);
    if (!endpoint) return null;
    const data = dataOf(body);
    if (data === undefined) return null;
    const figures = { endpoint: endpoint.id, ...endpoint.read(data) };
    return Object.keys(figures.metrics).length > 0 || figures.days.length > 0 ? figures : null;
  } catch {
    return null; // a body built to trip the reader (a page may replace built-ins) is no data
  }
}

export { ENDPOINTS, endpointOf, type Endpoint } from './endpoints';
export { ENDPOINT_IDS, type DayFigures, type DayRange, type EndpointId, type PageDataFigures, type PageDataMessage } from './types';
