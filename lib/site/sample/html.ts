/**
 * HTML text the two serializers (capture.ts in the content script, ../sample.ts on the
 * sample page) write alike: escaping and the elements that have no end tag.
 */

/** Elements written without an end tag (the HTML spec's void elements). */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/** Elements whose text is never copied: code, styles and inert markup. */
export const EMPTIED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

/** Text or an attribute value as HTML source (quotes escaped too, so one function serves both). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"\u00a0]/g, (c) => TEXT_ESCAPES[c] ?? c);
}
