import Taro from '@tarojs/taro'
import type { Location } from './storeList'

/**
 * The customer's position, asked for only when a list is sorted by distance or shown on a map. A refusal is not an
 * error: the list falls back to the composite ranking.
 */
export async function locate(): Promise<Location | null> {
  try {
    // WeChat's maps use GCJ-02 like the store coordinates; a browser only knows GPS (WGS-84), a few hundred metres off.
    const { latitude, longitude } = await Taro.getLocation({ type: process.env.TARO_ENV === 'h5' ? 'wgs84' : 'gcj02' })
    return { latitude, longitude }
  } catch {
    return null
  }
}
