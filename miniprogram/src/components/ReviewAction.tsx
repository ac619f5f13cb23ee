import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { reviews } from '../shared/apis'
import { useAsync } from '../shared/useAsync'
import { go } from '../shared/ui'
import { canReview, reviewStatusText } from '../reviews/form'
import type { ReviewSourceKind } from '../reviews/types'

/**
 * Under a finished order or booking: the "评价" button, or the review's state once written (checked again when the page
 * shows, i.e. after coming back from writing it).
 */
export function ReviewAction({ kind, source, storeName }: { kind: ReviewSourceKind; source: { id: string; status: string }; storeName?: string }) {
  const finished = source.status === 'Completed'
  const mine = useAsync(() => (finished ? reviews.mine(source.id, 0, 1) : Promise.resolve(undefined)), [source.id, finished])
  useDidShow(() => {
    if (finished) void mine.reload()
  })
  if (!finished || !mine.data) return null
  const existing = mine.data.items[0]
  if (existing) return <View className='muted' data-testid='review-state' data-status={existing.status}>我的评价：{reviewStatusText[existing.status]}</View>
  if (!canReview(source, kind, existing)) return null
  const store = storeName ? `&store=${encodeURIComponent(storeName)}` : ''
  return <View className='btn' data-testid='write-review' onClick={() => go(`/pages/review/index?kind=${kind}&id=${source.id}${store}`)}>评价</View>
}
