// The store listing kit, written by `npm run demo -- --headless --screenshots DIR`: 1280×800
// screenshots (the popup over a Seller Center page, the on-page panel, the options page, and
// every further surface listed in STORE_SHOTS) and the 440×280 promo tile, in the UI language
// the demo runs in. Chrome Web Store, Edge Add-ons and addons.mozilla.org take these sizes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_ORIGIN, DEMO_QUERY } from './demo-site.mjs';

export const SHOT = { width: 1280, height: 800 };
export const TILE = { width: 440, height: 280 };
/** Chrome draws an extension popup at most 800×600; ours is 400 wide. */
const POPUP = { width: 400, height: 600 };

const SCORE_PAGE = `${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`;
const COMPASS_PAGE = `${DEMO_ORIGIN}/compass/data-overview${DEMO_QUERY}`;

/**
 * @typedef {{ context: import('playwright-core').BrowserContext, extensionId: string,
 *   extensionDir: string, dir: string, lang: string, phase?: 'seller' | 'partners' }} Kit
 * @typedef {{ file: string, when?: (kit: Kit) => boolean, take: (kit: Kit) => Promise<Buffer>, phase?: 'partners' }} Shot
 */

/** @type {Shot[]} The listing's screenshots, in the order a store shows them. */
export const STORE_SHOTS = [
  { file: 'store-1-popup.png', take: popupOverPage },
  { file: 'store-2-panel.png', take: panelOnPage },
  // Settings opened at the programs: each with its source, dates and editable assumptions.
  { file: 'store-3-options.png', take: (kit) => extensionPage(kit, 'options.html', '#programs') },
  // The all-shops dashboard (issue 14), once the demo has read the partner's list of shops
  // (after the seller shots: the popup then opens on one of the partner's shops).
  {
    file: 'store-4-dashboard.png',
    phase: 'partners',
    when: (kit) => existsSync(join(kit.extensionDir, 'dashboard.html')),
    take: (kit) => extensionPage(kit, 'dashboard.html'),
  },
];

/** Taglines for the promo tile, one short line per UI language. */
export const TAGLINES = {
  en: 'Your TikTok Shop score, risks and earnings at a glance',
  zh_CN: '一眼看清 TikTok Shop 店铺表现分、风险与收益',
  de: 'Score, Risiken und Verdienst deines TikTok Shops auf einen Blick',
  pl: 'Wynik, ryzyka i zarobki Twojego sklepu TikTok Shop w skrócie',
  uk: 'Оцінка, ризики й заробіток вашого TikTok Shop з першого погляду',
};

/**
 * Writes the screenshots of a phase (the seller's, then the partners' once their shops are
 * read) into `kit.dir`, and the promo tile with the seller's; returns the files written.
 */
export async function writeStoreKit(kit) {
  const phase = kit.phase ?? 'seller';
  const written = [];
  for (const shot of STORE_SHOTS) {
    if ((shot.phase ?? 'seller') !== phase || (shot.when && !shot.when(kit))) continue;
    writeFileSync(join(kit.dir, shot.file), await shot.take(kit));
    written.push(shot.file);
  }
  if (phase === 'seller') {
    writeFileSync(join(kit.dir, 'promo-tile-440x280.png'), await promoTile(kit));
    written.push('promo-tile-440x280.png');
  }
  return written;
}

/** A Seller Center page at 1280×800 once the reader has settled and the panel is drawn. */
async function sellerCenterPage(kit, url) {
  const page = await kit.context.newPage();
  await page.setViewportSize(SHOT);
  await page.goto(url);
  await page.locator('shop-pulse-overlay').locator('.panel .details').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  return page;
}

async function panelOnPage(kit) {
  const page = await sellerCenterPage(kit, SCORE_PAGE);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** An extension page at 1280×800, scrolled to `section` (a selector) when given. */
async function extensionPage(kit, path, section) {
  const page = await kit.context.newPage();
  await page.setViewportSize(SHOT);
  await page.goto(`chrome-extension://${kit.extensionId}/${path}`);
  await page.waitForSelector('main', { timeout: 10_000 });
  // Scrolled to the section, clear of the page's sticky header.
  if (section) await page.locator(section).evaluate((el) => globalThis.scrollTo(0, el.getBoundingClientRect().top + globalThis.scrollY - 64));
  await page.waitForTimeout(500);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/**
 * A popup cannot be photographed open in a headless browser, so the shot is put together the
 * way the browser shows it: the popup as drawn at its real size, hanging from the toolbar over
 * the Seller Center page it reads.
 */
async function popupOverPage(kit) {
  const page = await sellerCenterPage(kit, COMPASS_PAGE);
  // The panel folded to its one line, so the popup is what the eye meets; then unfolded again
  // (the panel remembers its state).
  const toggle = page.locator('shop-pulse-overlay').locator('button.line');
  await toggle.click();
  await page.waitForTimeout(200);
  const background = await page.screenshot();
  await toggle.click();
  await page.close();
  const popup = await kit.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${kit.extensionId}/popup.html`);
  await popup.locator('svg.sparkline').first().waitFor({ timeout: 10_000 });
  await popup.waitForTimeout(300);
  const drawn = await popup.screenshot();
  await popup.close();
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: ${SHOT.width}px; height: ${SHOT.height}px; overflow: hidden; position: relative; }
    .page { position: absolute; inset: 0; filter: brightness(0.93); }
    .popup { position: absolute; top: 10px; right: 28px; border: 1px solid #c9ced6; border-radius: 8px; overflow: hidden;
             box-shadow: 0 12px 32px rgba(0,0,0,.28), 0 2px 6px rgba(0,0,0,.16); }
    .popup img { display: block; }
  </style><img class="page" src="${dataUrl(background)}"><div class="popup"><img src="${dataUrl(drawn)}"></div>`;
  return render(kit, SHOT, html);
}

async function promoTile(kit) {
  const icon = dataUrl(readFileSync(resolve('public/icon/128.png')));
  const tagline = TAGLINES[kit.lang] ?? TAGLINES.en;
  const html = `<!doctype html><html lang="${kit.lang.replace('_', '-')}"><meta charset="utf-8"><style>
    body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden;
           font-family: system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #fff;
           background: linear-gradient(135deg, #1f2328 0%, #3a1f2b 55%, #cf1f4b 130%); }
    .brand { position: absolute; left: 28px; top: 28px; display: flex; align-items: center; gap: 14px; }
    .brand img { width: 56px; height: 56px; border-radius: 12px; background: #fff; padding: 4px; box-sizing: border-box; }
    .brand b { font-size: 30px; letter-spacing: .2px; }
    .tagline { position: absolute; left: 28px; right: 28px; top: 104px; font-size: 19px; line-height: 1.3; color: #f3e9ec; }
    .cards { position: absolute; left: 28px; bottom: 26px; display: flex; gap: 10px; }
    .card { background: #fff; color: #1f2328; border-radius: 8px; padding: 8px 12px; border-left: 4px solid #9a6700; min-width: 96px; }
    .card.ok { border-left-color: #1a7f37; }
    .card small { display: block; font-size: 11px; color: #59636e; }
    .card span { font-size: 20px; font-weight: 700; }
  </style><div class="brand"><img src="${icon}" alt=""><b>Shop Pulse</b></div>
  <div class="tagline">${escapeHtml(tagline)}</div>
  <div class="cards"><div class="card"><small>SPS</small><span>3.62</span></div>
  <div class="card ok"><small>90d</small><span>41</span></div><div class="card ok"><small>GMV</small><span>$31.6K</span></div></div>`;
  return render(kit, TILE, html);
}

/** HTML drawn at exactly `size` in the demo browser, as a PNG. */
async function render(kit, size, html) {
  const page = await kit.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  const png = await page.screenshot();
  await page.close();
  return png;
}

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
