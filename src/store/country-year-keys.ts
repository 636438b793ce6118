// "What did we do with Jamaica in 2015?" is the question member states ask most. Indexed by
// country alone, a GIN lookup returned every Jamaican activity of every year (91,000 of a million)
// to be intersected with the period. Keys that pair the country with each calendar year the
// activity may touch ("JAM@2015") narrow the lookup to the year's rows at once. An activity whose
// span covers more years than LONG_SPAN_YEARS (a multi-year programme, or a mistyped year) gets
// one "JAM@*" key instead, and every period question asks for that key too.
export const LONG_SPAN_YEARS = 12;

const ANY_YEAR = '*';

function key(country: string, year: number | typeof ANY_YEAR): string {
  return `${country}@${year}`;
}

/** The keys of an activity held in `countries` over the days [from, to]; none when undated. */
export function countryYearKeys(countries: readonly string[], from: string | null, to: string | null): string[] {
  if (from === null || to === null || countries.length === 0) return [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (last - first + 1 > LONG_SPAN_YEARS) return countries.map((country) => key(country, ANY_YEAR));
  const keys: string[] = [];
  for (const country of countries) {
    for (let year = first; year <= last; year += 1) keys.push(key(country, year));
  }
  return keys;
}

/** The keys an activity of `country` touching [from, to] has at least one of. */
export function countryYearQuery(country: string, from: string, to: string): string[] {
  const keys = [key(country, ANY_YEAR)];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) keys.push(key(country, year));
  return keys;
}
