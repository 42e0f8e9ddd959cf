/**
 * Labels no list foresaw, known by what they say. Seller Center's wording in most page
 * languages is unverified (DOMAIN.md gives a handful of real labels), and a translator may
 * write "Rate pünktlicher Zustellungen" where our list says "Pünktliche Zustellungsrate".
 * A short label that names every concept of one metric — a cancellation, by the seller, as
 * a rate — is that metric, in any of the twelve languages; one that also speaks of an
 * average, a target, a category or an earlier period labels some other figure, and one
 * that fits two metrics fits none.
 *
 * The words are stems matched anywhere in the canonical label (German and Japanese write
 * compounds). Beyond English and the real labels in DOMAIN.md, every stem is a guess.
 * Counts and money (GMV, orders, visitors) stay with the lists: their words ("orders",
 * "GMV") also name a dozen other figures on a page.
 */
import type { MetricKey } from '../../metrics';

const RATE = 'rate|taux|tasa|taxa|tasso|quote|quota|anteil|tingkat|kadar|tỷ lệ|อัตรา|率';
const SELLER = 'seller|vendeur|vendedor|venditore|verkäufer|händler|penjual|người bán|ผู้ขาย|卖家|商家|販売者|セラー|出品者|売り手';
const CANCEL = 'cancel|annul|storn|pembatalan|hủy|ยกเลิก|取消|キャンセル';
const LATE = 'late|verspät|retard|tardí|tardio|atras|ritard|terlambat|lewat|trễ|chậm|ล่าช้า|延迟|遅延|遅れ';
const DISPATCH = 'dispatch|ship|versand|versend|expédi|envío|envio|despach|spedizion|penghantaran|gửi hàng|发货|出荷|発送';
const ON_TIME = 'on time|pünktlich|rechtzeitig|termingerecht|à temps|dans les délais|ponctuel|a tiempo|puntual|no prazo|pontual|in tempo|tepat waktu|đúng hạn|ตรงเวลา|准时|按时|期限内|期日内|納期内|時間通り';
const DELIVERY = 'deliver|liefer|zustell|livraison|entrega|consegn|giao hàng|diterima|ส่งถึง|送达|配达|配達|妥投';
const NEGATIVE = 'negativ|négati|negatif|tiêu cực|เชิงลบ|差评|低評価|否定|ネガティブ';
const REVIEW = 'review|bewertung|avis|évaluation|reseña|valoraci|opini|avalia|recension|ulasan|penilaian|đánh giá|รีวิว|评价|評価|レビュー';
const RETURN = 'return|rückgabe|rücksend|retour|devoluc|devoluç|reso|resi|pengembalian|trả hàng|การคืน|退货|返品';
const REFUND = 'refund|erstatt|rembours|reembols|rimbors|pengembalian dana|bayaran balik|hoàn tiền|เงินคืน|คืนเงิน|退款|返金';
const DISSATISFIED = 'dissatisf|unzufrieden|insatisf|insoddisf|tidak puas|ketidakpuasan|không hài lòng|ไม่พอใจ|不满意|不満';
const SHOP = 'shop|store|boutique|magasin|tienda|loja|negozio|toko|kedai|cửa hàng|ร้าน|店铺|ショップ|ストア';
const PERFORMANCE = 'performance|leistung|rendimiento|desempeño|desempenho|prestazion|rendiment|kinerja|prestasi|hiệu suất|ประสิทธิภาพ|表现|绩效|パフォーマンス';
const SCORE = 'score|bewertung|wert|punktzahl|note|puntuación|pontuação|punteggio|valutazione|skor|điểm|คะแนน|评分|得分|スコア';
const ACCOUNT = 'account|konto|compte|cuenta|conta|akun|akaun|tài khoản|บัญชี|账户|账号|アカウント';
const HEALTH = 'health|gesundheit|zustand|santé|salud|saúde|salute|kesehatan|kesihatan|sức khỏe|tình trạng|สุขภาพ|健康';
const RATING = 'rating|bewertung|score|note|évaluation|calificación|puntuación|avaliação|valutazione|punteggio|penilaian|skor|điểm|คะแนน|评分|評価|スコア';

/** Every concept a metric's label names, each as alternative stems. */
const CONCEPTS: ReadonlyArray<readonly [MetricKey, readonly string[]]> = [
  ['sellerCancellationRate', [CANCEL, SELLER, RATE]],
  ['lateDispatchRate', [LATE, DISPATCH, RATE]],
  ['shipOnTimeRate', [ON_TIME, DISPATCH, RATE]],
  ['onTimeDeliveryRate', [ON_TIME, DELIVERY, RATE]],
  ['negativeReviewRate', [NEGATIVE, REVIEW, RATE]],
  ['returnRefundRate', [RETURN, REFUND, RATE]],
  ['imDissatisfactionRate', [DISSATISFIED, RATE]],
  ['sps', [SHOP, PERFORMANCE, SCORE]],
  ['ahr', [ACCOUNT, HEALTH, RATING]],
];

/** A label that speaks of another figure about the metric: an average, a target, a category's, an earlier period's. */
const OTHER_FIGURE_RE = new RegExp(
  [
    'average|avg|benchmark|target|goal|threshold|category|industry|previous|last period|peer|expir|trend|history|dimension',
    'durchschnitt|ziel|schwelle|kategorie|branche|vorperiode|verlauf',
    'moyenne|objectif|seuil|catégorie|précédent|historique',
    'promedio|objetivo|umbral|categoría|anterior|historial',
    'media|obiettivo|soglia|categoria|precedente|storico',
    'média|meta|limite|histórico',
    'rata-rata|ambang|kategori|purata|sasaran|sebelumnya',
    'trung bình|mục tiêu|ngưỡng|danh mục|kỳ trước|xu hướng',
    'เฉลี่ย|เป้าหมาย|หมวดหมู่|ก่อนหน้า|แนวโน้ม',
    '平均|目标|目標|阈值|类目|行业|同行|趋势|カテゴリ|基準|前期|推移',
  ]
    .join('|')
    .normalize('NFKC'), // labels are compared NFKC'd (Thai ำ becomes ํา)
  'u',
);

const COMPILED = CONCEPTS.map(([key, groups]) => [key, groups.map((g) => new RegExp(g.normalize('NFKC'), 'u'))] as const);

/** Labels are short: a few words (or, without spaces, a few characters per word). */
const MAX_WORDS = 8;
const MAX_CHARS = 60;

/** The one metric a (canonical) label names every concept of, or null. */
export function byConcepts(label: string): MetricKey | null {
  if (label.length > MAX_CHARS || label.split(' ').length > MAX_WORDS || /\d/.test(label) || OTHER_FIGURE_RE.test(label)) return null;
  let hit: MetricKey | null = null;
  for (const [key, groups] of COMPILED) {
    if (!groups.every((re) => re.test(label))) continue;
    if (hit) return null; // fits two metrics: says neither clearly
    hit = key;
  }
  return hit;
}

/** The first characters of every stem: a text that starts with one may be a label by concepts. */
export const CONCEPT_HEADS: readonly string[] = [
  ...new Set([RATE, SELLER, CANCEL, LATE, DISPATCH, ON_TIME, DELIVERY, NEGATIVE, REVIEW, RETURN, REFUND, DISSATISFIED, SHOP, PERFORMANCE, SCORE, ACCOUNT, HEALTH, RATING].flatMap((g) => g.normalize('NFKC').split('|'))),
];
