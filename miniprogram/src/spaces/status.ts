import type { Space, SpaceStatus } from '../catalog/types'

/** The badge a customer sees for each live status. */
export const spaceStatusText: Record<SpaceStatus, string> = {
  Free: '空闲可订',
  Booked: '已预订',
  InUse: '使用中',
  Maintenance: '维护中',
  Cleaning: '清洁中',
}

export function isBookable(space: Pick<Space, 'status'>): boolean {
  return space.status === 'Free'
}

/** The `spaceStatusChanged` push (SpaceStatusChangedEto). */
export interface SpaceStatusChanged {
  spaceId: string
  storeId: string
  from: SpaceStatus
  to: SpaceStatus
  at: string
}

/** Applies a live status push to a list; unknown spaces and stale pushes (older than what is shown) leave it as is. */
export function applySpaceStatus<T extends Pick<Space, 'id' | 'status' | 'statusChangedAt'>>(spaces: T[], event: SpaceStatusChanged): T[] {
  let changed = false
  const next = spaces.map((space) => {
    if (space.id !== event.spaceId) return space
    if (space.statusChangedAt && Date.parse(space.statusChangedAt) > Date.parse(event.at)) return space
    changed = true
    return { ...space, status: event.to, statusChangedAt: event.at }
  })
  return changed ? next : spaces
}
