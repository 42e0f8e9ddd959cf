// Test helpers: load a fixture page into a fresh Document, turning declarative shadow
// roots (<template shadowrootmode="open">, which happy-dom does not parse) into real ones.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PageReading } from '../../../lib/site';

export const FIXTURES = join(__dirname, '../../fixtures');

export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const tpl of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append((tpl as HTMLTemplateElement).content.cloneNode(true));
    tpl.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export type Fixture = { name: string; html: string; url: string; expected: PageReading };

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const { url, expected } = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { url: string; expected: PageReading };
      return { name, html: readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), url, expected };
    });
}
