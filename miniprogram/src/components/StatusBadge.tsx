import { Text } from '@tarojs/components'
import type { SpaceStatus } from '../catalog/types'
import type { BookingStatus } from '../bookings/types'
import { spaceStatusText } from '../spaces/status'
import { bookingStatusText } from '../bookings/status'

export function SpaceBadge({ status }: { status: SpaceStatus }) {
  return <Text className={`badge ${status}`} data-status={status}>{spaceStatusText[status]}</Text>
}

export function BookingBadge({ status }: { status: BookingStatus }) {
  return <Text className={`badge ${status}`} data-status={status}>{bookingStatusText[status]}</Text>
}
