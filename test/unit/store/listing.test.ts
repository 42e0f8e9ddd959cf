// docs/store-listing.md is what goes into the store forms: it must say what the extension itself
// says (name, short description), justify every permission and host the manifest asks for, and
// show images that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_HOSTS } from '../../../lib/hosts';
import { LOCALES } from '../../../lib/i18n';

const listing = readFileSync('docs/store-listing.md', 'utf8');
const messages = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<'extName' | 'extDescription', { message: string }>;

/** The text of one language's section: from its heading to the next. */
function section(locale: string): string {
  const start = listing.indexOf(`(${locale})\n`);
  expect(start, `a section for ${locale}`).toBeGreaterThan(0);
  const end = listing.indexOf('\n## ', start);
  return listing.slice(start, end < 0 ? undefined : end);
}

describe('store listing', () => {
  it.each(LOCALES)('%s: the name and short description are the manifest’s own, with a long description', (locale) => {
    const own = section(locale);
    expect(own).toContain(messages(locale).extName.message);
    expect(own).toContain(messages(locale).extDescription.message);
    expect(new TextEncoder().encode(own).length).toBeGreaterThan(1200); // bytes: Chinese says as much in fewer characters
  });

  it('justifies every permission the manifest asks for', () => {
    const permissions = /permissions: \[([^\]]*)\]/.exec(readFileSync('wxt.config.ts', 'utf8'))![1]!.match(/'[^']+'/g)!.map((p) => p.slice(1, -1));
    expect(permissions.length).toBeGreaterThan(0);
    for (const p of permissions) expect(listing, p).toMatch(new RegExp(`\\| \`${p}\` \\| \\w`));
  });

  it('names every host the extension runs on', () => {
    for (const host of ALL_HOSTS) expect(listing, host).toContain(`\`${host}\``);
  });

  it('shows images that exist', () => {
    const images = [...listing.matchAll(/\]\((store\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const image of images) expect(existsSync(`docs/${image}`), image).toBe(true);
  });
});
