import type { MenuProduct, SpecGroup } from './types'

/** What the customer picked in the specs sheet: option codes per group. */
export type SpecChoice = Record<string, string[]>

/** Required single-choice groups start on their first option; the rest start empty. */
export function defaultChoice(specs: SpecGroup[]): SpecChoice {
  return Object.fromEntries(specs.map((g) => [g.code, g.required && !g.multiple && g.options.length ? [g.options[0].code] : []]))
}

export function pick(specs: SpecGroup[], choice: SpecChoice, group: string, option: string): SpecChoice {
  const g = specs.find((x) => x.code === group)
  if (!g) return choice
  const current = choice[group] ?? []
  const on = current.includes(option)
  const next = g.multiple
    ? (on ? current.filter((o) => o !== option) : [...current, option])
    : (on && !g.required ? [] : [option])
  return { ...choice, [group]: next }
}

/** Required groups without a choice (their names), to say what is missing. */
export function missing(specs: SpecGroup[], choice: SpecChoice): string[] {
  return specs.filter((g) => g.required && !(choice[g.code]?.length)).map((g) => g.name)
}

/** The unit price with the chosen options' surcharges. */
export function unitPrice(product: Pick<MenuProduct, 'yourPriceFen' | 'specs'>, choice: SpecChoice): number {
  return product.specs.reduce((sum, g) =>
    sum + g.options.filter((o) => choice[g.code]?.includes(o.code)).reduce((s, o) => s + o.deltaFen, 0), product.yourPriceFen)
}

/** The API's option codes: "group:option". */
export function toOptions(choice: SpecChoice): string[] {
  return Object.entries(choice).flatMap(([group, options]) => options.map((o) => `${group}:${o}`))
}

export const tagText: Record<string, string> = {
  hot: '热销', new: '新品', special: '特价', recommended: '推荐', 'limited-time': '限时',
  party: '聚会', business: '商务', couple: '情侣', family: '家庭', sharing: '分享', spicy: '辣',
}

/** The tags shown on a product card: the known ones, in Chinese. */
export function productTags(tags: string[]): string[] {
  return tags.map((t) => tagText[t]).filter((t): t is string => !!t)
}
