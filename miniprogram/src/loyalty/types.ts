export type PointsEntryKind = 'Earn' | 'Redeem' | 'Expire' | 'Adjust' | 'RefundReversal' | 'RedeemReversal' | 'Bonus'

export interface PointsAccount {
  balance: number
  lifetimeEarned: number
  cumulativeSpendFen: number
  levelCode: string
  levelName: string
  multiplierPercent: number
  nextLevelCode?: string | null
  nextLevelName?: string | null
  spendToNextLevelFen?: number | null
  expiringSoon: number
  expiringBefore: string
  pointsPerYuan: number
}

export interface PointsEntry {
  id: string
  kind: PointsEntryKind
  amount: number
  balanceAfter: number
  merchantName?: string | null
  documentType: string
  ruleName?: string | null
  note?: string | null
  at: string
}
