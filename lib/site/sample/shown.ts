/**
 * "Is this element shown?" for a sample that is parsed, not drawn (the sample page reads
 * its copy from a DOMParser document, where the browser would call everything hidden):
 * the answer the live page gave, as the capture recorded it in `data-sp-display` and
 * `data-sp-visibility`. For readPage's `isShown` option.
 */
import { parentOf } from '../dom';

export function shownByRecordedLayout(el: Element): boolean {
  const visibility = el.getAttribute('data-sp-visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  for (let e: Element | null = el; e; e = parentOf(e)) if (e.getAttribute('data-sp-display') === 'none') return false;
  return true;
}
