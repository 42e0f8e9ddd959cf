/**
 * The markets and languages a generated page may be in: host, currency, number and date
 * formats, and the words a Seller Center page uses around its figures. The metric labels
 * are the generator's own phrasebook (DOMAIN.md's real labels where it gives them,
 * best guesses elsewhere), not the reader's dictionary.
 */
import type { MetricKey } from '../../lib/metrics';

export type NumberStyle = {
  decimal: '.' | ',';
  /** Thousands separator. */
  group: string;
  /** Money: marker before or after the digits, with or without a space. */
  money: { marker: string; before: boolean; space: boolean } | null;
  /** Percent: `5.23%` or `5,23 %`. */
  percentSpace: boolean;
};

export type Market = {
  id: string;
  host: string;
  region: string;
  /** Query string Seller Center adds after load. */
  query: string;
  /** ISO currency of this market's money, null when figures carry no marker. */
  currency: string | null;
  numbers: NumberStyle;
  /** Formats an ISO date the way this market's pages print it. */
  date: (iso: string) => string;
  rangeSeparator: string;
  words: Words;
  labels: Partial<Record<MetricKey, readonly string[]>>;
  /** Bare captions of the GMV-by-channel tiles. */
  channels: { gmvLive: string; gmvVideo: string; gmvProductCard: string; title: string };
  /** How the health score is counted in this market. */
  health: 'ahr' | 'violationPoints';
};

export type Words = {
  vs: readonly string[];
  target: string;
  benchmark: string;
  updated: string;
  status: readonly string[];
  notEnough: (n: number) => string;
  requires: string;
  compared: string;
  points: string;
  menu: readonly string[];
  todo: readonly string[];
  metric: string;
  yourShop: string;
  product: string;
  lastDays: string;
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');

const dateUS = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
};
const dateDMY = (sep: string) => (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${pad(d)}${sep}${pad(m)}${sep}${y}`;
};
const dateISO = (iso: string) => iso;
const dateSlashYMD = (iso: string) => iso.replaceAll('-', '/');
const dateThai = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${pad(d)}/${pad(m)}/${y + 543}`;
};
const dateIdText = (iso: string) => {
  const [y, m, d] = ymd(iso);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  return `${d} ${months[m - 1]} ${y}`;
};

const US_NUM: NumberStyle = { decimal: '.', group: ',', money: { marker: '$', before: true, space: false }, percentSpace: false };

const EN_WORDS: Words = {
  vs: ['vs. previous 7 days', 'vs last 30 days', 'Compared to previous period', 'vs. yesterday'],
  target: 'Target',
  benchmark: 'Category average',
  updated: 'Updated',
  status: ['Good', 'Excellent', 'At risk', 'Fair', 'Needs improvement'],
  notEnough: (n) => `Not enough orders yet (${n}/30)`,
  requires: 'Smart Promotion requires a score of',
  compared: 'Compared with:',
  points: 'points',
  menu: ['Home', 'Orders', 'Products', 'Marketing', 'Analytics', 'Data Compass', 'Account health', 'Finance', 'Growth'],
  todo: ['To ship', 'Returns to handle', 'Pending reviews', 'Messages'],
  metric: 'Metric',
  yourShop: 'Your shop',
  product: 'Product',
  lastDays: 'Last 7 days',
};

const EN_LABELS: Market['labels'] = {
  gmv: ['GMV', 'Total GMV', 'Gross revenue'],
  orders: ['Orders', 'SKU orders'],
  unitsSold: ['Items sold', 'Units sold'],
  buyers: ['Buyers', 'Customers'],
  visitors: ['Visitors', 'Unique visitors'],
  conversionRate: ['Conversion rate'],
  gmvLive: ['LIVE GMV'],
  gmvVideo: ['Video GMV'],
  gmvProductCard: ['Product card GMV'],
  sps: ['Shop Performance Score', 'Shop performance score', 'SPS'],
  ordersLast90Days: ['Eligible orders (last 90 days)', 'Orders in the last 90 days'],
  negativeReviewRate: ['Negative review rate'],
  returnRefundRate: ['Return/refund rate', 'Non-buyer-fault return/refund rate'],
  sellerCancellationRate: ['Seller-fault cancellation rate', 'Seller-Fault Cancellation Rate'],
  onTimeDeliveryRate: ['On-time delivery rate'],
  imDissatisfactionRate: ['IM dissatisfaction rate'],
  shipOnTimeRate: ['Ship on-time rate', 'Ship on time rate'],
  lateDispatchRate: ['Late dispatch rate', 'Late Dispatch Rate'],
  ahr: ['Account Health Rating', 'Account health rating'],
  violationPoints: ['Violation points'],
};
const EN_CHANNELS = { gmvLive: 'LIVE', gmvVideo: 'Videos', gmvProductCard: 'Product card', title: 'GMV by channel' };

export const MARKETS: readonly Market[] = [
  {
    id: 'en-US', host: 'seller-us.tiktok.com', region: 'US', query: '?shop_region=US&shop_id=7495012345678901234', currency: 'USD',
    numbers: US_NUM, date: dateUS, rangeSeparator: ' - ', words: EN_WORDS, labels: EN_LABELS, channels: EN_CHANNELS, health: 'ahr',
  },
  {
    id: 'en-GB', host: 'seller-uk.tiktok.com', region: 'GB', query: '?shop_region=GB', currency: 'GBP',
    numbers: { ...US_NUM, money: { marker: '£', before: true, space: false } },
    date: dateDMY('/'), rangeSeparator: ' - ', words: EN_WORDS, labels: EN_LABELS, channels: EN_CHANNELS, health: 'ahr',
  },
  {
    id: 'en-MY', host: 'seller-my.tiktok.com', region: 'MY', query: '', currency: 'MYR',
    numbers: { ...US_NUM, money: { marker: 'RM', before: true, space: false } },
    date: dateDMY('/'), rangeSeparator: ' ~ ', words: EN_WORDS, labels: EN_LABELS, channels: EN_CHANNELS, health: 'violationPoints',
  },
  {
    id: 'en-PH', host: 'seller-ph.tiktok.com', region: 'PH', query: '?shop_region=PH', currency: 'PHP',
    numbers: { ...US_NUM, money: { marker: '₱', before: true, space: false } },
    date: dateISO, rangeSeparator: ' ~ ', words: EN_WORDS, labels: EN_LABELS, channels: EN_CHANNELS, health: 'violationPoints',
  },
  {
    id: 'zh-CN', host: 'seller.tiktokshopglobalselling.com', region: 'US', query: '?shop_region=US&shop_id=7495000000000000001', currency: 'USD',
    numbers: US_NUM, date: dateISO, rangeSeparator: ' ~ ',
    words: {
      vs: ['较前7天', '环比', '较上周期'], target: '目标', benchmark: '行业平均', updated: '更新于', status: ['优秀', '良好', '有风险'],
      notEnough: (n) => `订单量不足（${n}/30）`, requires: '智能促销要求评分不低于', compared: '对比周期：', points: '分',
      menu: ['首页', '订单', '商品', '营销', '数据罗盘', '账户健康', '财务'], todo: ['待发货', '待处理退货', '待回复消息'],
      metric: '指标', yourShop: '本店', product: '商品', lastDays: '近7天',
    },
    labels: {
      gmv: ['成交金额', 'GMV'], orders: ['订单数', '成交订单数'], unitsSold: ['成交件数', '商品销量'], buyers: ['成交人数', '买家数'],
      visitors: ['访客数'], conversionRate: ['转化率', '成交转化率'], sps: ['店铺体验分', '店铺表现分'], ordersLast90Days: ['近90天有效订单数'],
      negativeReviewRate: ['差评率'], returnRefundRate: ['退货退款率'], sellerCancellationRate: ['商家责任取消率'], onTimeDeliveryRate: ['准时送达率'],
      lateDispatchRate: ['延迟发货率'], shipOnTimeRate: ['准时发货率'], ahr: ['账户健康分'], violationPoints: ['违规积分'],
    },
    channels: { gmvLive: '直播', gmvVideo: '短视频', gmvProductCard: '商品卡', title: '成交渠道' },
    health: 'ahr',
  },
  {
    id: 'id', host: 'seller-id.tokopedia.com', region: 'ID', query: '?shop_region=ID', currency: 'IDR',
    numbers: { decimal: ',', group: '.', money: { marker: 'Rp', before: true, space: true }, percentSpace: false },
    date: dateIdText, rangeSeparator: ' - ',
    words: {
      vs: ['vs 7 hari sebelumnya', 'vs periode sebelumnya', 'dibandingkan kemarin'], target: 'Target', benchmark: 'Rata-rata kategori', updated: 'Diperbarui',
      status: ['Baik', 'Sangat baik', 'Berisiko'], notEnough: (n) => `Pesanan belum cukup (${n}/30)`, requires: 'Promosi Pintar memerlukan skor minimal',
      compared: 'Dibandingkan dengan:', points: 'poin', menu: ['Beranda', 'Pesanan', 'Produk', 'Pemasaran', 'Data', 'Kesehatan Toko', 'Keuangan'],
      todo: ['Perlu dikirim', 'Pengembalian', 'Ulasan baru'], metric: 'Metrik', yourShop: 'Toko Anda', product: 'Produk', lastDays: '7 hari terakhir',
    },
    labels: {
      gmv: ['GMV', 'Total GMV'], orders: ['Pesanan', 'Total pesanan'], unitsSold: ['Produk terjual'], buyers: ['Pembeli'], visitors: ['Pengunjung'],
      conversionRate: ['Tingkat konversi'], sps: ['Rating Toko', 'Skor Performa Toko'], lateDispatchRate: ['Tingkat keterlambatan pengiriman'],
      violationPoints: ['Poin pelanggaran'], negativeReviewRate: ['Tingkat ulasan negatif'], sellerCancellationRate: ['Tingkat pembatalan penjual'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Video', gmvProductCard: 'Kartu produk', title: 'GMV per saluran' },
    health: 'violationPoints',
  },
  {
    id: 'vi', host: 'seller-vn.tiktok.com', region: 'VN', query: '?shop_region=VN', currency: 'VND',
    numbers: { decimal: ',', group: '.', money: { marker: '₫', before: false, space: false }, percentSpace: false },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['so với 7 ngày trước', 'so với kỳ trước'], target: 'Mục tiêu', benchmark: 'Trung bình ngành', updated: 'Cập nhật',
      status: ['Tốt', 'Xuất sắc', 'Có rủi ro'], notEnough: (n) => `Chưa đủ đơn hàng (${n}/30)`, requires: 'Khuyến mãi thông minh yêu cầu điểm từ',
      compared: 'So sánh với:', points: 'điểm', menu: ['Trang chủ', 'Đơn hàng', 'Sản phẩm', 'Tiếp thị', 'Phân tích', 'Tình trạng tài khoản'],
      todo: ['Chờ gửi hàng', 'Trả hàng', 'Tin nhắn'], metric: 'Chỉ số', yourShop: 'Cửa hàng', product: 'Sản phẩm', lastDays: '7 ngày qua',
    },
    labels: {
      gmv: ['Tổng GMV', 'GMV'], orders: ['Đơn hàng', 'Số đơn hàng'], unitsSold: ['Sản phẩm đã bán'], buyers: ['Người mua'], visitors: ['Khách truy cập'],
      conversionRate: ['Tỷ lệ chuyển đổi'], sps: ['Điểm cửa hàng'], ahr: ['Điểm tình trạng tài khoản'], violationPoints: ['Điểm vi phạm'],
      lateDispatchRate: ['Tỷ lệ giao hàng trễ'], negativeReviewRate: ['Tỷ lệ đánh giá tiêu cực'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Video', gmvProductCard: 'Thẻ sản phẩm', title: 'GMV theo nội dung' },
    health: 'violationPoints',
  },
  {
    id: 'th', host: 'seller-th.tiktok.com', region: 'TH', query: '', currency: 'THB',
    numbers: { ...US_NUM, money: { marker: '฿', before: true, space: false } },
    date: dateThai, rangeSeparator: ' - ',
    words: {
      vs: ['เทียบกับ 7 วันก่อนหน้า', 'เทียบกับช่วงก่อนหน้า'], target: 'เป้าหมาย', benchmark: 'ค่าเฉลี่ยหมวดหมู่', updated: 'อัปเดตเมื่อ',
      status: ['ดี', 'ดีเยี่ยม', 'มีความเสี่ยง'], notEnough: (n) => `คำสั่งซื้อไม่เพียงพอ (${n}/30)`, requires: 'Smart Promotion ต้องมีคะแนนอย่างน้อย',
      compared: 'เทียบกับ:', points: 'คะแนน', menu: ['หน้าแรก', 'คำสั่งซื้อ', 'สินค้า', 'การตลาด', 'ข้อมูล', 'สุขภาพบัญชี'],
      todo: ['รอจัดส่ง', 'คืนสินค้า', 'ข้อความ'], metric: 'ตัวชี้วัด', yourShop: 'ร้านของคุณ', product: 'สินค้า', lastDays: '7 วันที่ผ่านมา',
    },
    labels: {
      gmv: ['GMV', 'ยอดขายรวม'], orders: ['คำสั่งซื้อ'], unitsSold: ['สินค้าที่ขายได้'], buyers: ['ผู้ซื้อ'], visitors: ['ผู้เข้าชม'],
      conversionRate: ['อัตราการแปลง'], sps: ['คะแนนประสิทธิภาพร้านค้า'], violationPoints: ['คะแนนการละเมิด'],
      lateDispatchRate: ['อัตราการจัดส่งล่าช้า'], shipOnTimeRate: ['อัตราการจัดส่งตรงเวลา'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'วิดีโอ', gmvProductCard: 'การ์ดสินค้า', title: 'GMV ตามช่องทาง' },
    health: 'violationPoints',
  },
  {
    id: 'pt-BR', host: 'seller-br.tiktok.com', region: 'BR', query: '?shop_region=BR', currency: 'BRL',
    numbers: { decimal: ',', group: '.', money: { marker: 'R$', before: true, space: true }, percentSpace: false },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['vs. 7 dias anteriores', 'em relação ao período anterior'], target: 'Meta', benchmark: 'Média da categoria', updated: 'Atualizado em',
      status: ['Bom', 'Excelente', 'Em risco'], notEnough: (n) => `Pedidos insuficientes (${n}/30)`, requires: 'A Promoção Inteligente exige pontuação mínima de',
      compared: 'Comparado com:', points: 'pontos', menu: ['Início', 'Pedidos', 'Produtos', 'Marketing', 'Análises', 'Integridade da conta'],
      todo: ['A enviar', 'Devoluções', 'Mensagens'], metric: 'Métrica', yourShop: 'Sua loja', product: 'Produto', lastDays: 'Últimos 7 dias',
    },
    labels: {
      gmv: ['GMV', 'GMV total'], orders: ['Pedidos'], unitsSold: ['Itens vendidos'], buyers: ['Compradores'], visitors: ['Visitantes'],
      conversionRate: ['Taxa de conversão'], sps: ['Pontuação de desempenho da loja'], ahr: ['Avaliação da integridade da conta'],
      negativeReviewRate: ['Taxa de avaliações negativas'], sellerCancellationRate: ['Taxa de cancelamento pelo vendedor'],
      onTimeDeliveryRate: ['Taxa de entrega no prazo'], lateDispatchRate: ['Taxa de envio atrasado'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Vídeos', gmvProductCard: 'Cartão de produto', title: 'GMV por canal' },
    health: 'ahr',
  },
  {
    id: 'de', host: 'seller-de.tiktok.com', region: 'DE', query: '?shop_region=DE', currency: 'EUR',
    numbers: { decimal: ',', group: '.', money: { marker: '€', before: false, space: true }, percentSpace: true },
    date: dateDMY('.'), rangeSeparator: ' – ',
    words: {
      vs: ['ggü. vorherigen 7 Tagen', 'im Vergleich zum Vorzeitraum'], target: 'Ziel', benchmark: 'Kategoriedurchschnitt', updated: 'Aktualisiert am',
      status: ['Gut', 'Sehr gut', 'Gefährdet'], notEnough: (n) => `Nicht genügend Bestellungen (${n}/30)`, requires: 'Smart Promotion erfordert mindestens',
      compared: 'Verglichen mit:', points: 'Punkte', menu: ['Startseite', 'Bestellungen', 'Produkte', 'Marketing', 'Analysen', 'Kontostatus'],
      todo: ['Zu versenden', 'Rücksendungen', 'Nachrichten'], metric: 'Kennzahl', yourShop: 'Ihr Shop', product: 'Produkt', lastDays: 'Letzte 7 Tage',
    },
    labels: {
      gmv: ['GMV', 'Bruttowarenwert'], orders: ['Bestellungen'], unitsSold: ['Verkaufte Artikel'], buyers: ['Käufer'], visitors: ['Besucher'],
      conversionRate: ['Konversionsrate'], sps: ['Shop-Leistungsbewertung'], ahr: ['Kontostatus-Bewertung'],
      negativeReviewRate: ['Rate negativer Bewertungen'], lateDispatchRate: ['Rate verspäteter Versendungen'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Videos', gmvProductCard: 'Produktkarte', title: 'GMV nach Kanal' },
    health: 'ahr',
  },
  {
    id: 'fr', host: 'seller-fr.tiktok.com', region: 'FR', query: '', currency: 'EUR',
    numbers: { decimal: ',', group: '\u202f', money: { marker: '€', before: false, space: true }, percentSpace: true },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['par rapport aux 7 jours précédents', 'vs période précédente'], target: 'Objectif', benchmark: 'Moyenne de la catégorie', updated: 'Mis à jour le',
      status: ['Bon', 'Excellent', 'À risque'], notEnough: (n) => `Commandes insuffisantes (${n}/30)`, requires: 'Smart Promotion exige un score minimum de',
      compared: 'Comparé à :', points: 'points', menu: ['Accueil', 'Commandes', 'Produits', 'Marketing', 'Analyses', 'Santé du compte'],
      todo: ['À expédier', 'Retours', 'Messages'], metric: 'Indicateur', yourShop: 'Votre boutique', product: 'Produit', lastDays: '7 derniers jours',
    },
    labels: {
      gmv: ['GMV', 'Volume d’affaires brut'], orders: ['Commandes'], unitsSold: ['Articles vendus'], buyers: ['Acheteurs'], visitors: ['Visiteurs'],
      conversionRate: ['Taux de conversion'], sps: ['Score de performance de la boutique'], ahr: ['Évaluation de la santé du compte'],
      negativeReviewRate: ['Taux d’avis négatifs'], lateDispatchRate: ['Taux d’expédition tardive'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Vidéos', gmvProductCard: 'Fiche produit', title: 'GMV par canal' },
    health: 'ahr',
  },
  {
    id: 'es', host: 'seller-es.tiktok.com', region: 'ES', query: '?shop_region=ES', currency: 'EUR',
    numbers: { decimal: ',', group: '.', money: { marker: '€', before: false, space: true }, percentSpace: true },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['frente a los 7 días anteriores', 'vs. periodo anterior'], target: 'Objetivo', benchmark: 'Media de la categoría', updated: 'Actualizado el',
      status: ['Bueno', 'Excelente', 'En riesgo'], notEnough: (n) => `Pedidos insuficientes (${n}/30)`, requires: 'Smart Promotion requiere una puntuación mínima de',
      compared: 'Comparado con:', points: 'puntos', menu: ['Inicio', 'Pedidos', 'Productos', 'Marketing', 'Análisis', 'Estado de la cuenta'],
      todo: ['Por enviar', 'Devoluciones', 'Mensajes'], metric: 'Métrica', yourShop: 'Tu tienda', product: 'Producto', lastDays: 'Últimos 7 días',
    },
    labels: {
      gmv: ['GMV'], orders: ['Pedidos'], unitsSold: ['Artículos vendidos'], buyers: ['Compradores'], visitors: ['Visitantes'],
      conversionRate: ['Tasa de conversión'], sps: ['Puntuación de rendimiento de la tienda'], ahr: ['Calificación de salud de la cuenta'],
      lateDispatchRate: ['Tasa de envío tardío'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Vídeos', gmvProductCard: 'Tarjeta de producto', title: 'GMV por canal' },
    health: 'ahr',
  },
  {
    id: 'it', host: 'seller-it.tiktok.com', region: 'IT', query: '', currency: 'EUR',
    numbers: { decimal: ',', group: '.', money: { marker: '€', before: false, space: true }, percentSpace: false },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['rispetto ai 7 giorni precedenti', 'vs periodo precedente'], target: 'Obiettivo', benchmark: 'Media della categoria', updated: 'Aggiornato il',
      status: ['Buono', 'Ottimo', 'A rischio'], notEnough: (n) => `Ordini insufficienti (${n}/30)`, requires: 'Smart Promotion richiede un punteggio minimo di',
      compared: 'Confrontato con:', points: 'punti', menu: ['Home', 'Ordini', 'Prodotti', 'Marketing', 'Analisi', 'Stato account'],
      todo: ['Da spedire', 'Resi', 'Messaggi'], metric: 'Metrica', yourShop: 'Il tuo negozio', product: 'Prodotto', lastDays: 'Ultimi 7 giorni',
    },
    labels: {
      gmv: ['GMV'], orders: ['Ordini'], unitsSold: ['Articoli venduti'], buyers: ['Acquirenti'], visitors: ['Visitatori'],
      conversionRate: ['Tasso di conversione'], sps: ['Punteggio di prestazione del negozio'], ahr: ['Valutazione dello stato dell’account'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Video', gmvProductCard: 'Scheda prodotto', title: 'GMV per canale' },
    health: 'ahr',
  },
  {
    id: 'ja', host: 'seller-jp.tiktok.com', region: 'JP', query: '?shop_region=JP', currency: 'JPY',
    numbers: { decimal: '.', group: ',', money: { marker: '¥', before: true, space: false }, percentSpace: false },
    date: dateSlashYMD, rangeSeparator: ' ~ ',
    words: {
      vs: ['前7日間比', '前期間比'], target: '目標', benchmark: 'カテゴリー平均', updated: '更新日',
      status: ['良好', '優秀', '要注意'], notEnough: (n) => `注文数が不足しています（${n}/30）`, requires: 'スマートプロモーションの条件はスコア',
      compared: '比較期間：', points: 'ポイント', menu: ['ホーム', '注文', '商品', 'マーケティング', 'データ分析', 'アカウントヘルス'],
      todo: ['発送待ち', '返品', 'メッセージ'], metric: '指標', yourShop: 'あなたのショップ', product: '商品', lastDays: '過去7日間',
    },
    labels: {
      gmv: ['GMV', '流通総額'], orders: ['注文数'], unitsSold: ['販売数'], buyers: ['購入者数'], visitors: ['訪問者数'],
      conversionRate: ['コンバージョン率'], sps: ['ショップパフォーマンススコア'], ahr: ['アカウントヘルス評価'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: '動画', gmvProductCard: '商品カード', title: 'チャネル別GMV' },
    health: 'ahr',
  },
  {
    id: 'ms', host: 'seller-my.tiktok.com', region: 'MY', query: '?shop_region=MY', currency: 'MYR',
    numbers: { ...US_NUM, money: { marker: 'RM', before: true, space: false } },
    date: dateDMY('/'), rangeSeparator: ' - ',
    words: {
      vs: ['berbanding 7 hari sebelumnya', 'berbanding tempoh sebelumnya'], target: 'Sasaran', benchmark: 'Purata kategori', updated: 'Dikemas kini',
      status: ['Baik', 'Cemerlang', 'Berisiko'], notEnough: (n) => `Pesanan tidak mencukupi (${n}/30)`, requires: 'Smart Promotion memerlukan skor sekurang-kurangnya',
      compared: 'Berbanding:', points: 'mata', menu: ['Utama', 'Pesanan', 'Produk', 'Pemasaran', 'Analitik', 'Kesihatan akaun'],
      todo: ['Untuk dihantar', 'Pemulangan', 'Mesej'], metric: 'Metrik', yourShop: 'Kedai anda', product: 'Produk', lastDays: '7 hari lepas',
    },
    labels: {
      gmv: ['GMV', 'Jumlah GMV'], orders: ['Pesanan'], unitsSold: ['Item terjual'], buyers: ['Pembeli'], visitors: ['Pelawat'],
      conversionRate: ['Kadar penukaran'], sps: ['Skor Prestasi Kedai'], violationPoints: ['Mata pelanggaran'], lateDispatchRate: ['Kadar penghantaran lewat'],
    },
    channels: { gmvLive: 'LIVE', gmvVideo: 'Video', gmvProductCard: 'Kad produk', title: 'GMV mengikut saluran' },
    health: 'violationPoints',
  },
];

/** The market's label for a metric, falling back to English (pages mix English terms in). */
export function labelFor(m: Market, key: MetricKey, pick: (xs: readonly string[]) => string): string | null {
  const own = m.labels[key];
  if (own?.length) return pick(own);
  const en = EN_LABELS[key];
  return en?.length ? pick(en) : null;
}
