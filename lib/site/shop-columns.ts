/**
 * The words of shop lists, as data: column headers that name a shop, its market or its id
 * (metric columns are found with the label dictionary, labels.ts, plus the short header
 * forms below), and rows that are no shop (totals). Same page languages as labels.ts.
 * Market names come from the browser's own `Intl.DisplayNames` in those languages, so
 * no country table ships in the content script.
 */
import type { MetricKey } from '../metrics';
import { REGIONAL_SELLER_HOSTS } from '../hosts';
import { normalizeLabel } from './labels';

export type ShopColumn = 'name' | 'region' | 'shopId';

/** Header words, `|`-separated per kind (en | zh-CN | id | th | vi), matched whole after normalizeLabel. */
const WORDS: Record<ShopColumn | MetricKey, string> = {
  name: 'Shop|Shop name|Store|Store name|Seller|店铺|店铺名称|商家|Toko|Nama toko|ร้านค้า|ชื่อร้านค้า|Cửa hàng|Tên cửa hàng|Tên shop',
  region: 'Region|Market|Country|Country/Region|Site|国家/地区|国家|地区|市场|站点|Wilayah|Negara|ภูมิภาค|ประเทศ|Khu vực|Quốc gia|Thị trường',
  shopId: 'Shop ID|Store ID|Seller ID|ID|店铺ID|ID toko|รหัสร้านค้า|ID cửa hàng',
  // Short forms lists use for metric columns, beyond the card labels.
  sps: 'Performance score|Shop performance|店铺分|体验分|Skor toko|คะแนนร้านค้า|Điểm cửa hàng',
  ordersLast90Days: '90-day orders|Orders (90 days)|Orders (last 90 days)|Eligible orders|90天订单数|近90天订单|有效订单数|Pesanan 90 hari|คำสั่งซื้อ 90 วัน|Đơn hàng 90 ngày',
  ahr: 'Account health|账户健康|Kesehatan akun|สุขภาพบัญชี|Sức khỏe tài khoản',
  violationPoints: 'Violations|Points|违规|Pelanggaran|การละเมิด|Vi phạm',
  gmv: 'Sales|销售额|Penjualan|Doanh số',
} as Record<ShopColumn | MetricKey, string>;

const INDEX = new Map<string, ShopColumn | MetricKey>();
for (const [kind, words] of Object.entries(WORDS)) for (const w of words.split('|')) INDEX.set(normalizeLabel(w).label, kind as ShopColumn | MetricKey);

const isShopColumn = (k: string): k is ShopColumn => k === 'name' || k === 'region' || k === 'shopId';

/** Which shop column a header names, if any. */
export function shopColumnOf(header: string): ShopColumn | null {
  const k = INDEX.get(normalizeLabel(header).label);
  return k && isShopColumn(k) ? k : null;
}

/** A metric header in its short list form ("90-day orders"), if it is one. */
export function metricHeaderOf(header: string): MetricKey | null {
  const k = INDEX.get(normalizeLabel(header).label);
  return k && !isShopColumn(k) ? k : null;
}

/** "Shop ID: 7495…", "ID：7495…", "ID 7495…", "店铺ID: …" in a shop's cell: the id the Seller Center URL carries. */
export const SHOP_ID_LINE_RE = /^(?:shop id|store id|id|店铺\s?id|id toko|id cửa hàng)(?:\s*[:：#]\s*|\s+(?=\d{6}))([\w-]{4,64})$/iu;

/** "Shop code: USLC…": a shop's code, never its id or its name. */
// ja/de/fr/es/it/ms/pt wordings are unverified guesses.
export const SHOP_CODE_LINE_RE =
  /^(?:shop code|store code|店铺代码|店铺编码|kode toko|รหัสร้าน|mã (?:cửa hàng|shop)|ショップコード|shop-?code|code (?:de la )?boutique|código (?:de (?:la )?)?(?:tienda|loja)|codice (?:del )?negozio|kod kedai)\s*[:：]?/iu;

/** Rows that sum the others: not a shop. */
export const TOTAL_ROW_RE = /^(?:(?:grand )?totals?|合计|总计|汇总|jumlah|รวม|tổng(?: cộng)?)$/iu;

const PAGE_LANGUAGES = ['en', 'zh-CN', 'id', 'ms', 'th', 'vi', 'pt-BR', 'de', 'fr', 'es', 'it', 'ja'];
/** How lists write a market besides its name and code. */
const ALIASES: Record<string, string> = { usa: 'US', uk: 'GB', 'great britain': 'GB', 'viet nam': 'VN' };
let markets: Map<string, string> | null = null;

/** Every market Shop Pulse knows, by its code and its name in each page language. Built once, on first use. */
function marketIndex(): Map<string, string> {
  if (markets) return markets;
  markets = new Map(Object.entries(ALIASES));
  const codes = new Set(Object.values(REGIONAL_SELLER_HOSTS));
  for (const lang of PAGE_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      continue; // a runtime without region names still knows the codes
    }
    for (const code of codes) {
      const name = names.of(code);
      if (name) markets.set(normalizeLabel(name).label, code);
    }
  }
  return markets;
}

/** A market cell ("US", "uk", "United Kingdom", "泰国", "🇺🇸 United States") → ISO code, or null. */
export function marketOf(text: string): string | null {
  const label = normalizeLabel(text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '')).label;
  if (/^[a-z]{2}$/.test(label)) return label === 'uk' ? 'GB' : label.toUpperCase();
  return marketIndex().get(label) ?? null;
}
