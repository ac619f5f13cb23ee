import { Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { loyalty } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { storeTime } from '../../bookings/slots'
import { pointsKindText, signed } from '../../loyalty/labels'
import type { PointsEntry } from '../../loyalty/types'
import { ErrorText } from '../../components/ErrorText'

/** Every points movement, newest first, paged as the customer scrolls. */
export default function PointsPage() {
  const first = useAsync(() => loyalty.history(0, 20), [])
  const [more, setMore] = useState<PointsEntry[]>([])
  const items = [...(first.data?.items ?? []), ...more]
  useReachBottom(async () => {
    if (first.data && items.length < first.data.totalCount) {
      const page = await loyalty.history(items.length, 20)
      setMore((m) => [...m, ...page.items])
    }
  })

  return (
    <View className='page'>
      <ErrorText error={first.error} onRetry={first.reload} />
      {items.map((e) => (
        <View key={e.id} className='card' data-testid='points-entry'>
          <View className='row between'>
            <Text>{pointsKindText[e.kind]}{e.merchantName ? ` · ${e.merchantName}` : ''}</Text>
            <Text className={e.amount > 0 ? 'price' : ''}>{signed(e.amount)}</Text>
          </View>
          <View className='muted'>{storeTime(e.at)} · 余额 {e.balanceAfter}{e.ruleName ? ` · ${e.ruleName}` : ''}{e.note ? ` · ${e.note}` : ''}</View>
        </View>
      ))}
      {!first.loading && items.length === 0 && <View className='empty'>暂无积分记录</View>}
    </View>
  )
}
