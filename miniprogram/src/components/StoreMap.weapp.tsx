import { Map } from '@tarojs/components'
import type { StoreSummary } from '../catalog/types'
import type { Location } from '../catalog/storeList'

/** The map mode in the mini-program: WeChat's native map with a marker per store; tapping a marker opens it. */
export function StoreMap({ stores, here, onOpen }: { stores: StoreSummary[]; here: Location | null; onOpen: (id: string) => void }) {
  const center = here ?? stores[0] ?? { latitude: 39.9087, longitude: 116.4605 }
  const markers = stores.map((s, i) => ({
    id: i,
    latitude: s.latitude,
    longitude: s.longitude,
    title: s.name,
    iconPath: '',
    width: 24,
    height: 32,
    callout: { content: s.name, display: 'ALWAYS' as const, padding: 6, borderRadius: 6, color: '#222222', fontSize: 12, bgColor: '#ffffff', anchorX: 0, anchorY: 0, textAlign: 'center' as const, borderWidth: 0, borderColor: '#ffffff' },
  }))
  return (
    <Map
      style={{ width: '100%', height: '900rpx' }}
      latitude={center.latitude}
      longitude={center.longitude}
      scale={11}
      showLocation={!!here}
      markers={markers as any}
      onError={() => undefined}
      onMarkerTap={(e) => {
        const store = stores[Number((e.detail as { markerId: number }).markerId)]
        if (store) onOpen(store.id)
      }}
      onCalloutTap={(e) => {
        const store = stores[Number((e.detail as { markerId: number }).markerId)]
        if (store) onOpen(store.id)
      }}
    />
  )
}
