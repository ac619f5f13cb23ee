import { Text, View } from '@tarojs/components'
import { bookings } from '../../shared/apis'
import { price } from '../../shared/money'
import { go } from '../../shared/ui'
import type { BookingStatusChanged } from '../../bookings/status'
import { storeTime } from '../../bookings/slots'
import { RealtimeMethods } from '../../realtime/customerHub'
import { useLiveList } from '../../realtime/useLive'
import { ErrorText } from '../../components/ErrorText'
import { BookingBadge } from '../../components/StatusBadge'

/** My bookings, newest first, with live status. */
export default function BookingsPage() {
  const list = useLiveList(() => bookings.list(undefined, 0, 50), RealtimeMethods.BookingStatusChanged, (e: BookingStatusChanged) => e.bookingId)

  return (
    <View className='page'>
      <ErrorText error={list.error} onRetry={list.reload} />
      {(list.data?.items ?? []).map((b) => (
        <View key={b.id} className='card' data-testid='booking-item' onClick={() => go(`/pages/booking/index?id=${b.id}`)}>
          <View className='row between'>
            <Text className='title'>{b.spaceNumber} · {b.partySize}人</Text>
            <BookingBadge status={b.status} />
          </View>
          <View className='muted'>到店 {storeTime(b.arriveAt)} · 预订号 {b.number}</View>
          <View className='muted'>订金 {price(b.depositFen)}{b.pointsUsed > 0 ? `（积分抵扣 ${price(b.pointsFen)}）` : ''}</View>
        </View>
      ))}
      {!list.loading && list.data?.items.length === 0 && <View className='empty'>还没有预订，去首页看看吧</View>}
    </View>
  )
}
