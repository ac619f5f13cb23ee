import { View } from '@tarojs/components'
import type { StoreSummary } from '../catalog/types'
import { boxAround, placeInBox, type Location } from '../catalog/storeList'

/**
 * The map mode in H5: stores placed by their coordinates in the box around them (a browser has no WeChat map).
 * The mini-program uses the native map instead (StoreMap.weapp.tsx).
 */
export function StoreMap({ stores, here, onOpen }: { stores: StoreSummary[]; here: Location | null; onOpen: (id: string) => void }) {
  if (stores.length === 0) return <View className='empty'>附近暂无门店</View>
  const box = boxAround([...stores, ...(here ? [here] : [])], 0.5)
  return (
    <View className='store-map' data-testid='store-map'>
      {here && <View className='map-pin here' style={pinStyle(placeInBox(here, box))}>我</View>}
      {stores.map((s) => (
        <View key={s.id} className='map-pin' style={pinStyle(placeInBox(s, box))} onClick={() => onOpen(s.id)}>
          {s.name}
        </View>
      ))}
    </View>
  )
}

const pinStyle = (p: { x: number; y: number }) => ({ left: `${p.x}%`, top: `${p.y}%` })
