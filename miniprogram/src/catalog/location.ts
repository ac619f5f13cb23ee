import Taro from '@tarojs/taro'
import type { Location } from './storeList'

/**
 * The customer's position, asked for only when a list is sorted by distance or shown on a map. A refusal is not an
 * error: the list falls back to the composite ranking.
 */
export async function locate(): Promise<Location | null> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    return null
  }
}
