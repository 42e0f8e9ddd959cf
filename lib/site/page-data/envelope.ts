/**
 * Every Seller Center response is wrapped `{ "code": 0, "message": "success", "data": … }`.
 * Any other code (98001002 = not logged in, rate limits, errors) means there is no data.
 */
import { field, numberOf } from './values';

/** The `data` object of a successful response, or undefined. */
export function dataOf(body: unknown): unknown {
  if (numberOf(field(body, 'code')) !== 0) return undefined;
  const data = field(body, 'data');
  return typeof data === 'object' && data !== null ? data : undefined;
}
