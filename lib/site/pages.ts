/**
 * URL → page kind, region and shop. Pure functions of the URL; each page kind carries
 * sample URLs (test/unit/site/pages.test.ts checks them all against all kinds).
 */
import { GLOBAL_SELLER_HOSTS, PARTNER_HOSTS, REGIONAL_SELLER_HOSTS } from '../hosts';
import type { PageKind } from '../metrics';

export type Surface = 'seller' | 'global' | 'partner';

/** Which Seller Center (or Partner Center) a host is, or null for any other site. */
export function surfaceOf(hostname: string): Surface | null {
  const host = hostname.toLowerCase();
  if (Object.hasOwn(REGIONAL_SELLER_HOSTS, host) || /^seller-[a-z]{2}\.tiktok\.com$/.test(host)) return 'seller';
  if (GLOBAL_SELLER_HOSTS.includes(host)) return 'global';
  if (PARTNER_HOSTS.includes(host)) return 'partner';
  return null;
}

/** ISO 3166 alpha-2 for a region code as TikTok writes it (`uk` → `GB`). */
export function isoRegion(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  return upper === 'UK' ? 'GB' : upper;
}

type PageRule = { kind: Exclude<PageKind, 'unknown'>; surfaces: readonly Surface[]; path: RegExp; samples: readonly string[] };

const SELLER: readonly Surface[] = ['seller', 'global'];

/** Page kinds as data. Paths are matched on the pathname only, case-insensitive. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    kind: 'home',
    surfaces: SELLER,
    path: /^\/homepage\/?$/i,
    samples: [
      'https://seller-us.tiktok.com/homepage?shop_region=US',
      'https://seller-id.tokopedia.com/homepage',
      'https://seller.tiktokshopglobalselling.com/homepage?shop_region=GB&shop_id=7495000000000000001',
    ],
  },
  {
    kind: 'analytics',
    surfaces: SELLER,
    path: /^\/compass\/(?:data-overview|product-analysis|video-analytics[\w-]*|analytics-live)(?:\/.*)?$/i,
    samples: [
      'https://seller-us.tiktok.com/compass/data-overview?shop_region=US',
      'https://seller-uk.tiktok.com/compass/product-analysis',
      'https://seller-my.tiktok.com/compass/video-analytics-detail?video_id=1',
      'https://seller.us.tiktokshopglobalselling.com/compass/analytics-live?shop_region=US',
    ],
  },
  {
    kind: 'shop-score',
    surfaces: SELLER,
    path: /^\/health-center\/experience-score\/?$/i,
    samples: [
      'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US',
      'https://seller-vn.tiktok.com/health-center/experience-score/',
    ],
  },
  {
    kind: 'account-health',
    surfaces: SELLER,
    path: /^\/(?:health-center\/?|health-center\/fulfillment-performance\/?|account\/health\/?)$/i,
    samples: [
      'https://seller-us.tiktok.com/health-center?shop_region=US',
      'https://seller-uk.tiktok.com/health-center/fulfillment-performance',
      'https://seller-th.tiktok.com/account/health',
      'https://seller-id.tokopedia.com/account/health?shop_region=ID',
    ],
  },
  {
    kind: 'partner',
    surfaces: ['partner'],
    path: /^\//,
    samples: ['https://partner.tiktokshop.com/shop/list', 'https://partner.us.tiktokshop.com/homepage?shop_region=US'],
  },
];

/** URLs on known hosts that are no page kind we read. */
export const UNKNOWN_SAMPLES: readonly string[] = [
  'https://seller-us.tiktok.com/order',
  'https://seller-us.tiktok.com/health-center/violation-records',
  'https://seller-us.tiktok.com/compass',
  'https://seller-us.tiktok.com/homepage/extra',
  'https://www.tiktok.com/homepage',
  'https://example.com/health-center',
];

function toUrl(url: string | URL): URL | null {
  try {
    return new URL(String(url));
  } catch {
    return null;
  }
}

export function pageKindOf(url: string | URL): PageKind {
  const u = toUrl(url);
  const surface = u && u.protocol === 'https:' ? surfaceOf(u.hostname) : null;
  if (!u || !surface) return 'unknown';
  const rule = PAGE_RULES.find((r) => r.surfaces.includes(surface) && r.path.test(u.pathname));
  return rule?.kind ?? 'unknown';
}

/** `shop_region` overrides the host; the host gives the region of a regional Seller Center. */
export function regionOf(url: string | URL): string | null {
  const u = toUrl(url);
  if (!u || !surfaceOf(u.hostname)) return null;
  const param = u.searchParams.get('shop_region');
  const fromParam = param ? isoRegion(param) : null;
  if (fromParam) return fromParam;
  const host = u.hostname.toLowerCase();
  const known = REGIONAL_SELLER_HOSTS[host];
  if (known) return known;
  const m = /^seller-([a-z]{2})\.tiktok\.com$/.exec(host);
  return m?.[1] ? isoRegion(m[1]) : null;
}

/**
 * The market whose money and number conventions a page uses: its region, or for the US
 * editions of Partner Center and Global Selling (`partner.us.…`, `seller.us.…`), the US — a
 * `$` there is US dollars even where the page names no shop region (the reading's region
 * stays null).
 */
export function marketRegionOf(url: string | URL): string | null {
  const region = regionOf(url);
  if (region) return region;
  const u = toUrl(url);
  return u && surfaceOf(u.hostname) && /^(?:partner|seller)\.us\./i.test(u.hostname) ? 'US' : null;
}

export function shopIdOf(url: string | URL): string | null {
  const u = toUrl(url);
  if (!u || !surfaceOf(u.hostname)) return null;
  const id = u.searchParams.get('shop_id')?.trim();
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}
