// The built manifests ask for exactly what PRIVACY.md lists, no more. A change to any
// list here must be deliberate: update PRIVACY.md and this test together.
// Reads the build (`wxt build` runs before the E2E suite); builds Firefox itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOST_MATCHES } from '../../lib/hosts';
import { LOCALES } from '../../lib/i18n';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; run_at?: string; world?: string; all_frames?: boolean; match_about_blank?: boolean }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
};

const PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];
const read = (dir: string): Manifest => JSON.parse(readFileSync(resolve('.output', dir, 'manifest.json'), 'utf8')) as Manifest;
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

function expectLeastPrivilege(m: Manifest) {
  expect(m.manifest_version).toBe(3);
  expect(sorted(m.permissions)).toEqual(PERMISSIONS);
  expect(sorted(m.host_permissions)).toEqual(sorted(HOST_MATCHES));
  for (const key of ['optional_permissions', 'optional_host_permissions', 'content_security_policy', 'externally_connectable', 'sandbox', 'key', 'update_url', 'devtools_page', 'chrome_url_overrides']) {
    expect(m, key).not.toHaveProperty(key);
  }
  // Every host pattern is one https Seller/Partner Center host: no wildcard hosts, no <all_urls>.
  for (const p of m.host_permissions ?? []) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  // Two content scripts, both on the Seller/Partner Center hosts only, top frames only: the
  // reader (isolated world) and the page-data observer (the page's world, from document_start,
  // issue 13), which needs no permission of its own.
  expect(m.content_scripts).toHaveLength(2);
  const worlds = m.content_scripts!.map((cs) => [cs.world ?? 'ISOLATED', cs.run_at ?? 'document_idle', cs.js]);
  expect(worlds).toEqual(
    expect.arrayContaining([
      ['ISOLATED', 'document_idle', ['content-scripts/seller-center.js']],
      ['MAIN', 'document_start', ['content-scripts/page-data.js']],
    ]),
  );
  for (const cs of m.content_scripts!) {
    expect(sorted(cs.matches)).toEqual(sorted(HOST_MATCHES));
    expect(cs.all_frames ?? false).toBe(false);
    expect(cs.match_about_blank ?? false).toBe(false);
  }
  // The only file a page may load from us is the panel's stylesheet, and only on our hosts.
  for (const war of m.web_accessible_resources ?? []) {
    for (const r of war.resources) expect(r).toMatch(/\.css$/);
    for (const match of war.matches) expect(HOST_MATCHES).toContain(match);
  }
}

describe('manifest', () => {
  let chrome: Manifest;
  let firefox: Manifest;
  beforeAll(() => {
    execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
    chrome = read('chrome-mv3');
    firefox = read('firefox-mv3');
  });

  it('Chrome/Edge: storage, unlimitedStorage, alarms, notifications and the Seller/Partner Center hosts only', () => {
    expectLeastPrivilege(chrome);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox MV3: the same lists, a fixed add-on id, and "collects no data"', () => {
    expectLeastPrivilege(firefox);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: 'shop-pulse@shop-pulse.dev',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('names and describes itself in the five UI languages, English by default', () => {
    type Messages = Record<'extName' | 'extDescription', { message: string }>;
    for (const [dir, m] of [['chrome-mv3', chrome], ['firefox-mv3', firefox]] as const) {
      expect(m).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
      const english = JSON.parse(readFileSync(resolve('.output', dir, '_locales/en/messages.json'), 'utf8')) as Messages;
      for (const locale of LOCALES) {
        const own = JSON.parse(readFileSync(resolve('.output', dir, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
        // The stores' limits: a name of at most 45 characters, a description of at most 132.
        expect(own.extName.message.length, `${locale} name`).toBeLessThanOrEqual(45);
        expect(own.extDescription.message.length, `${locale} description`).toBeLessThanOrEqual(132);
        expect(own.extName.message).toContain('Shop Pulse');
        if (locale !== 'en') expect(own.extDescription.message, locale).not.toBe(english.extDescription.message);
      }
    }
  });

  it('PRIVACY.md names every permission the manifest asks for', () => {
    const privacy = readFileSync(resolve('PRIVACY.md'), 'utf8');
    for (const p of PERMISSIONS) expect(privacy).toContain(`\`${p}\``);
  });
});
