/** What a booking deposit or an order preview says about paying with points. */
export interface PointsRedemption {
  pointsBalance: number
  maxPoints: number
  pointsUsed: number
  pointsFen: number
  cashFen: number
  pointsAllowed: boolean
}

/** Why the points toggle is off, or how much it can use. */
export function pointsHint(p: PointsRedemption): string {
  if (!p.pointsAllowed) return '该订单不支持积分抵扣'
  if (p.pointsBalance <= 0) return '暂无可用积分'
  if (p.maxPoints <= 0) return `积分余额 ${p.pointsBalance}，本单不可抵扣`
  return `积分余额 ${p.pointsBalance}，最多可用 ${p.maxPoints} 积分`
}
