/**
 * The visible labels of every metric, per page language, as data. A label is matched
 * as a whole text (after normalizeLabel), never as a substring, so "GMV" does not
 * match "LIVE GMV". Adding a locale = adding strings here.
 *
 * Sources: en and zh-CN from Seller Center captures and help-center wording; id, th and
 * vi are best-effort from the regional help centers and not yet checked against live pages.
 */
import { METRIC_KEYS, type MetricKey } from '../metrics';
import { normalizeText } from './numbers';

export const LOCALES = ['en', 'zh-CN', 'id', 'th', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

type LabelTable = Record<MetricKey, Partial<Record<Locale, readonly string[]>>>;

export const LABELS: LabelTable = {
  gmv: {
    en: ['GMV', 'Total GMV', 'Shop GMV', 'Revenue', 'Gross revenue', 'Gross merchandise value'],
    'zh-CN': ['成交金额', '总成交金额', '商品交易总额', '销售额'],
    id: ['Pendapatan', 'Total pendapatan', 'Pendapatan kotor'],
    th: ['ยอดขาย', 'ยอดขายรวม', 'รายได้รวม'],
    vi: ['Doanh thu', 'Tổng doanh thu'],
  },
  orders: {
    en: ['Orders', 'Total orders', 'Paid orders', 'SKU orders'],
    'zh-CN': ['订单数', '成交订单数', '订单量', '支付订单数'],
    id: ['Pesanan', 'Jumlah pesanan', 'Total pesanan'],
    th: ['คำสั่งซื้อ', 'จำนวนคำสั่งซื้อ'],
    vi: ['Đơn hàng', 'Số đơn hàng'],
  },
  unitsSold: {
    en: ['Items sold', 'Units sold', 'Products sold'],
    'zh-CN': ['成交件数', '售出件数', '销量', '商品销量'],
    id: ['Produk terjual', 'Barang terjual', 'Unit terjual'],
    th: ['สินค้าที่ขายได้', 'จำนวนสินค้าที่ขายได้'],
    vi: ['Sản phẩm đã bán', 'Số lượng đã bán'],
  },
  buyers: {
    en: ['Buyers', 'Customers', 'Paying customers', 'Unique buyers'],
    'zh-CN': ['成交人数', '买家数', '成交买家数', '支付人数'],
    id: ['Pembeli'],
    th: ['ผู้ซื้อ'],
    vi: ['Người mua'],
  },
  visitors: {
    en: ['Visitors', 'Unique visitors', 'Shop visitors'],
    'zh-CN': ['访客数', '店铺访客数', '商品访客数'],
    id: ['Pengunjung'],
    th: ['ผู้เข้าชม'],
    vi: ['Khách truy cập'],
  },
  conversionRate: {
    en: ['Conversion rate', 'Order conversion rate', 'CO rate'],
    'zh-CN': ['转化率', '成交转化率', '支付转化率'],
    id: ['Tingkat konversi', 'Rasio konversi'],
    th: ['อัตราคอนเวอร์ชัน', 'อัตราการแปลง'],
    vi: ['Tỷ lệ chuyển đổi'],
  },
  gmvLive: {
    en: ['LIVE GMV', 'GMV from LIVE', 'LIVE revenue'],
    'zh-CN': ['直播成交金额', '直播GMV'],
    id: ['GMV LIVE'],
    th: ['GMV จาก LIVE'],
    vi: ['GMV từ LIVE'],
  },
  gmvVideo: {
    en: ['Video GMV', 'Short video GMV', 'GMV from videos', 'Video revenue'],
    'zh-CN': ['短视频成交金额', '视频成交金额', '短视频GMV'],
    id: ['GMV video'],
    th: ['GMV จากวิดีโอ'],
    vi: ['GMV từ video'],
  },
  gmvProductCard: {
    en: ['Product card GMV', 'GMV from product cards', 'Product card revenue'],
    'zh-CN': ['商品卡成交金额', '商品卡GMV'],
    id: ['GMV kartu produk'],
    th: ['GMV จากการ์ดสินค้า'],
    vi: ['GMV từ thẻ sản phẩm'],
  },
  sps: {
    en: ['Shop Performance Score', 'Shop performance score', 'SPS', 'Shop score'],
    'zh-CN': ['店铺体验分', '店铺表现分', '店铺绩效分'],
    id: ['Skor Performa Toko'],
    th: ['คะแนนประสิทธิภาพร้านค้า'],
    vi: ['Điểm hiệu quả hoạt động của Shop', 'Điểm hiệu suất cửa hàng'],
  },
  ordersLast90Days: {
    en: ['Orders in the last 90 days', 'Eligible orders (last 90 days)', 'Eligible orders in the past 90 days'],
    'zh-CN': ['近90天订单数', '近90天有效订单数'],
    id: ['Pesanan dalam 90 hari terakhir'],
  },
  negativeReviewRate: {
    en: ['Negative review rate'],
    'zh-CN': ['差评率'],
    id: ['Tingkat ulasan negatif'],
    th: ['อัตรารีวิวเชิงลบ'],
    vi: ['Tỷ lệ đánh giá tiêu cực'],
  },
  returnRefundRate: {
    en: ['Return/refund rate', 'Return and refund rate', 'Return & refund rate', 'Non-buyer-fault return/refund rate'],
    'zh-CN': ['退货退款率', '非买家责任退货退款率'],
    id: ['Tingkat pengembalian barang/dana'],
    vi: ['Tỷ lệ trả hàng/hoàn tiền'],
  },
  sellerCancellationRate: {
    en: ['Seller-fault cancellation rate', 'Seller cancellation rate', 'Cancellation rate'],
    'zh-CN': ['商家责任取消率', '卖家取消率', '取消率'],
    id: ['Tingkat pembatalan penjual'],
    vi: ['Tỷ lệ hủy đơn do người bán'],
  },
  onTimeDeliveryRate: {
    en: ['On-time delivery rate'],
    'zh-CN': ['准时送达率'],
    vi: ['Tỷ lệ giao hàng đúng hạn'],
  },
  imDissatisfactionRate: {
    en: ['IM dissatisfaction rate', 'Chat dissatisfaction rate'],
    'zh-CN': ['IM不满意率', '客服不满意率'],
  },
  shipOnTimeRate: {
    en: ['Ship on time rate', 'Ship-on-time rate', 'On-time shipping rate'],
    'zh-CN': ['准时发货率'],
  },
  lateDispatchRate: {
    en: ['Late dispatch rate', 'Late dispatch rate (LDR)'],
    'zh-CN': ['延迟发货率'],
    id: ['Tingkat keterlambatan pengiriman'],
    th: ['อัตราการจัดส่งล่าช้า'],
    vi: ['Tỷ lệ giao hàng trễ'],
  },
  returnRate: {
    en: ['Return rate'],
    'zh-CN': ['退货率'],
    vi: ['Tỷ lệ trả hàng'],
  },
  ahr: {
    en: ['Account health rating', 'Account Health Rating', 'AHR'],
    'zh-CN': ['账户健康评分', '账户健康分'],
  },
  violationPoints: {
    en: ['Violation points', 'Penalty points'],
    'zh-CN': ['违规积分', '违规分'],
    id: ['Poin pelanggaran'],
    th: ['คะแนนการละเมิด'],
    vi: ['Điểm vi phạm'],
  },
};

/** Trailing decorations a label may carry: `GMV ⓘ`, `Orders:`, `GMV (USD)`, `成交金额(元)`. */
const LABEL_UNIT_RE = /\s*[(（]\s*([a-z]{3}|[$€£¥₱฿₫%]|rm|rp|us\$|元|件|人|单)\s*[)）]$/u;

export type LabelMatch = { key: MetricKey; unit: string | null };

/** Lowercased, NFKC, without trailing `:`/`*`/`ⓘ`/`?` or a unit in brackets (returned apart). */
export function normalizeLabel(text: string): { label: string; unit: string | null } {
  let s = normalizeText(text.replace(/\u24d8/g, '')).toLowerCase();
  s = s.replace(/[\s:：*?？]+$/u, '');
  const m = LABEL_UNIT_RE.exec(s);
  if (!m) return { label: s, unit: null };
  return { label: s.slice(0, m.index).replace(/[\s:：*]+$/u, ''), unit: m[1] ?? null };
}

const INDEX = new Map<string, MetricKey>();
for (const key of METRIC_KEYS) {
  for (const list of Object.values(LABELS[key])) {
    for (const text of list ?? []) INDEX.set(normalizeLabel(text).label, key);
  }
}

/** Every label as matchLabel compares it (lowercase, NFKC, without decorations). */
export const NORMALIZED_LABELS: readonly string[] = [...INDEX.keys()];

/** Longer texts are never labels. */
export const LABEL_MAX_CHARS = 80;

/** How many first characters of a label `mayStartLabel` compares. */
const HEAD = 4;
/** The first HEAD characters (or all, when shorter) of every label, normalized. */
const HEADS = new Set([...INDEX.keys()].map((label) => label.slice(0, HEAD)));
const ASCII_RE = /^[\x21-\x7e][\x20-\x7e]*$/;

/**
 * Could a text that starts like `text` be a label, or an element's text that starts with
 * it? Cheap: most texts on a page (figures, names, SKUs) fail here.
 */
export function mayStartLabel(text: string): boolean {
  // Figures, prices and punctuation: no label starts with an ASCII digit or sign.
  if (text.charCodeAt(0) < 65) return false;
  let head = text.slice(0, HEAD + 1);
  // Printable ASCII: normalizeLabel would only lowercase it. Anything else: normalize
  // a prefix (NFKC, ⓘ).
  head = ASCII_RE.test(head) ? head.toLowerCase() : normalizeLabel(text.slice(0, 24)).label;
  if (head.length < 2) return true; // too short to tell: the element's text may go on
  for (let n = 2; n <= HEAD; n++) if (HEADS.has(head.slice(0, n))) return true;
  return false;
}

/** Which metric a visible text labels, if any (whole-text match, every locale). */
export function matchLabel(text: string): LabelMatch | null {
  if (text.length > LABEL_MAX_CHARS) return null;
  const { label, unit } = normalizeLabel(text);
  const key = INDEX.get(label);
  return key ? { key, unit } : null;
}
