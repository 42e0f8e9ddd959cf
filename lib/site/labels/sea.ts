/**
 * Southeast Asia: Indonesian (Tokopedia and TikTok Shop ID), Malay, Thai, Vietnamese.
 * Real labels (DOMAIN.md): Vietnamese "Điểm cửa hàng" (SPS), "Điểm tình trạng tài khoản"
 * (AHR), "Tổng GMV", "LIVE / Thẻ sản phẩm / Video"; Tokopedia "Rating Toko" / "Store Rating".
 * Everything else is best-effort from the regional help centers, unverified on live pages.
 */
import type { LabelSet } from './types';

export const ID: LabelSet = {
  imDissatisfactionRate: ['Tingkat ketidakpuasan chat', 'Tingkat ketidakpuasan IM'],
  gmv: ['Pendapatan', 'Total pendapatan', 'Pendapatan kotor', 'Total GMV', 'Nilai penjualan', 'Total penjualan', 'Penjualan'],
  orders: ['Pesanan', 'Jumlah pesanan', 'Total pesanan', 'Pesanan dibayar'],
  unitsSold: ['Produk terjual', 'Barang terjual', 'Unit terjual'],
  buyers: ['Pembeli', 'Jumlah pembeli'],
  visitors: ['Pengunjung', 'Jumlah pengunjung', 'Pengunjung halaman produk'],
  conversionRate: ['Tingkat konversi', 'Rasio konversi', 'Konversi'],
  gmvLive: ['GMV LIVE'],
  gmvVideo: ['GMV video'],
  gmvProductCard: ['GMV kartu produk', 'Kartu produk', 'Kartu Produk'],
  sps: ['Skor Performa Toko', 'Rating Toko', 'Skor Toko', 'Nilai Performa Toko'],
  ordersLast90Days: ['Pesanan dalam 90 hari terakhir', 'Pesanan 90 hari terakhir', 'Pesanan valid (90 hari terakhir)'],
  negativeReviewRate: ['Tingkat ulasan negatif'],
  returnRefundRate: ['Tingkat pengembalian barang/dana', 'Tingkat pengembalian'],
  sellerCancellationRate: ['Tingkat pembatalan penjual', 'Tingkat pembatalan oleh penjual'],
  onTimeDeliveryRate: ['Tingkat pengiriman tepat waktu'],
  lateDispatchRate: ['Tingkat keterlambatan pengiriman', 'Tingkat pengiriman terlambat'],
  violationPoints: ['Poin pelanggaran', 'Poin Pelanggaran Toko'],
};

export const MS: LabelSet = {
  imDissatisfactionRate: ['Kadar ketidakpuasan IM', 'Kadar ketidakpuasan sembang'],
  gmv: ['Jumlah GMV', 'Jumlah jualan', 'Hasil jualan', 'Jualan'],
  unitsSold: ['Item terjual', 'Unit terjual', 'Produk terjual'],
  visitors: ['Pelawat', 'Pengunjung kedai', 'Pelawat halaman produk'],
  conversionRate: ['Kadar penukaran', 'Kadar penukaran pesanan'],
  gmvProductCard: ['Kad produk'],
  sps: ['Skor Prestasi Kedai', 'Skor prestasi kedai'],
  ordersLast90Days: ['Pesanan dalam 90 hari lepas', 'Pesanan 90 hari lepas'],
  negativeReviewRate: ['Kadar ulasan negatif'],
  sellerCancellationRate: ['Kadar pembatalan penjual', 'Kadar pembatalan oleh penjual', 'Kadar pembatalan disebabkan penjual', 'Kadar pembatalan kesalahan penjual'],
  onTimeDeliveryRate: ['Kadar penghantaran tepat pada masanya'],
  shipOnTimeRate: ['Kadar penghantaran tepat masa', 'Kadar pengeposan tepat masa'],
  lateDispatchRate: ['Kadar penghantaran lewat', 'Kadar pengeposan lewat', 'Kadar penghantaran tertangguh'],
  ahr: ['Penarafan Kesihatan Akaun'],
  violationPoints: ['Mata pelanggaran', 'Mata penalti'],
  orders: ['Pesanan berbayar'],
};

export const TH: LabelSet = {
  imDissatisfactionRate: ['อัตราความไม่พอใจในแชท', 'อัตราความไม่พึงพอใจ IM'],
  gmv: ['ยอดขาย', 'ยอดขายรวม', 'รายได้รวม', 'มูลค่าสินค้าที่ขายได้'],
  orders: ['คำสั่งซื้อ', 'จำนวนคำสั่งซื้อ', 'คำสั่งซื้อที่ชำระเงินแล้ว'],
  unitsSold: ['สินค้าที่ขายได้', 'จำนวนสินค้าที่ขายได้', 'จำนวนที่ขายได้'],
  buyers: ['ผู้ซื้อ', 'จำนวนผู้ซื้อ'],
  visitors: ['ผู้เข้าชม', 'จำนวนผู้เข้าชม', 'ผู้เข้าชมหน้าสินค้า'],
  conversionRate: ['อัตราคอนเวอร์ชัน', 'อัตราการแปลง', 'อัตราการเปลี่ยนเป็นคำสั่งซื้อ'],
  gmvLive: ['GMV จาก LIVE'],
  gmvVideo: ['GMV จากวิดีโอ', 'วิดีโอ'],
  gmvProductCard: ['GMV จากการ์ดสินค้า', 'การ์ดสินค้า'],
  sps: ['คะแนนประสิทธิภาพร้านค้า', 'คะแนนร้านค้า'],
  ordersLast90Days: ['คำสั่งซื้อใน 90 วันที่ผ่านมา', 'คำสั่งซื้อ 90 วันที่ผ่านมา'],
  negativeReviewRate: ['อัตรารีวิวเชิงลบ'],
  sellerCancellationRate: ['อัตราการยกเลิกโดยผู้ขาย', 'อัตราการยกเลิกที่เกิดจากผู้ขาย'],
  onTimeDeliveryRate: ['อัตราการส่งถึงตรงเวลา'],
  shipOnTimeRate: ['อัตราการจัดส่งตรงเวลา', 'อัตราการส่งสินค้าตรงเวลา'],
  lateDispatchRate: ['อัตราการจัดส่งล่าช้า', 'อัตราการส่งสินค้าล่าช้า'],
  violationPoints: ['คะแนนการละเมิด', 'คะแนนละเมิด', 'แต้มการละเมิด', 'คะแนนการละเมิดนโยบาย'],
};

export const VI: LabelSet = {
  imDissatisfactionRate: ['Tỷ lệ không hài lòng với tin nhắn', 'Tỷ lệ không hài lòng IM', 'Tỷ lệ không hài lòng qua chat', 'Tỷ lệ không hài lòng qua tin nhắn'],
  gmv: ['Tổng GMV', 'Doanh thu', 'Tổng doanh thu'],
  orders: ['Đơn hàng', 'Số đơn hàng', 'Tổng đơn hàng', 'Đơn hàng đã thanh toán'],
  unitsSold: ['Sản phẩm đã bán', 'Số lượng đã bán', 'Số sản phẩm đã bán'],
  buyers: ['Người mua', 'Số người mua'],
  visitors: ['Khách truy cập', 'Lượt khách truy cập', 'Số khách truy cập', 'Khách truy cập trang sản phẩm'],
  conversionRate: ['Tỷ lệ chuyển đổi'],
  // Real (DOMAIN.md): "GMV theo nội dung - LIVE / Thẻ sản phẩm / Video".
  gmvLive: ['GMV theo nội dung - LIVE', 'GMV từ LIVE', 'GMV LIVE'],
  gmvVideo: ['GMV theo nội dung - Video', 'GMV từ video', 'GMV video'],
  gmvProductCard: ['GMV theo nội dung - Thẻ sản phẩm', 'GMV từ thẻ sản phẩm', 'Thẻ sản phẩm'],
  sps: ['Điểm cửa hàng', 'Điểm hiệu quả hoạt động của Shop', 'Điểm hiệu suất cửa hàng', 'Điểm hiệu quả cửa hàng'],
  ordersLast90Days: ['Đơn hàng trong 90 ngày qua', 'Đơn hàng 90 ngày qua'],
  negativeReviewRate: ['Tỷ lệ đánh giá tiêu cực'],
  returnRefundRate: ['Tỷ lệ trả hàng/hoàn tiền'],
  sellerCancellationRate: ['Tỷ lệ hủy đơn do người bán', 'Tỷ lệ hủy do người bán'],
  onTimeDeliveryRate: ['Tỷ lệ giao hàng đúng hạn'],
  shipOnTimeRate: ['Tỷ lệ gửi hàng đúng hạn'],
  lateDispatchRate: ['Tỷ lệ giao hàng trễ', 'Tỷ lệ gửi hàng trễ'],
  returnRate: ['Tỷ lệ trả hàng'],
  ahr: ['Điểm tình trạng tài khoản'],
  violationPoints: ['Điểm vi phạm'],
};
