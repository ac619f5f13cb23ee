import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { marketing } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { storeTime } from '../../bookings/slots'
import { price } from '../../shared/money'
import { couponBenefit, couponStateText, useText } from '../../marketing/labels'
import type { Coupon, CouponState } from '../../marketing/types'
import { ErrorText } from '../../components/ErrorText'

const tabs: CouponState[] = ['Usable', 'Used', 'Expired']

/** My coupons by state (usable, used, expired), paged as the customer scrolls. */
export default function MyCouponsPage() {
  const [state, setState] = useState<CouponState>('Usable')
  const first = useAsync(() => marketing.mine(state, 0, 20), [state])
  const [more, setMore] = useState<Coupon[]>([])
  const items = [...(first.data?.items ?? []), ...more]
  useReachBottom(async () => {
    if (first.data && items.length < first.data.totalCount) {
      const page = await marketing.mine(state, items.length, 20)
      setMore((m) => [...m, ...page.items])
    }
  })
  const switchTo = (s: CouponState) => { setMore([]); setState(s) }
  return (
    <View className='page'>
      <View className='row'>
        {tabs.map((s) => (
          <View key={s} className={`chip${s === state ? ' on' : ''}`} data-testid={`tab-${s}`} onClick={() => switchTo(s)}>{couponStateText[s]}</View>
        ))}
      </View>
      <ErrorText error={first.error} onRetry={first.reload} />
      {items.map((c) => (
        <View key={c.id} className={`card coupon${c.state === 'Usable' ? '' : ' disabled'}`} data-testid='my-coupon' data-name={c.name} data-state={c.state}>
          <View className='row between'>
            <Text><Text className='price'>{couponBenefit(c.rules)}</Text> {c.name}</Text>
            <Text className='muted'>{couponStateText[c.state]}</Text>
          </View>
          <View className='muted'>
            {useText(c.rules)} · {storeTime(c.validFrom)} 至 {storeTime(c.validTo)}{c.platformFunded ? ' · 平台券' : ''}
            {c.state === 'Used' && c.usedAt ? ` · ${storeTime(c.usedAt)} 使用，省${price(c.discountFen)}` : ''}
          </View>
        </View>
      ))}
      {!first.loading && items.length === 0 && <View className='empty'>暂无{couponStateText[state]}的优惠券</View>}
    </View>
  )
}
