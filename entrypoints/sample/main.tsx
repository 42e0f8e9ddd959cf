import '../../lib/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/options/download';
import { HOST_MATCHES } from '../../lib/hosts';
import { send } from '../../lib/messaging/client';
import { sampleTranslator } from '../../lib/i18n/sample';
import { uiLocale } from '../../lib/platform/locale';
import type { Prefs } from '../../lib/prefs/schema';
import { CAPTURE_REQUEST, CaptureReplySchema } from '../../lib/sample/capture-message';
import { samplePagePath, sampledTabOf } from '../../lib/sample/page-url';
import { App } from './App';
import '../../components/palette.css';
import './style.css';

/**
 * The capture as a document to read and scrub: an inert one (no script runs, nothing
 * loads, it is never shown). The browser's own parser attaches its declarative shadow
 * roots; without parseHTMLUnsafe, scrubPage reads the shadow-root templates as written.
 */
function parse(html: string): Document {
  const withShadows = (Document as unknown as { parseHTMLUnsafe?: (html: string) => Document }).parseHTMLUnsafe;
  // eslint-disable-next-line no-restricted-syntax -- an inert document, read only (see above)
  return withShadows ? withShadows(html) : new DOMParser().parseFromString(html, 'text/html');
}

async function capture(tabId: number) {
  const reply: unknown = await browser.tabs.sendMessage(tabId, CAPTURE_REQUEST);
  const parsed = CaptureReplySchema.safeParse(reply);
  if (!parsed.success) throw new Error(reply === undefined ? 'no answer' : 'unexpected answer');
  return parsed.data;
}

async function start() {
  const prefs = await send<Prefs>({ type: 'prefs/get' }).catch(() => null);
  const { locale, intl } = uiLocale(prefs?.language ?? 'auto');
  const t = sampleTranslator(locale);
  document.documentElement.lang = intl;
  render(
    <App
      t={t}
      locale={intl}
      tabId={sampledTabOf(location.search)}
      listTabs={async () => {
        const tabs = await browser.tabs.query({ url: HOST_MATCHES });
        return tabs.flatMap((tab) => (tab.id !== undefined && tab.url ? [{ id: tab.id, title: tab.title ?? '', url: tab.url }] : []));
      }}
      capture={capture}
      chooseTab={(id) => location.assign(samplePagePath(id))}
      parse={parse}
      saveManual={async (reading) => void (await send({ type: 'reading/manual', reading }))}
      download={downloadText}
      version={browser.runtime.getManifest().version}
    />,
    document.getElementById('app')!,
  );
  if (location.hash === '#manual') requestAnimationFrame(() => document.getElementById('manual')?.scrollIntoView());
}

void start();
