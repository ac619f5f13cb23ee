import { Switch, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { bookings, catalog } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { errorText } from '../../shared/problem'
import { showError } from '../../shared/ui'
import { arrivalDays } from '../../bookings/slots'
import { depositLines } from '../../bookings/deposit'
import { pointsHint } from '../../loyalty/redemption'
import type { BookingPreview } from '../../bookings/types'
import { pay } from '../../payments/pay'
import { Chips } from '../../components/Chips'
import { ErrorText } from '../../components/ErrorText'
import { CouponPicker } from '../../components/CouponPicker'
import { couponFields } from '../../marketing/labels'
import type { CouponChoice } from '../../marketing/labels'

/** Book a room: arrival time and party size, the deposit breakdown with the points toggle, then pay. */
export default function BookPage() {
  const { spaceId = '', storeId = '' } = useRouter().params
  const space = useAsync(() => catalog.space(spaceId), [spaceId])
  const store = useAsync(() => catalog.store(storeId), [storeId])
  const days = useMemo(() => (store.data ? arrivalDays(store.data.hours, store.data.timeZone, new Date()) : []), [store.data])
  const [day, setDay] = useState(0)
  const [arriveAt, setArriveAt] = useState<string>()
  const [partySize, setPartySize] = useState<number>()
  const [usePoints, setUsePoints] = useState(false)
  const [coupon, setCoupon] = useState<CouponChoice>(undefined)
  const [preview, setPreview] = useState<BookingPreview>()
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [paying, setPaying] = useState(false)

  const s = space.data
  useEffect(() => {
    if (s && partySize === undefined) setPartySize(s.minCapacity)
  }, [s])
  useEffect(() => {
    if (!arriveAt && days.length) {
      const first = days.findIndex((d) => d.slots.length > 0)
      if (first >= 0) setDay(first)
    }
  }, [days])

  // The breakdown follows every choice; the API computes it (deposit ratio, points cap, balance).
  useEffect(() => {
    if (!arriveAt || !partySize) return
    let current = true
    bookings.preview({ spaceId, arriveAt, partySize, usePoints, ...couponFields(coupon) })
      .then((p) => current && (setPreview(p), setPreviewError(null)))
      .catch((e) => current && setPreviewError(errorText(e)))
    return () => { current = false }
  }, [spaceId, arriveAt, partySize, usePoints, coupon])

  async function submit() {
    if (!arriveAt || !partySize || paying) return
    setPaying(true)
    try {
      const created = await bookings.create({ spaceId, arriveAt, partySize, usePoints, couponId: preview?.couponId ?? null })
      if (created.requestPayment && created.booking.paymentId) await pay(created.booking.paymentId, created.requestPayment)
      await Taro.redirectTo({ url: `/pages/booking/index?id=${created.booking.id}` })
    } catch (e) {
      showError(e)
      setPreviewError(errorText(e))
    } finally {
      setPaying(false)
    }
  }

  if (!s || !store.data) return <View className='page'><ErrorText error={space.error ?? store.error} /></View>
  const sizes = Array.from({ length: s.maxCapacity - s.minCapacity + 1 }, (_, i) => s.minCapacity + i)

  return (
    <View className='page'>
      <View className='card'>
        <View className='title'>{store.data.name} · {s.name}</View>
        <View className='muted'>{s.typeName} · 编号 {s.number}</View>
      </View>
      <View className='card'>
        <View className='subtitle'>到店时间</View>
        <Chips options={days.map((d, i) => ({ value: i, label: d.label }))} selected={day} onSelect={(i) => { setDay(i); setArriveAt(undefined) }} />
        <View data-testid='slots'>
          <Chips options={(days[day]?.slots ?? []).map((t) => ({ value: t.at, label: t.label }))} selected={arriveAt} onSelect={setArriveAt} />
        </View>
        {days[day]?.slots.length === 0 && <View className='muted'>当天已无可预订时段</View>}
        <View className='subtitle'>人数</View>
        <Chips options={sizes.map((n) => ({ value: n, label: `${n}人` }))} selected={partySize} onSelect={setPartySize} />
      </View>
      <View className='card' data-testid='breakdown'>
        <View className='row between'>
          <View className='grow'>
            <View>使用积分抵扣</View>
            {preview && <View className='muted'>{pointsHint(preview)}</View>}
          </View>
          <Switch data-testid='use-points' checked={usePoints} disabled={!!preview && !preview.pointsAllowed} color='#ff6a00'
            onChange={(e) => setUsePoints(e.detail.value)} />
        </View>
        {preview && preview.coupons.length > 0 && <CouponPicker offers={preview.coupons} appliedId={preview.couponId} onChoose={setCoupon} />}
        {preview && depositLines(preview).map((l) => (
          <View key={l.testId} className='line' data-testid={`line-${l.testId}`}>
            <Text>{l.label}</Text>
            <Text className={l.testId === 'cash' ? 'price' : ''}>{l.value}</Text>
          </View>
        ))}
        {!arriveAt && <View className='muted'>请选择到店时间</View>}
        <ErrorText error={previewError} />
      </View>
      <View className={`btn${arriveAt && preview && !paying ? '' : ' disabled'}`} data-testid='pay' onClick={submit}>
        {paying ? '支付中…' : preview ? (preview.cashFen > 0 ? `支付 ${price(preview.cashFen)}` : '确认预订') : '确认预订'}
      </View>
      <View className='muted'>到店前 {store.data.bookingPolicy.cancelDeadlineMinutes} 分钟前可免费取消；预订保留至到店后 {store.data.bookingPolicy.noShowGraceMinutes} 分钟。</View>
    </View>
  )
}
