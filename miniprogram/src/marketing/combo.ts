import type { MenuActivity, MenuCombo } from './types'

/** The picks of a combo sheet: per group code, the chosen choices' pick codes ("group:productId"). */
export type ComboPicks = Record<string, string[]>

/** The server's default picks (DefaultPicks), grouped by their group. */
export function initialPicks(combo: MenuCombo): ComboPicks {
  const picks: ComboPicks = Object.fromEntries(combo.groups.map((g) => [g.code, []]))
  for (const p of combo.defaultPicks) {
    const group = combo.groups.find((g) => g.choices.some((c) => c.pick === p))
    if (group) picks[group.code].push(p)
  }
  return picks
}

/** Tapping a choice: a group of one switches, others toggle up to their maximum; an unavailable choice is not taken. */
export function togglePick(combo: MenuCombo, picks: ComboPicks, groupCode: string, pick: string): ComboPicks {
  const group = combo.groups.find((g) => g.code === groupCode)
  const choice = group?.choices.find((c) => c.pick === pick)
  if (!group || !choice) return picks
  const chosen = picks[groupCode] ?? []
  if (chosen.includes(pick)) return { ...picks, [groupCode]: chosen.filter((p) => p !== pick) }
  if (!choice.available) return picks
  if (group.max === 1) return { ...picks, [groupCode]: [pick] }
  if (chosen.length >= group.max) return picks
  return { ...picks, [groupCode]: [...chosen, pick] }
}

/** The groups still short of their minimum, with how many more to pick. */
export function missingPicks(combo: MenuCombo, picks: ComboPicks): { name: string; more: number }[] {
  return combo.groups
    .map((g) => ({ name: g.name, more: g.min - (picks[g.code]?.length ?? 0) }))
    .filter((g) => g.more > 0)
}

/** One combo's price with the chosen choices' extra charges. */
export function comboUnitPrice(baseFen: number, combo: MenuCombo, picks: ComboPicks): number {
  let fen = baseFen
  for (const g of combo.groups) for (const c of g.choices) if (picks[g.code]?.includes(c.pick)) fen += c.extraFen
  return fen
}

/** The cart line's options: the picks in the combo's own order (groups, then choices), as the API reads them. */
export function comboOptions(combo: MenuCombo, picks: ComboPicks): string[] {
  return combo.groups.flatMap((g) => g.choices.filter((c) => picks[g.code]?.includes(c.pick)).map((c) => c.pick))
}

export function partyText(combo: MenuCombo): string {
  if (combo.partyMin <= 0 && combo.partyMax <= 0) return ''
  return combo.partyMin === combo.partyMax ? `${combo.partyMin}人餐` : `${combo.partyMin}-${combo.partyMax}人餐`
}

/** An activity badge's countdown: "剩 2天3小时", "剩 3小时12分", "剩 45分", or "已结束". */
export function countdown(endsAt: string, now: number = Date.now()): string {
  const minutes = Math.floor((Date.parse(endsAt) - now) / 60_000)
  if (minutes <= 0) return '已结束'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return `剩 ${days}天${hours}小时`
  if (hours > 0) return `剩 ${hours}小时${minutes % 60}分`
  return `剩 ${minutes}分`
}

export const activityThemeText: Record<MenuActivity['theme'], string> = {
  General: '限时特价', DailySpecial: '每日特价', Festival: '节日特惠', Clearance: '清仓特价', NewProduct: '新品尝鲜',
}
