// Seeded random input for the ingestion tests: the same seed gives the same input, so that a
// failing case can be reproduced.

/** A small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces drawn at random until together they hold at least `length` characters. */
export function randomPieces(pieces: readonly string[], length: number, random: () => number): string[] {
  const drawn: string[] = [];
  let total = 0;
  while (total < length) {
    const piece = pieces[Math.floor(random() * pieces.length)] ?? ' ';
    drawn.push(piece);
    total += piece.length;
  }
  return drawn;
}
