/** Money is fen (分) everywhere, as the API sends it; shown as yuan with up to two decimals. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const whole = Math.floor(abs / 100)
  const cents = abs % 100
  return `${sign}${whole}${cents === 0 ? '' : `.${String(cents).padStart(2, '0').replace(/0$/, '')}`}`
}

export function price(fen: number): string {
  return `¥${yuan(fen)}`
}
