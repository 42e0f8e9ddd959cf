/**
 * Where the program rules and figures come from: public pages a seller can look up, as data
 * (publisher, title, publication date, link where one is public). Never a file name of ours:
 * a seller cannot open that, let alone trust it.
 */
import { z } from 'zod';

export const SourceSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date: a day, or only the month where the page shows no day. */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
  /** Only a link that is known to exist; none rather than a guessed one. */
  url: z.url().optional(),
});

export type Source = z.infer<typeof SourceSchema>;

/** Ebrun's report of the Smart Promotion launch (from 20 January 2026, 3.5% fee, 5× ROI target). */
export const EBRUN_SMART_PROMOTION: Source = {
  publisher: 'Ebrun (亿邦动力)',
  title: 'TikTok Shop推出智能促销计划 承诺可实现5倍ROI',
  date: '2026-02-12',
  url: 'https://m.ebrun.com/640434.html',
};

/** The Seller University article for the October 2025 NewStar round ($20 per new product, $50 per cold start). */
export const SELLER_UNIVERSITY_NEWSTAR: Source = {
  publisher: 'TikTok Shop Seller University',
  title: 'October 2025 TikTok Shop US NewStar Product Sales Incentive Program Introduction',
  date: '2025-10',
  url: 'https://seller-us.tiktok.com/university/essay?knowledge_id=6095875094218551',
};

/** Digiday's report of the Q4 2025 TikTok Shop Partner incentives (daily GMV, rank-up, credits, BFCM). */
export const DIGIDAY_TSP_Q4_2025: Source = {
  publisher: 'Digiday',
  title: 'TikTok dangles cash, credits and fully-funded deals to supercharge U.S. Shop spending',
  date: '2025-11-17',
  url: 'https://digiday.com/marketing/tiktok-dangles-cash-credits-and-fully-funded-deals-to-supercharge-u-s-shop-spending/',
};

/** One line for plain-text surfaces (the rules' English output, docs): publisher, “title”, date. */
export function sourceLabel(s: Source): string {
  return `${s.publisher}, “${s.title}”, ${s.date}`;
}
