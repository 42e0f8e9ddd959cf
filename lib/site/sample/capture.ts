/**
 * The live page as HTML, for the sample page to scrub (scrubPage runs there, not here:
 * the content script has a size budget). Kept: every element and attribute, open shadow
 * roots as declarative templates, and what the page's stylesheets make of each element (`data-sp-display`, `data-sp-visibility`), which
 * the sample cannot compute once the stylesheets are gone. Dropped already: script and
 * style text, comments, templates and Shop Pulse's own panel. This text holds everything
 * the page shows; it goes only to the extension's own sample page, in memory, never stored.
 *
 * Copied into an inert document (no images load, no custom element wakes up, the page sees
 * no change), then written out by the browser's own serializer. An input keeps what it
 * shows (its live value: a date picker's range), written as its `value` attribute.
 */
import { isOwnElement } from '../dom';

export function capturePage(doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  const copyOf = (live: Element): Element => {
    const copy = inert.importNode(live, false);
    const style = getComputedStyle(live);
    copy.setAttribute('data-sp-display', style.display);
    copy.setAttribute('data-sp-visibility', style.visibility);
    if (live.localName === 'input') copy.setAttribute('value', (live as HTMLInputElement).value);
    if (live.shadowRoot) {
      const template = inert.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      copyChildren(live.shadowRoot, template.content);
      copy.append(template);
    }
    if (!/^(script|style|noscript|template)$/.test(live.localName)) copyChildren(live, copy);
    return copy;
  };
  const copyChildren = (from: ParentNode, to: ParentNode) => {
    for (let c = from.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) to.append(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !isOwnElement(c as Element)) to.append(copyOf(c as Element));
    }
  };
  return `<!doctype html>${copyOf(doc.documentElement).outerHTML}`;
}
