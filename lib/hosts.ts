/**
 * The Seller Center and Partner Center hosts Shop Pulse runs on (shared/DOMAIN.md).
 * One list feeds the manifest (host permissions, content-script matches) and the
 * reader's region detection, so a new market is one line here.
 *
 * Match patterns cannot say `seller-*.tiktok.com`, and `*.tiktok.com` would also
 * match the consumer site, so the regional hosts are listed one by one.
 */

/** Regional Seller Center host prefix → ISO 3166 alpha-2 region. */
export const REGIONAL_SELLER_HOSTS: Record<string, string> = {
  'seller-us.tiktok.com': 'US',
  'seller-uk.tiktok.com': 'GB',
  'seller-ie.tiktok.com': 'IE',
  'seller-de.tiktok.com': 'DE',
  'seller-fr.tiktok.com': 'FR',
  'seller-it.tiktok.com': 'IT',
  'seller-es.tiktok.com': 'ES',
  'seller-mx.tiktok.com': 'MX',
  'seller-br.tiktok.com': 'BR',
  'seller-jp.tiktok.com': 'JP',
  'seller-my.tiktok.com': 'MY',
  'seller-ph.tiktok.com': 'PH',
  'seller-sg.tiktok.com': 'SG',
  'seller-vn.tiktok.com': 'VN',
  'seller-id.tiktok.com': 'ID',
  'seller-th.tiktok.com': 'TH',
  'seller-id.tokopedia.com': 'ID',
};

/** Cross-border (global selling) Seller Center: region only from `shop_region`. */
export const GLOBAL_SELLER_HOSTS = ['seller.tiktokshopglobalselling.com', 'seller.us.tiktokshopglobalselling.com'];

/** Partner Center for TikTok Shop Partners (agencies). */
export const PARTNER_HOSTS = ['partner.tiktokshop.com', 'partner.us.tiktokshop.com'];

export const ALL_HOSTS = [...Object.keys(REGIONAL_SELLER_HOSTS), ...GLOBAL_SELLER_HOSTS, ...PARTNER_HOSTS];

/** Match patterns for the manifest: https only, every path. */
export const HOST_MATCHES = ALL_HOSTS.map((host) => `https://${host}/*`);

export function isKnownHost(hostname: string): boolean {
  return ALL_HOSTS.includes(hostname.toLowerCase());
}
