/**
 * English labels. Seen on real US/UK pages (DOMAIN.md): "GMV", "Affiliate GMV" (not
 * ours), "Orders", "LIVE", "Videos", "Product card", "Shop Performance Score", "Account
 * Health Rating", "Seller-Fault Cancellation Rate", "Late Dispatch Rate". The wording of the
 * 90-day order count is unverified (no public capture shows it); the rest is help-center
 * wording, also unverified on live pages.
 */
import type { LabelSet } from './types';

export const EN: LabelSet = {
  gmv: ['GMV', 'Total GMV', 'Shop GMV', 'Revenue', 'Gross revenue', 'Gross merchandise value', 'Gross merchandise volume'],
  orders: ['Orders', 'Total orders', 'Paid orders', 'SKU orders', 'Order count', 'Number of orders'],
  unitsSold: ['Items sold', 'Units sold', 'Products sold', 'Quantity sold'],
  buyers: ['Buyers', 'Customers', 'Paying customers', 'Unique buyers', 'Paying buyers'],
  visitors: ['Visitors', 'Unique visitors', 'Shop visitors', 'Product page visitors', 'Page visitors'],
  conversionRate: ['Conversion rate', 'Order conversion rate', 'CO rate', 'Conversion'],
  // Bare channel captions ("LIVE", "Videos", "Product card") label money only (fit decides).
  gmvLive: ['LIVE GMV', 'GMV from LIVE', 'LIVE revenue', 'LIVE', 'LIVEs', 'Live streams', 'LIVE GMV share'],
  gmvVideo: ['Video GMV', 'Short video GMV', 'GMV from videos', 'Video revenue', 'Video', 'Videos', 'Short videos'],
  gmvProductCard: ['Product card GMV', 'GMV from product cards', 'Product card revenue', 'Product card', 'Product cards', 'Shop tab', 'Shop tab GMV'],
  sps: ['Shop Performance Score', 'SPS', 'Shop score', 'Store Rating', 'Store performance score', 'Your shop performance score'],
  ordersLast90Days: [
    'Orders in the last 90 days', 'Eligible orders (last 90 days)', 'Eligible orders in the past 90 days', 'Eligible orders in the last 90 days',
    'Orders in past 90 days', 'Orders (last 90 days)', 'Orders (past 90 days)', '90-day orders', 'Orders in 90 days', 'Eligible orders',
    'Valid orders (last 90 days)', 'Valid orders in the last 90 days', 'Delivered orders (last 90 days)', 'Eligible orders (90 days)', 'Orders last 90 days',
  ],
  negativeReviewRate: ['Negative review rate', 'Negative reviews rate', 'Negative rating rate', 'Bad review rate'],
  returnRefundRate: ['Return/refund rate', 'Return and refund rate', 'Return & refund rate', 'Non-buyer-fault return/refund rate', 'Return/refund rate (non-buyer fault)', 'Refund/return rate'],
  sellerCancellationRate: ['Seller-fault cancellation rate', 'Seller cancellation rate', 'Cancellation rate', 'Seller-caused cancellation rate', 'Seller fault cancellation rate (SFCR)', 'SFCR'],
  onTimeDeliveryRate: ['On-time delivery rate', 'On time delivery rate', 'OTDR', 'Delivered on time rate'],
  imDissatisfactionRate: ['IM dissatisfaction rate', 'Chat dissatisfaction rate', 'Customer service dissatisfaction rate', 'Messaging dissatisfaction rate'],
  shipOnTimeRate: ['Ship on time rate', 'Ship-on-time rate', 'On-time shipping rate', 'On-time dispatch rate', 'Shipped on time rate'],
  lateDispatchRate: ['Late dispatch rate', 'Late dispatch rate (LDR)', 'LDR', 'Late shipment rate', 'Late shipping rate'],
  returnRate: ['Return rate'],
  ahr: ['Account health rating', 'AHR', 'Account health score', 'Account rating', 'Health rating'],
  violationPoints: ['Violation points', 'Penalty points', 'Violation score', 'Total violation points'],
};
