/** Simplified Chinese (cross-border sellers): 成交金额 is on real pages (DOMAIN.md); the rest is help-center wording, unverified. */
import type { LabelSet } from './types';

export const ZH: LabelSet = {
  gmv: ['成交金额', '总成交金额', '商品交易总额', '销售额', 'GMV总额', '支付金额'],
  orders: ['订单数', '成交订单数', '订单量', '支付订单数', '订单'],
  unitsSold: ['成交件数', '售出件数', '销量', '商品销量', '成交商品件数'],
  buyers: ['成交人数', '买家数', '成交买家数', '支付人数', '支付买家数'],
  visitors: ['访客数', '店铺访客数', '商品访客数', '访问人数'],
  conversionRate: ['转化率', '成交转化率', '支付转化率'],
  gmvLive: ['直播成交金额', '直播GMV', '直播'],
  gmvVideo: ['短视频成交金额', '视频成交金额', '短视频GMV', '短视频', '视频'],
  gmvProductCard: ['商品卡成交金额', '商品卡GMV', '商品卡'],
  sps: ['店铺体验分', '店铺表现分', '店铺绩效分', '店铺综合体验分', '店铺评分'],
  ordersLast90Days: ['近90天订单数', '近90天有效订单数', '近90天有效订单', '90天有效订单数'],
  negativeReviewRate: ['差评率', '商品差评率'],
  returnRefundRate: ['退货退款率', '非买家责任退货退款率'],
  sellerCancellationRate: ['商家责任取消率', '卖家取消率', '取消率', '商家原因取消率'],
  onTimeDeliveryRate: ['准时送达率', '按时送达率'],
  imDissatisfactionRate: ['IM不满意率', 'IM 不满意率', '客服不满意率'],
  shipOnTimeRate: ['准时发货率', '按时发货率'],
  lateDispatchRate: ['延迟发货率', '发货延迟率'],
  returnRate: ['退货率'],
  ahr: ['账户健康评分', '账户健康分', '账号健康分', '账户健康度评分'],
  violationPoints: ['违规积分', '违规分', '违规扣分'],
};
