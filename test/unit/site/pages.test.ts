import { describe, expect, it } from 'vitest';
import { ALL_HOSTS, REGIONAL_SELLER_HOSTS } from '../../../lib/hosts';
import { PAGE_RULES, UNKNOWN_SAMPLES, isoRegion, pageKindOf, regionOf, shopIdOf, surfaceOf } from '../../../lib/site/pages';

describe('page kinds from the URL', () => {
  const all = PAGE_RULES.flatMap((r) => r.samples.map((url) => ({ url, kind: r.kind })));

  it.each(all)('$url is $kind', ({ url, kind }) => expect(pageKindOf(url)).toBe(kind));

  it('no sample URL matches two kinds (all against all)', () => {
    for (const { url } of [...all, ...UNKNOWN_SAMPLES.map((url) => ({ url }))]) {
      const u = new URL(url);
      const surface = surfaceOf(u.hostname);
      const matching = PAGE_RULES.filter((r) => surface && r.surfaces.includes(surface) && r.path.test(u.pathname));
      expect(matching.length, url).toBeLessThanOrEqual(1);
    }
  });

  it.each(UNKNOWN_SAMPLES)('%s is unknown', (url) => expect(pageKindOf(url)).toBe('unknown'));

  it('every known host has a surface; http and junk URLs are unknown', () => {
    for (const host of ALL_HOSTS) expect(surfaceOf(host), host).not.toBeNull();
    expect(pageKindOf('http://seller-us.tiktok.com/homepage')).toBe('unknown');
    expect(pageKindOf('not a url')).toBe('unknown');
    expect(surfaceOf('www.tiktok.com')).toBeNull();
    expect(surfaceOf('seller-us.tiktok.com.evil.example')).toBeNull();
  });
});

describe('region and shop from the URL', () => {
  it('takes the region from every regional host (uk → GB)', () => {
    for (const [host, region] of Object.entries(REGIONAL_SELLER_HOSTS)) {
      expect(regionOf(`https://${host}/homepage`), host).toBe(region);
    }
    expect(regionOf('https://seller-uk.tiktok.com/homepage')).toBe('GB');
    expect(regionOf('https://seller-nz.tiktok.com/homepage')).toBe('NZ');
  });

  it('lets shop_region override the host, and needs it on global and partner hosts', () => {
    expect(regionOf('https://seller-us.tiktok.com/homepage?shop_region=GB')).toBe('GB');
    expect(regionOf('https://seller.tiktokshopglobalselling.com/homepage?shop_region=uk')).toBe('GB');
    expect(regionOf('https://seller.tiktokshopglobalselling.com/homepage')).toBeNull();
    expect(regionOf('https://partner.tiktokshop.com/shop/list')).toBeNull();
    expect(regionOf('https://seller-us.tiktok.com/homepage?shop_region=USA')).toBe('US');
    expect(regionOf('https://example.com/?shop_region=US')).toBeNull();
  });

  it('reads shop_id when it looks like one', () => {
    expect(shopIdOf('https://seller-us.tiktok.com/homepage?shop_region=US&shop_id=7495012345678901234')).toBe('7495012345678901234');
    expect(shopIdOf('https://seller-us.tiktok.com/homepage')).toBeNull();
    expect(shopIdOf('https://seller-us.tiktok.com/homepage?shop_id=<script>')).toBeNull();
    expect(shopIdOf('https://example.com/?shop_id=1')).toBeNull();
  });

  it('isoRegion', () => {
    expect(isoRegion('uk')).toBe('GB');
    expect(isoRegion('id')).toBe('ID');
    expect(isoRegion('usa')).toBeNull();
  });
});
