import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Shop } from '../../../lib/history';
import { translator } from '../../../lib/i18n';
import { listenForNotificationClicks, showWarningNotification } from '../../../lib/platform/notifications';

const shop: Shop = { key: 'GB:77', region: 'GB', shopId: '77', name: 'Tea & Co', currency: 'GBP', firstSeen: '', lastSeen: '', readingCount: 3 };

describe('warning notifications', () => {
  it('shows the warning in words and, on click, opens the Seller Center page that shows the metric', async () => {
    const created: Array<[string, { title: string; message: string }]> = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, opts: { title: string; message: string }) => {
      created.push([id, opts]);
      return id;
    }) as never);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);

    await showWarningNotification(
      shop,
      { code: 'sps-below-threshold', severity: 'critical', metric: 'sps', value: 3.41, threshold: 3.5 },
      translator('en'),
      'en-GB',
      new Date('2026-11-23T10:00:00Z'),
    );
    const [id, opts] = created[0]!;
    expect(opts.title).toBe('Shop Pulse · Tea & Co');
    expect(opts.message).toBe('SPS 3.41 is below 3.50.');

    listenForNotificationClicks(async (key) => (key === shop.key ? shop : undefined));
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(opened).toHaveBeenCalled());
    expect(opened).toHaveBeenCalledWith({ url: 'https://seller-uk.tiktok.com/health-center/experience-score?shop_region=GB&shop_id=77' });
  });
});
