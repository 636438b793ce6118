// A small seeded generator (mulberry32) so that the same seed gives the same synthetic data on every
// machine and Node version; Math.random cannot be seeded.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: `[['workshop', 5], ['course', 3]]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new Error('cannot pick from an empty list');
    return last[0];
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const wanted = Math.min(count, pool.length);
    // Partial Fisher–Yates: only the first `wanted` slots are shuffled.
    for (let i = 0; i < wanted; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      const swap = pool[i] as T;
      pool[i] = pool[j] as T;
      pool[j] = swap;
    }
    return pool.slice(0, wanted);
  };
  return { next, integer, pick, weighted, sample, chance: (p) => next() < p };
}
