import type { Space, SpaceFilter, SpaceType } from '../catalog/types'

/** The space filters on a store page: party size, type, facilities (all of them), highest price. */
export interface SpaceFilterState {
  partySize?: number
  type?: string
  facilities: string[]
  maxPriceFen?: number
}

export const emptySpaceFilter: SpaceFilterState = { facilities: [] }

/** The API query: with a party size the API sorts by best fit (tightest capacity, then price). */
export function toSpaceQuery(state: SpaceFilterState): SpaceFilter {
  return {
    partySize: state.partySize,
    type: state.type,
    facilities: state.facilities.length ? state.facilities : undefined,
    maxPriceFen: state.maxPriceFen,
    sort: state.partySize ? 'Recommended' : 'Number',
  }
}

export function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** Facilities offered by the store's spaces, in first-seen order (the chips to filter by). */
export function facilityOptions(spaces: Pick<Space, 'facilities'>[]): string[] {
  return [...new Set(spaces.flatMap((s) => s.facilities))]
}

/** Only the types the store has spaces of, in the store's order. */
export function typeOptions(types: SpaceType[], spaces: Pick<Space, 'typeCode'>[]): SpaceType[] {
  const used = new Set(spaces.map((s) => s.typeCode))
  return types.filter((t) => used.has(t.code))
}

export const partySizeOptions = [2, 4, 6, 8, 10, 15]

export const priceCapOptions = [10000, 20000, 30000, 50000]
