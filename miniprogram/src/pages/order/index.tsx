import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ordering } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { showError } from '../../shared/ui'
import { storeTime } from '../../bookings/slots'
import { canCancelOrder, canConfirmReceipt, orderStatusText, orderSteps, stepIndex, type OrderStatusChanged } from '../../ordering/status'
import { RealtimeMethods } from '../../realtime/customerHub'
import { useLiveDocument } from '../../realtime/useLive'
import { ErrorText } from '../../components/ErrorText'
import { ReviewAction } from '../../components/ReviewAction'

/** Live order tracking: the steps from paid to delivered, updated by the hub as the bar and kitchen work. */
export default function OrderPage() {
  const id = useRouter().params.id ?? ''
  const order = useAsync(() => ordering.get(id), [id])
  const o = order.data

  useLiveDocument(order, RealtimeMethods.OrderStatusChanged, (e: OrderStatusChanged) => e.orderId, 'Placed')

  async function act(action: 'cancel' | 'confirm') {
    if (!o) return
    if (action === 'cancel') {
      const { confirm } = await Taro.showModal({ title: '取消订单', content: '商家接单前可取消，款项原路退回。确定取消吗？' })
      if (!confirm) return
    }
    try {
      order.setData(await (action === 'cancel' ? ordering.cancel(o.id) : ordering.confirmReceipt(o.id)))
    } catch (e) {
      showError(e)
    }
  }

  if (!o) return <View className='page'><ErrorText error={order.error} onRetry={order.reload} /></View>
  const step = stepIndex(o)

  return (
    <View className='page'>
      <View className='card'>
        <View className='title' data-testid='order-status' data-status={o.status}>{orderStatusText[o.status]}</View>
        <View className='muted'>送至 {o.spaceName}（{o.spaceNumber}）· 订单号 {o.number}</View>
        {!['Completed', 'Cancelled', 'Delivered'].includes(o.status) && <View className='muted'>预计 {storeTime(o.estimatedReadyAt)} 送达</View>}
        <View className='steps'>
          {orderSteps.map((s, i) => <View key={s.status} className={`step${i <= step ? ' done' : ''}`}>{s.label}</View>)}
        </View>
        {o.cancelReason && <View className='muted'>取消原因：{o.cancelReason}</View>}
        {o.issue && <View className='error'>{o.issue.note}{o.issue.resolutionNote ? `（${o.issue.resolutionNote}）` : ''}</View>}
      </View>
      <View className='card'>
        {o.lines.map((l) => (
          <View key={l.id} className='line'>
            <View className='grow'><View>{l.name} × {l.quantity}</View>{l.options.length > 0 && <View className='muted'>{l.options.join(' / ')}</View>}</View>
            <Text>{price(l.unitPriceFen * l.quantity)}</Text>
          </View>
        ))}
        {o.pointsUsed > 0 && <View className='line'><Text>积分抵扣（{o.pointsUsed}积分）</Text><Text>-{price(o.pointsFen)}</Text></View>}
        <View className='line'><Text>实付</Text><Text className='price'>{price(o.cashFen)}</Text></View>
        {o.refundedFen > 0 && <View className='line'><Text>已退款</Text><Text>{price(o.refundedFen)}</Text></View>}
        {o.note && <View className='muted'>备注：{o.note}</View>}
      </View>
      <View className='card'>
        {o.timeline.map((t) => (
          <View key={t.status + t.at} className='line muted'><Text>{orderStatusText[t.status]}</Text><Text>{storeTime(t.at)}</Text></View>
        ))}
      </View>
      {canConfirmReceipt(o) && <View className='btn' data-testid='confirm-receipt' onClick={() => act('confirm')}>确认收货</View>}
      {canCancelOrder(o) && <View className='btn ghost' data-testid='cancel-order' onClick={() => act('cancel')}>取消订单</View>}
      <ReviewAction kind='Order' source={o} />
    </View>
  )
}
