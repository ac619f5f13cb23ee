import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { catalog } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { go } from '../../shared/ui'
import { applySpaceStatus, isBookable, type SpaceStatusChanged } from '../../spaces/status'
import { RealtimeMethods, useHubEvent, useStoreWatch } from '../../realtime/customerHub'
import { Chips } from '../../components/Chips'
import { ErrorText } from '../../components/ErrorText'
import { LoopVideo } from '../../components/LoopVideo'
import { SpaceBadge } from '../../components/StatusBadge'

const dayText: Record<string, string> = { Sunday: '日', Monday: '一', Tuesday: '二', Wednesday: '三', Thursday: '四', Friday: '五', Saturday: '六' }

/** A room or booth: its videos (several angles, the first one playing), details, prices, live status, and booking. */
export default function SpacePage() {
  const { id = '', storeId = '' } = useRouter().params
  const space = useAsync(() => catalog.space(id), [id])
  const videos = useAsync(() => (storeId ? catalog.videos(storeId, id) : Promise.resolve([])), [storeId, id])
  const [angle, setAngle] = useState(0)

  useStoreWatch(storeId || space.data?.storeId, () => void space.reload())
  useHubEvent(RealtimeMethods.SpaceStatusChanged, (e: SpaceStatusChanged) =>
    space.setData((s) => (s ? applySpaceStatus([s], e)[0] : s)))

  const s = space.data
  if (!s) return <View className='page'><ErrorText error={space.error} onRetry={space.reload} /></View>
  const list = (videos.data ?? []).filter((v) => v.playUrl)

  return (
    <View className='page'>
      <LoopVideo video={list[angle]} fallback={s.name} />
      {list.length > 1 && (
        <Chips options={list.map((_, i) => ({ value: i, label: `视角${i + 1}` }))} selected={angle} onSelect={setAngle} />
      )}
      <View className='card'>
        <View className='row between'>
          <Text className='title'>{s.name}</Text>
          <SpaceBadge status={s.status} />
        </View>
        <View className='muted'>{s.typeName} · {s.minCapacity}-{s.maxCapacity}人 · 编号 {s.number}</View>
        <View className='muted'>{[...s.facilities, ...s.features].join(' · ')}</View>
        {s.description && <View>{s.description}</View>}
      </View>
      <View className='card'>
        <View className='line'><Text>当前价格</Text><Text className='price'>{price(s.priceNowFen)}</Text></View>
        <View className='line'><Text>基础价格</Text><Text>{price(s.basePriceFen)}</Text></View>
        {s.minimumSpendFen > 0 && <View className='line'><Text>最低消费</Text><Text>{price(s.minimumSpendFen)}</Text></View>}
        <View className='line'><Text>订金比例</Text><Text>{s.depositPercent}%</Text></View>
        {s.priceRules.map((r, i) => (
          <View key={i} className='line muted'>
            <Text>{r.kind === 'Holiday' ? '节假日 ' : ''}{r.days.length ? `周${r.days.map((d) => dayText[d]).join('')} ` : ''}{r.from?.slice(0, 5) ?? ''}{r.to ? `-${r.to.slice(0, 5)}` : ''}</Text>
            <Text>{price(r.priceFen)}</Text>
          </View>
        ))}
      </View>
      <View
        className={`btn${isBookable(s) ? '' : ' disabled'}`}
        data-testid='book'
        onClick={() => isBookable(s) && go(`/pages/book/index?spaceId=${s.id}&storeId=${s.storeId}`)}
      >
        {isBookable(s) ? '立即预订' : '暂不可订'}
      </View>
    </View>
  )
}
