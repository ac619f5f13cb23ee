import type { BookingPreview } from './types'
import { price } from '../shared/money'

export interface BreakdownLine {
  label: string
  value: string
  testId: string
}

/** The deposit breakdown the customer sees before paying: room price, deposit, points used, cash to pay. */
export function depositLines(p: BookingPreview): BreakdownLine[] {
  const lines: BreakdownLine[] = [
    { label: '包间价格', value: price(p.priceFen), testId: 'price' },
    { label: `订金（${p.depositPercent}%）`, value: price(p.depositFen), testId: 'deposit' },
  ]
  if (p.discountFen > 0) lines.push({ label: '优惠券', value: `-${price(p.discountFen)}`, testId: 'discount' })
  if (p.pointsUsed > 0) lines.push({ label: `积分抵扣（${p.pointsUsed}积分）`, value: `-${price(p.pointsFen)}`, testId: 'points' })
  lines.push({ label: '实付', value: price(p.cashFen), testId: 'cash' })
  return lines
}
