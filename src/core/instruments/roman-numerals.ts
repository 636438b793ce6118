const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function formatRomanNumeral(value: number): string {
  let rest = Math.trunc(value);
  let out = '';
  for (const [amount, letters] of NUMERALS) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

// Strict: only the standard spelling is accepted, so "XXXXI" or "IL" are reported, not guessed.
export function parseRomanNumeral(numeral: string): number | undefined {
  if (numeral.length === 0 || numeral.length > 15) return undefined;
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = VALUES[numeral.charAt(i)];
    if (value === undefined) return undefined;
    const next = VALUES[numeral.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && formatRomanNumeral(total) === numeral ? total : undefined;
}
