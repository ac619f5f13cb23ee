import { Input, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { catalog } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { errorText } from '../../shared/problem'
import { go } from '../../shared/ui'
import { initialStoreList, needsLocation, sortOptions, toStoreSearch, distanceText, boxAround, type Location, type StoreListState } from '../../catalog/storeList'
import { locate } from '../../catalog/location'
import type { StoreSummary } from '../../catalog/types'
import { Chips } from '../../components/Chips'
import { ErrorText } from '../../components/ErrorText'
import { StoreMap } from '../../components/StoreMap'
import './index.scss'

const PAGE = 20

/** Home: categories, the store list (distance first; composite, price, rating), filters, and the map mode. */
export default function Home() {
  const [state, setState] = useState<StoreListState>(initialStoreList)
  const [keyword, setKeyword] = useState('')
  const [location, setLocation] = useState<Location | null | undefined>(undefined)
  const [mapMode, setMapMode] = useState(false)
  const [stores, setStores] = useState<StoreSummary[]>([])
  const [total, setTotal] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const categories = useAsync(() => catalog.categories(), [])

  // Location only when the chosen sort (or the map) needs it, and only once.
  useEffect(() => {
    if ((needsLocation(state) || mapMode) && location === undefined) void locate().then(setLocation)
  }, [state.sort, mapMode])

  const waitingForLocation = needsLocation(state) && location === undefined
  const here = location ?? null

  async function load(skip: number) {
    setLoading(true)
    try {
      if (mapMode) {
        // Map mode: every store in the box around the customer (or around the list's stores).
        const around = here ? [here] : stores.length ? stores : [{ latitude: 35, longitude: 115 }]
        const box = boxAround(around, here ? 0.5 : 15)
        const found = await catalog.map({ ...box, category: state.category })
        setStores(found)
        setTotal(found.length)
      } else {
        const page = await catalog.stores(toStoreSearch(state, here, skip, PAGE))
        setStores((list) => (skip === 0 ? page.items : [...list, ...page.items]))
        setTotal(page.totalCount)
      }
      setError(null)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setLoading(false)
      Taro.stopPullDownRefresh()
    }
  }

  useEffect(() => {
    if (!waitingForLocation) void load(0)
  }, [state, location, mapMode])

  usePullDownRefresh(() => void load(0))
  useReachBottom(() => {
    if (!mapMode && !loading && stores.length < total) void load(stores.length)
  })

  const set = (patch: Partial<StoreListState>) => setState((s) => ({ ...s, ...patch }))
  const openStore = (id: string) => go(`/pages/store/index?id=${id}`)

  return (
    <View className='page'>
      <Input
        className='search'
        placeholder='搜索门店名称'
        value={keyword}
        confirmType='search'
        onInput={(e) => setKeyword(e.detail.value)}
        onConfirm={() => set({ keyword })}
      />
      <Chips
        options={[{ value: '', label: '全部' }, ...(categories.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        selected={state.category ?? ''}
        onSelect={(code) => set({ category: code || undefined })}
      />
      <ErrorText error={categories.error} onRetry={categories.reload} />
      <View className='row between'>
        <Chips options={sortOptions.map((o) => ({ value: o.sort, label: o.label }))} selected={state.sort} onSelect={(sort) => set({ sort })} />
      </View>
      <View className='row between'>
        <Chips
          options={[
            { value: 'open', label: '营业中' },
            { value: 'rating', label: '4分以上' },
            { value: 'cheap', label: '¥200以内' },
          ]}
          selected={[state.openNow ? 'open' : '', state.minRating ? 'rating' : '', state.maxPriceFen ? 'cheap' : '']}
          onSelect={(f) =>
            f === 'open' ? set({ openNow: !state.openNow })
              : f === 'rating' ? set({ minRating: state.minRating ? undefined : 4 })
                : set({ maxPriceFen: state.maxPriceFen ? undefined : 20000 })}
        />
        <Text className='mode' onClick={() => setMapMode(!mapMode)}>{mapMode ? '列表' : '地图'}</Text>
      </View>
      {needsLocation(state) && location === null && <View className='muted'>未获得定位权限，已按综合排序</View>}
      <ErrorText error={error} onRetry={() => void load(0)} />
      {mapMode ? (
        <StoreMap stores={stores} here={here} onOpen={openStore} />
      ) : (
        <View data-testid='store-list'>
          {stores.map((s) => (
            <View key={s.id} className='card store-item' data-testid='store-item' onClick={() => openStore(s.id)}>
              <View className='store-thumb'>{s.name.slice(0, 2)}</View>
              <View className='grow'>
                <View className='title'>{s.name}</View>
                <View className='muted'>
                  {s.rating.toFixed(1)}分 · {s.ratingCount}条评价 {distanceText(s.distanceMeters)}
                </View>
                <View className='muted'>{s.address}</View>
                <View className='row between'>
                  <Text className='price'>{s.minPriceFen > 0 ? `${price(s.minPriceFen)}起` : '免费预订'}</Text>
                  <Text className='muted'>{s.openNow ? '营业中' : '休息中'}</Text>
                </View>
              </View>
            </View>
          ))}
          {!loading && stores.length === 0 && !error && <View className='empty'>没有符合条件的门店</View>}
          {loading && <View className='empty'>加载中…</View>}
        </View>
      )}
    </View>
  )
}
