/** PagedResultDto of the API. */
export interface Paged<T> {
  items: T[];
  totalCount: number;
}

/** Query parameters without the empty ones (HttpClient would send "undefined"). */
export function query(params: Record<string, string | number | boolean | null | undefined>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Record<string, string | number | boolean>;
}

/** Money is fen on the wire; people read yuan. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

export function toFen(yuanValue: number | string): number {
  return Math.round(Number(yuanValue) * 100);
}
