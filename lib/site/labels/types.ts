import type { MetricKey } from '../../metrics';

/** A language's labels: per metric, every wording a page may show. */
export type LabelSet = Partial<Record<MetricKey, readonly string[]>>;
