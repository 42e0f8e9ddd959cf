import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './lib/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // Explicit imports only: a reader of any file sees where each name comes from.
  imports: false,
  outDir: '.output',
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (public/_locales/<lang>/messages.json):
    // Chrome, Edge and Firefox show them, and so do their stores.
    name: '__MSG_extName__',
    short_name: 'Shop Pulse',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege (issue 8): no tabs, scripting, webRequest or <all_urls>.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: HOST_MATCHES,
    action: { default_title: 'Shop Pulse' },
    // Firefox MV3 needs a fixed add-on id, and asks every add-on what it collects: nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'shop-pulse@shop-pulse.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The options page links to the privacy statement: ship PRIVACY.md itself (Chrome shows it as text).
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve('PRIVACY.md'), relativeDest: 'PRIVACY.md' });
    },
  },
  // JSX: Vite 8 (oxc) follows tsconfig.json's `jsx: react-jsx` + `jsxImportSource: preact`.
  vite: () => ({
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
