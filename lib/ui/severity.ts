/** Severities ordered, and the worst of many (for the badge and the overlay). */
export type Severity = 'info' | 'warning' | 'critical';
export type BadgeSeverity = Severity | 'none';

const ORDER: BadgeSeverity[] = ['none', 'info', 'warning', 'critical'];

export function worstOf(severities: BadgeSeverity[]): BadgeSeverity {
  return severities.reduce<BadgeSeverity>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'none');
}
