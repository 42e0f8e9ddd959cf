/**
 * The live page as HTML, for the sample page to scrub (scrubPage runs there, not here:
 * the content script has a size budget). Kept: every element and attribute, open shadow
 * roots as declarative templates, the live value of inputs (a date picker's), and what the
 * page's stylesheets make of each element (`data-sp-display`, `data-sp-visibility`), which
 * the sample cannot compute once the stylesheets are gone. Dropped already: script and
 * style text, comments and Shop Pulse's own panel. This text holds everything the page
 * shows; it goes only to the extension's own sample page, in memory, and is never stored.
 */
import { isOwnElement } from '../dom';
import { EMPTIED_TAGS, escapeHtml, VOID_TAGS } from './html';

export function capturePage(doc: Document): string {
  const view = doc.defaultView;
  const out: string[] = ['<!doctype html>'];
  const element = (el: Element) => {
    if (isOwnElement(el)) return;
    const tag = el.localName;
    let attrs = '';
    for (const a of Array.from(el.attributes)) if (a.name !== 'value') attrs += ` ${a.name}="${escapeHtml(a.value)}"`;
    const value = tag === 'input' ? (el as HTMLInputElement).value : el.getAttribute('value');
    if (value !== null) attrs += ` value="${escapeHtml(value)}"`;
    const style = view?.getComputedStyle(el);
    if (style) attrs += ` data-sp-display="${style.display}" data-sp-visibility="${style.visibility}"`;
    out.push(`<${tag}${attrs}>`);
    if (VOID_TAGS.has(tag)) return;
    if (!EMPTIED_TAGS.has(tag)) {
      const shadow = el.shadowRoot;
      if (shadow) {
        out.push('<template shadowrootmode="open">');
        children(shadow);
        out.push('</template>');
      }
      children(tag === 'template' ? (el as HTMLTemplateElement).content : el);
    }
    out.push(`</${tag}>`);
  };
  const children = (node: ParentNode) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(escapeHtml(c.nodeValue ?? ''));
      else if (c.nodeType === 1) element(c as Element);
    }
  };
  element(doc.documentElement);
  return out.join('');
}
