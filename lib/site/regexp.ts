/** A literal text as a regex source (for building alternations of markers, months, labels). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
