import { Input, Switch, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ordering } from '../../shared/apis'
import { price } from '../../shared/money'
import { errorText } from '../../shared/problem'
import { showError } from '../../shared/ui'
import { storeTime } from '../../bookings/slots'
import { pay } from '../../payments/pay'
import { pointsHint } from '../../loyalty/redemption'
import type { OrderPreview } from '../../ordering/types'
import { ErrorText } from '../../components/ErrorText'
import { CouponPicker } from '../../components/CouponPicker'
import { couponFields } from '../../marketing/labels'
import type { CouponChoice } from '../../marketing/labels'

/** Checkout: the cart with quantities, where it goes, the estimated time, a coupon (the server's best by default), points, a note, then pay. */
export default function CheckoutPage() {
  const { spaceId = '', t = '' } = useRouter().params
  const qrToken = decodeURIComponent(t)
  const [usePoints, setUsePoints] = useState(false)
  const [coupon, setCoupon] = useState<CouponChoice>(undefined)
  const [note, setNote] = useState('')
  const [preview, setPreview] = useState<OrderPreview>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let current = true
    ordering.preview({ spaceId, qrToken, usePoints, ...couponFields(coupon) })
      .then((p) => current && (setPreview(p), setError(null)))
      .catch((e) => current && setError(errorText(e)))
    return () => { current = false }
  }, [spaceId, usePoints, coupon, version])

  async function change(lineId: string, quantity: number) {
    try {
      await ordering.changeLine(spaceId, lineId, quantity)
      setVersion((v) => v + 1)
    } catch (e) {
      showError(e)
    }
  }

  async function submit() {
    if (!preview || busy) return
    setBusy(true)
    try {
      const placed = await ordering.place({ spaceId, qrToken, usePoints, note: note.trim() || undefined, expectedTotalFen: preview.cart.totalFen, couponId: preview.couponId })
      if (placed.requestPayment && placed.order.paymentId) await pay(placed.order.paymentId, placed.requestPayment)
      await Taro.redirectTo({ url: `/pages/order/index?id=${placed.order.id}` })
    } catch (e) {
      showError(e)
      setError(errorText(e))
      setVersion((v) => v + 1)
    } finally {
      setBusy(false)
    }
  }

  const cart = preview?.cart
  return (
    <View className='page'>
      <ErrorText error={error} />
      {cart && (
        <View className='card' data-testid='checkout-lines'>
          {cart.hasChanges && <View className='error'>部分商品已售罄或价格有变化，请确认</View>}
          {cart.lines.map((l) => (
            <View key={l.id} className='line'>
              <View className='grow'>
                <View>{l.name}{l.available ? '' : '（已售罄）'}</View>
                {l.optionsText && <View className='muted'>{l.optionsText}</View>}
                <Text className='price'>{price(l.lineFen)}</Text>
              </View>
              <View className='row'>
                <View className='qty-btn' onClick={() => change(l.id, l.quantity - 1)}>−</View>
                <Text className='qty'>{l.quantity}</Text>
                <View className='qty-btn' onClick={() => change(l.id, l.quantity + 1)}>+</View>
              </View>
            </View>
          ))}
          <View className='muted'>预计 {storeTime(preview!.estimatedReadyAt)} 送达 · 约 {cart.estimatedPrepMinutes} 分钟</View>
        </View>
      )}
      {preview && (
        <View className='card'>
          <View className='row between'>
            <View className='grow'>
              <View>使用积分抵扣</View>
              <View className='muted'>{pointsHint(preview)}</View>
            </View>
            <Switch checked={usePoints} disabled={!preview.pointsAllowed || preview.maxPoints <= 0} color='#ff6a00' onChange={(e) => setUsePoints(e.detail.value)} />
          </View>
          <Input className='search' style={{ background: '#f5f5f5', marginTop: '16rpx' }} placeholder='备注：口味、特殊要求' value={note} onInput={(e) => setNote(e.detail.value)} />
          <View className='line'><Text>商品金额</Text><Text>{price(preview.cart.regularFen)}</Text></View>
          {preview.cart.savedFen > 0 && <View className='line'><Text>会员优惠</Text><Text>-{price(preview.cart.savedFen)}</Text></View>}
          {preview.coupons.length > 0 && (
            <CouponPicker offers={preview.coupons} appliedId={preview.couponId} onChoose={setCoupon} />
          )}
          {preview.discountFen > 0 && <View className='line' data-testid='order-discount'><Text>活动及优惠券</Text><Text>-{price(preview.discountFen)}</Text></View>}
          {preview.pointsUsed > 0 && <View className='line'><Text>积分抵扣（{preview.pointsUsed}积分）</Text><Text>-{price(preview.pointsFen)}</Text></View>}
          <View className='line' data-testid='order-cash'><Text>实付</Text><Text className='price'>{price(preview.cashFen)}</Text></View>
        </View>
      )}
      <View className={`btn${preview && !busy && preview.cart.lines.length ? '' : ' disabled'}`} data-testid='place-order' onClick={submit}>
        {busy ? '支付中…' : preview ? (preview.cashFen > 0 ? `支付 ${price(preview.cashFen)}` : '提交订单') : '提交订单'}
      </View>
    </View>
  )
}
