import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { price } from '../shared/money'
import { storeTime } from '../bookings/slots'
import { couponBenefit, sortOffers, unusableReasonText } from '../marketing/labels'
import type { CouponChoice } from '../marketing/labels'
import type { CouponOffer } from '../marketing/types'

/**
 * The coupon line of a checkout (order or booking): what the preview applied (the server's best unless the customer
 * chose), and a sheet with every coupon of the customer — usable ones with what they take off, the others with why not — and "no coupon".
 */
export function CouponPicker({ offers, appliedId, onChoose }: {
  offers: CouponOffer[]
  appliedId: string | null
  onChoose: (choice: CouponChoice) => void
}) {
  const [open, setOpen] = useState(false)
  const usable = offers.filter((o) => o.usable).length
  const applied = offers.find((o) => o.coupon.id === appliedId)
  const choose = (choice: CouponChoice) => { setOpen(false); onChoose(choice) }
  return (
    <>
      <View className='line' data-testid='coupon-line' onClick={() => setOpen(true)}>
        <Text>优惠券</Text>
        <Text className={applied ? 'price' : 'muted'} data-testid='coupon-applied'>
          {applied ? `-${price(applied.discountFen)}` : usable > 0 ? `${usable}张可用` : '无可用'} ›
        </Text>
      </View>
      {open && (
        <View className='sheet-mask' onClick={() => setOpen(false)}>
          <View className='sheet' data-testid='coupon-sheet' onClick={(e) => e.stopPropagation()}>
            <View className='title'>选择优惠券</View>
            {sortOffers(offers).map((o) => (
              <View key={o.coupon.id} className={`card coupon${o.usable ? '' : ' disabled'}${o.coupon.id === appliedId ? ' chosen' : ''}`}
                    data-testid='coupon-offer' data-name={o.coupon.name} onClick={() => o.usable && choose(o.coupon.id)}>
                <View className='row between'>
                  <Text>{o.coupon.name}</Text>
                  <Text className='price'>{o.usable ? `-${price(o.discountFen)}` : unusableReasonText[o.reason!]}</Text>
                </View>
                <View className='muted'>{couponBenefit(o.coupon.rules)} · {storeTime(o.coupon.validTo)} 到期{o.coupon.platformFunded ? ' · 平台券' : ''}</View>
              </View>
            ))}
            <View className={`card coupon${appliedId === null ? ' chosen' : ''}`} data-testid='no-coupon' onClick={() => choose(null)}>不使用优惠券</View>
          </View>
        </View>
      )}
    </>
  )
}
