/** Drops binary floating-point noise (2.1 + 0.2 = 2.3000000000000003) from sums of months, hours and weeks. */
export function cleanNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
