import type { PointsAccount, PointsEntryKind } from './types'
import { price } from '../shared/money'

export const pointsKindText: Record<PointsEntryKind, string> = {
  Earn: '消费返利',
  Redeem: '积分抵扣',
  Expire: '积分过期',
  Adjust: '平台调整',
  RefundReversal: '退款扣回',
  RedeemReversal: '抵扣退回',
  Bonus: '奖励',
}

/** "再消费 ¥120 升级为金卡会员", or the top level. */
export function nextLevelText(a: PointsAccount): string {
  if (!a.nextLevelName || a.spendToNextLevelFen == null) return '已是最高等级'
  return `再消费 ${price(a.spendToNextLevelFen)} 升级为${a.nextLevelName}`
}

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n))
