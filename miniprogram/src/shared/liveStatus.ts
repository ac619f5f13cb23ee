/** Sets the status of the item with `id` (a live push); the same list when nothing changes, so React skips a render. */
export function withStatus<T extends { id: string; status: S }, S extends string>(items: T[], id: string, status: S): T[] {
  return items.some((x) => x.id === id && x.status !== status) ? items.map((x) => (x.id === id ? { ...x, status } : x)) : items
}
