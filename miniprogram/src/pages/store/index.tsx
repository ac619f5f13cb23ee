import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { catalog, marketing, reviews } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { go, showError } from '../../shared/ui'
import { hoursText } from '../../catalog/hours'
import { applySpaceStatus, type SpaceStatusChanged } from '../../spaces/status'
import { emptySpaceFilter, facilityOptions, partySizeOptions, priceCapOptions, toggle, toSpaceQuery, typeOptions, type SpaceFilterState } from '../../spaces/filter'
import { RealtimeMethods, useHubEvent, useStoreWatch } from '../../realtime/customerHub'
import { Chips } from '../../components/Chips'
import { ClaimableList } from '../../components/ClaimableList'
import { ErrorText } from '../../components/ErrorText'
import { LoopVideo } from '../../components/LoopVideo'
import { ReviewList } from '../../components/ReviewList'
import { SpaceBadge } from '../../components/StatusBadge'
import './index.scss'

/** A store: its video, info, hours, navigation and phone; its rooms and booths with live status and filters. */
export default function StorePage() {
  const id = useRouter().params.id ?? ''
  const [filter, setFilter] = useState<SpaceFilterState>(emptySpaceFilter)
  const store = useAsync(() => catalog.store(id), [id])
  const videos = useAsync(() => catalog.videos(id), [id])
  const storeReviews = useAsync(() => reviews.store(id), [id])
  const coupons = useAsync(() => marketing.storeCoupons(id), [id])
  // All spaces (for the filter chips), then the filtered list the API ranks.
  const allSpaces = useAsync(() => catalog.spaces(id), [id])
  const spaces = useAsync(() => catalog.spaces(id, toSpaceQuery(filter)), [id, filter])

  useStoreWatch(id, () => void spaces.reload())
  useHubEvent(RealtimeMethods.SpaceStatusChanged, (e: SpaceStatusChanged) => {
    if (e.storeId !== id) return
    spaces.setData((list) => (list ? applySpaceStatus(list, e) : list))
    allSpaces.setData((list) => (list ? applySpaceStatus(list, e) : list))
  })

  useEffect(() => {
    if (store.data) void Taro.setNavigationBarTitle({ title: store.data.name })
  }, [store.data])

  const s = store.data
  if (!s) return <View className='page'><ErrorText error={store.error} onRetry={store.reload} />{store.loading && <View className='empty'>加载中…</View>}</View>

  const storeVideo = videos.data?.find((v) => !v.spaceId)
  const navigate = () =>
    Taro.openLocation({ latitude: s.latitude, longitude: s.longitude, name: s.name, address: s.address, scale: 16 }).catch(() =>
      Taro.setClipboardData({ data: s.address }))
  const call = () => s.phone && Taro.makePhoneCall({ phoneNumber: s.phone }).catch(showError)
  const set = (patch: Partial<SpaceFilterState>) => setFilter((f) => ({ ...f, ...patch }))

  return (
    <View className='page'>
      <LoopVideo video={storeVideo} fallback={s.name} />
      <View className='card'>
        <View className='title' data-testid='store-name'>{s.name}</View>
        <View className='muted'>{s.rating.toFixed(1)}分 · {s.ratingCount}条评价 · {s.status === 'Open' && s.openNow ? '营业中' : s.status === 'Paused' ? '暂停营业' : '已打烊'}</View>
        {hoursText(s.hours).map((line) => <View key={line} className='muted'>营业时间 {line}</View>)}
        <View className='row between'>
          <Text className='grow'>{s.address}</Text>
          <Text className='link' onClick={navigate}>导航</Text>
        </View>
        {s.phone && <View className='row between'><Text>{s.phone}</Text><Text className='link' onClick={call}>致电</Text></View>}
        {s.intro && <View className='muted'>{s.intro}</View>}
      </View>

      {(coupons.data?.length ?? 0) > 0 && (
        <View className='card' data-testid='store-coupons'>
          <View className='subtitle'>领券</View>
          <ClaimableList coupons={coupons.data!} storeId={id} onClaimed={coupons.reload} />
        </View>
      )}

      <View className='card'>
        <View className='subtitle'>包间 / 卡座</View>
        <View className='filter-label'>人数</View>
        <Chips options={partySizeOptions.map((n) => ({ value: n, label: `${n}人` }))} selected={filter.partySize}
          onSelect={(n) => set({ partySize: filter.partySize === n ? undefined : n })} />
        <View className='filter-label'>类型</View>
        <Chips options={typeOptions(s.spaceTypes, allSpaces.data ?? []).map((t) => ({ value: t.code, label: t.nameZhHans }))} selected={filter.type}
          onSelect={(t) => set({ type: filter.type === t ? undefined : t })} />
        <View className='filter-label'>设施</View>
        <Chips options={facilityOptions(allSpaces.data ?? []).map((f) => ({ value: f, label: f }))} selected={filter.facilities}
          onSelect={(f) => set({ facilities: toggle(filter.facilities, f) })} />
        <View className='filter-label'>价格</View>
        <Chips options={priceCapOptions.map((p) => ({ value: p, label: `${price(p)}以内` }))} selected={filter.maxPriceFen}
          onSelect={(p) => set({ maxPriceFen: filter.maxPriceFen === p ? undefined : p })} />
      </View>

      <ErrorText error={spaces.error} onRetry={spaces.reload} />
      <View data-testid='space-list'>
        {(spaces.data ?? []).map((sp) => (
          <View key={sp.id} className='card space-item' data-testid='space-item' data-number={sp.number} onClick={() => go(`/pages/space/index?id=${sp.id}&storeId=${id}`)}>
            <View className='grow'>
              <View className='title'>{sp.name}</View>
              <View className='muted'>{sp.typeName} · {sp.minCapacity}-{sp.maxCapacity}人 · 编号 {sp.number}</View>
              <View>{sp.facilities.map((f) => <Text key={f} className='facility'>{f}</Text>)}</View>
              <Text className='price'>{sp.priceNowFen > 0 ? price(sp.priceNowFen) : '免费'}</Text>
              {sp.depositPercent > 0 && <Text className='muted'> 订金{sp.depositPercent}%</Text>}
            </View>
            <SpaceBadge status={sp.status} />
          </View>
        ))}
        {!spaces.loading && spaces.data?.length === 0 && <View className='empty'>没有符合条件的包间</View>}
      </View>

      <ReviewList data={storeReviews.data} />
    </View>
  )
}
