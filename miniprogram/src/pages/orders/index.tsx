import { Text, View } from '@tarojs/components'
import { ordering } from '../../shared/apis'
import { price } from '../../shared/money'
import { go } from '../../shared/ui'
import { storeTime } from '../../bookings/slots'
import { orderStatusText, type OrderStatusChanged } from '../../ordering/status'
import { RealtimeMethods } from '../../realtime/customerHub'
import { useLiveList } from '../../realtime/useLive'
import { ErrorText } from '../../components/ErrorText'

/** My scan-to-order orders, newest first, with live status. */
export default function OrdersPage() {
  const list = useLiveList(() => ordering.list(undefined, 0, 50), RealtimeMethods.OrderStatusChanged, (e: OrderStatusChanged) => e.orderId)

  return (
    <View className='page'>
      <ErrorText error={list.error} onRetry={list.reload} />
      {(list.data?.items ?? []).map((o) => (
        <View key={o.id} className='card' data-testid='order-item' onClick={() => go(`/pages/order/index?id=${o.id}`)}>
          <View className='row between'>
            <Text className='title'>{o.spaceName}（{o.spaceNumber}）</Text>
            <Text className='price'>{orderStatusText[o.status]}</Text>
          </View>
          <View className='muted'>{o.lines.map((l) => `${l.name}×${l.quantity}`).join('、')}</View>
          <View className='muted'>{storeTime(o.placedAt)} · 实付 {price(o.cashFen)}</View>
        </View>
      ))}
      {!list.loading && list.data?.items.length === 0 && <View className='empty'>还没有点单</View>}
    </View>
  )
}
