/**
 * The words of shop lists, as data: column headers that name a shop, its market or its id
 * (the metric columns are found with the label dictionary, labels.ts, plus the short
 * header forms below), the markets as lists write them, and rows that are no shop (totals).
 * Same page languages as labels.ts. Adding a language = adding strings here.
 */
import type { MetricKey } from '../metrics';
import { normalizeLabel } from './labels';

export type ShopColumn = 'name' | 'region' | 'shopId';

const COLUMN_WORDS: Record<ShopColumn, readonly string[]> = {
  name: [
    // en
    'Shop', 'Shop name', 'Shop info', 'Shop information', 'Store', 'Store name', 'Seller', 'Seller name', 'Seller shop', 'Shop account',
    // zh-CN
    '店铺', '店铺名称', '店铺名', '店铺信息', '商家', '商家名称', '卖家',
    // id
    'Toko', 'Nama toko', 'Penjual', 'Nama penjual',
    // th
    'ร้านค้า', 'ชื่อร้านค้า', 'ผู้ขาย',
    // vi
    'Cửa hàng', 'Tên cửa hàng', 'Shop', 'Tên shop', 'Người bán',
  ],
  region: [
    'Region', 'Market', 'Country', 'Country/Region', 'Country / Region', 'Site', 'Shop region', 'Market/Region',
    '国家/地区', '国家', '地区', '市场', '站点', '区域',
    'Wilayah', 'Negara', 'Pasar', 'Region toko',
    'ภูมิภาค', 'ประเทศ', 'ตลาด',
    'Khu vực', 'Quốc gia', 'Thị trường',
  ],
  shopId: [
    'Shop ID', 'Store ID', 'Seller ID', 'ID',
    '店铺ID', '店铺 ID', '商家ID',
    'ID toko', 'ID penjual',
    'รหัสร้านค้า', 'ไอดีร้านค้า',
    'ID cửa hàng', 'ID shop',
  ],
};

/**
 * Short forms lists use for metric columns that the card labels do not cover.
 * (Full labels — "Shop Performance Score", "GMV", "AHR" — come from labels.ts.)
 */
const METRIC_HEADERS: Partial<Record<MetricKey, readonly string[]>> = {
  sps: ['Performance score', 'Shop performance', 'SPS score', '店铺分', '体验分', 'Skor toko', 'คะแนนร้านค้า', 'Điểm cửa hàng'],
  ordersLast90Days: [
    '90-day orders', 'Orders (90 days)', 'Orders (last 90 days)', 'Orders, last 90 days', 'Eligible orders', 'Eligible orders (90 days)', '90d orders',
    '90天订单数', '近90天订单', '有效订单数',
    'Pesanan 90 hari', 'คำสั่งซื้อ 90 วัน', 'Đơn hàng 90 ngày',
  ],
  ahr: ['Account health', 'Account health score', 'Health rating', '账户健康', '账号健康分', 'Kesehatan akun', 'สุขภาพบัญชี', 'Sức khỏe tài khoản'],
  violationPoints: ['Violations', 'Violation score', 'Points', '违规', 'Pelanggaran', 'การละเมิด', 'Vi phạm'],
  gmv: ['GMV (period)', 'Sales', '销售额', 'Penjualan', 'Doanh số'],
};

const COLUMN_INDEX = new Map<string, ShopColumn>();
for (const [column, words] of Object.entries(COLUMN_WORDS) as Array<[ShopColumn, readonly string[]]>) {
  for (const w of words) COLUMN_INDEX.set(normalizeLabel(w).label, column);
}
const METRIC_INDEX = new Map<string, MetricKey>();
for (const [key, words] of Object.entries(METRIC_HEADERS) as Array<[MetricKey, readonly string[]]>) {
  for (const w of words) METRIC_INDEX.set(normalizeLabel(w).label, key);
}

/** Which shop column a header names (whole-text match after normalizeLabel), if any. */
export function shopColumnOf(header: string): ShopColumn | null {
  return COLUMN_INDEX.get(normalizeLabel(header).label) ?? null;
}

/** A metric header in its short list form ("90-day orders"), if it is one. */
export function metricHeaderOf(header: string): MetricKey | null {
  return METRIC_INDEX.get(normalizeLabel(header).label) ?? null;
}

/** "Shop ID: 7495…", "ID：7495…", "店铺ID: …" in a shop's cell: the id the Seller Center URL carries. */
export const SHOP_ID_LINE_RE = /^(?:shop id|store id|seller id|id|店铺\s?id|id toko|รหัสร้านค้า|id cửa hàng)\s*[:：#]?\s*([A-Za-z0-9_-]{4,64})$/iu;

/** "Shop code: USLC…": a shop's code, not its id (never stored as one), and never its name. */
export const SHOP_CODE_LINE_RE = /^(?:shop code|store code|seller code|店铺代码|店铺编码|商家代码|kode toko|รหัสร้าน|mã cửa hàng|mã shop)\s*[:：]?/iu;

/** Rows that sum the others: not a shop. */
export const TOTAL_ROW_RE = /^(?:total|totals|sum|all shops|grand total|合计|总计|汇总|全部店铺|jumlah|total keseluruhan|รวม|ทั้งหมด|tổng|tổng cộng)$/iu;

/** Markets as shop lists write them, in every page language, → ISO 3166 alpha-2. */
const MARKET_NAMES: Record<string, readonly string[]> = {
  US: ['United States', 'USA', 'U.S.', 'America', '美国', 'Amerika Serikat', 'สหรัฐอเมริกา', 'Hoa Kỳ', 'Mỹ'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', '英国', 'Inggris', 'สหราชอาณาจักร', 'Vương quốc Anh', 'Anh'],
  IE: ['Ireland', '爱尔兰'],
  DE: ['Germany', '德国', 'Jerman', 'Đức'],
  FR: ['France', '法国', 'Prancis', 'Pháp'],
  IT: ['Italy', '意大利', 'Italia', 'Ý'],
  ES: ['Spain', '西班牙', 'Spanyol', 'Tây Ban Nha'],
  MX: ['Mexico', '墨西哥', 'Meksiko'],
  BR: ['Brazil', '巴西', 'Brasil'],
  JP: ['Japan', '日本', 'Jepang', 'Nhật Bản'],
  MY: ['Malaysia', '马来西亚', 'มาเลเซีย', 'Mã Lai'],
  PH: ['Philippines', '菲律宾', 'Filipina', 'ฟิลิปปินส์', 'Phi-líp-pin', 'Philippin'],
  SG: ['Singapore', '新加坡', 'Singapura', 'สิงคโปร์'],
  VN: ['Vietnam', 'Viet Nam', '越南', 'เวียดนาม', 'Việt Nam'],
  ID: ['Indonesia', '印度尼西亚', '印尼', 'อินโดนีเซีย'],
  TH: ['Thailand', '泰国', 'ประเทศไทย', 'ไทย', 'Thái Lan'],
};

const MARKET_INDEX = new Map<string, string>();
for (const [iso, names] of Object.entries(MARKET_NAMES)) {
  MARKET_INDEX.set(iso.toLowerCase(), iso);
  for (const n of names) MARKET_INDEX.set(normalizeLabel(n).label, iso);
}

/** A market cell ("US", "uk", "United Kingdom", "泰国", "🇺🇸 United States") → ISO code, or null. */
export function marketOf(text: string): string | null {
  const label = normalizeLabel(text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '')).label;
  return MARKET_INDEX.get(label) ?? null;
}
