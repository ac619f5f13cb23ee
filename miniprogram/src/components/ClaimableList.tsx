import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { marketing } from '../shared/apis'
import { showError } from '../shared/ui'
import { couponBenefit, kindText, useText } from '../marketing/labels'
import type { ClaimableCoupon } from '../marketing/types'

/** Coupons a customer may claim (the platform's, or a store's when `storeId` is given), each with a claim button. */
export function ClaimableList({ coupons, storeId, onClaimed }: { coupons: ClaimableCoupon[]; storeId?: string; onClaimed: () => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  async function claim(c: ClaimableCoupon) {
    if (!c.canClaim || busy) return
    setBusy(c.template.id)
    try {
      await marketing.claim(c.template.id, storeId)
      void Taro.showToast({ title: '领取成功', icon: 'success' })
      onClaimed()
    } catch (e) {
      showError(e)
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      {coupons.map((c) => {
        const t = c.template
        const left = t.totalQuantity - t.issuedCount
        return (
          <View key={t.id} className='card coupon' data-testid='claimable-coupon' data-name={t.name}>
            <View className='row between'>
              <View className='grow'>
                <View><Text className='price'>{couponBenefit(t.rules)}</Text> {t.name}</View>
                <View className='muted'>
                  {kindText(t.rules)} · {useText(t.rules)} · {t.validity === 'DaysAfterClaim' ? `领取后${t.validDays}天有效` : '限期使用'}
                  {t.platformFunded ? ' · 平台券' : ''} · 剩余{left}张{c.held > 0 ? ` · 已领${c.held}张` : ''}
                </View>
              </View>
              <View className={`chip${c.canClaim ? ' on' : ''}`} data-testid='claim' onClick={() => claim(c)}>
                {busy === t.id ? '领取中' : c.canClaim ? '领取' : c.held > 0 ? '已领取' : '已抢光'}
              </View>
            </View>
          </View>
        )
      })}
    </>
  )
}
