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

/**
 * Fixture pages with their expected readings: ours (test/fixtures) and the blind ones
 * (test/fixtures/blind), written from DOMAIN.md by writers who had not read lib/site.
 */
export const FIXTURE_FOLDERS = ['', 'blind'] as const;

export function loadFixtures(folders: readonly string[] = FIXTURE_FOLDERS): Fixture[] {
  return folders.flatMap((folder) => {
    const dir = join(FIXTURES, folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const name = join(folder, f.replace(/\.json$/, ''));
        const { url, expected } = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as { url: string; expected: PageReading };
        return { name, html: readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), url, expected };
      });
  });
}
