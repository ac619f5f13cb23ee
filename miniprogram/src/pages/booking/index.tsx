import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { bookings, catalog } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { pngDataUrl } from '../../shared/base64'
import { price } from '../../shared/money'
import { go, showError } from '../../shared/ui'
import { bookingStatusText, canCancel, isLive, type BookingStatusChanged } from '../../bookings/status'
import { storeTime } from '../../bookings/slots'
import { RealtimeMethods } from '../../realtime/customerHub'
import { useLiveDocument } from '../../realtime/useLive'
import { ErrorText } from '../../components/ErrorText'
import { BookingBadge } from '../../components/StatusBadge'
import { ReviewAction } from '../../components/ReviewAction'

/** One booking: live status, the check-in code and its QR code, the money, the timeline, and cancel. */
export default function BookingPage() {
  const id = useRouter().params.id ?? ''
  const booking = useAsync(() => bookings.get(id), [id])
  const b = booking.data
  const store = useAsync(() => (b ? catalog.store(b.storeId) : Promise.resolve(undefined)), [b?.storeId])
  const [qr, setQr] = useState<string>()

  useLiveDocument(booking, RealtimeMethods.BookingStatusChanged, (e: BookingStatusChanged) => e.bookingId, 'PendingPayment')

  useEffect(() => {
    if (!b || !isLive(b) || !b.checkInCode) return
    bookings.checkInQr(b.id)
      .then((png) => setQr(pngDataUrl(png)))
      .catch(() => setQr(undefined))
  }, [b?.id, b?.status])

  async function cancel() {
    if (!b) return
    const { confirm } = await Taro.showModal({ title: '取消预订', content: '取消后订金按门店规则退还，确定取消吗？', confirmText: '确定取消', cancelText: '再想想' })
    if (!confirm) return
    try {
      booking.setData(await bookings.cancel(b.id))
      Taro.showToast({ title: '已取消', icon: 'success' })
    } catch (e) {
      showError(e)
    }
  }

  if (!b) return <View className='page'><ErrorText error={booking.error} onRetry={booking.reload} /></View>
  const tz = store.data?.timeZone

  return (
    <View className='page'>
      <View className='card'>
        <View className='row between'>
          <Text className='title'>{store.data?.name ?? ''} {b.spaceNumber}</Text>
          <BookingBadge status={b.status} />
        </View>
        <View className='muted'>预订号 {b.number}</View>
        <View className='muted'>到店 {storeTime(b.arriveAt, tz)} · {b.partySize}人</View>
        {b.status === 'PendingPayment' && <View className='muted'>请在 {storeTime(b.payBy, tz)} 前完成支付</View>}
      </View>
      {isLive(b) && b.checkInCode && (
        <View className='card' style={{ textAlign: 'center' }}>
          <View className='subtitle'>到店核销码</View>
          {qr && <Image src={qr} style={{ width: '400rpx', height: '400rpx' }} data-testid='check-in-qr' />}
          <View className='title' data-testid='check-in-code' style={{ letterSpacing: '8rpx' }}>{b.checkInCode}</View>
          <View className='muted'>到店后向前台出示二维码或核销码</View>
        </View>
      )}
      <View className='card'>
        <View className='line'><Text>包间价格</Text><Text>{price(b.priceFen)}</Text></View>
        <View className='line'><Text>订金（{b.depositPercent}%）</Text><Text>{price(b.depositFen)}</Text></View>
        {b.pointsUsed > 0 && <View className='line'><Text>积分抵扣（{b.pointsUsed}积分）</Text><Text>-{price(b.pointsFen)}</Text></View>}
        <View className='line'><Text>实付</Text><Text className='price'>{price(b.cashFen)}</Text></View>
        {b.pointsEarned > 0 && <View className='line'><Text>返利积分</Text><Text>+{b.pointsEarned}</Text></View>}
      </View>
      <View className='card'>
        {b.timeline.map((t) => (
          <View key={t.status + t.at} className='line muted'><Text>{bookingStatusText[t.status]}</Text><Text>{storeTime(t.at, tz)}</Text></View>
        ))}
        {b.closeReason && <View className='muted'>{b.closeReason}</View>}
        {isLive(b) && <View className='muted'>{storeTime(b.cancelDeadline, tz)} 前取消可退订金</View>}
      </View>
      <View className='btn ghost' onClick={() => go(`/pages/store/index?id=${b.storeId}`)}>查看门店</View>
      {canCancel(b) && <View className='btn ghost' data-testid='cancel' onClick={cancel}>取消预订</View>}
      <ReviewAction kind='Booking' source={b} storeName={store.data?.name} />
    </View>
  )
}
