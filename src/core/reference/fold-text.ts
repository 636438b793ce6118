// Comparison keys for names written with or without accents, in any case, with typographic
// apostrophes and dashes: "Saint-Kitts-et-Nevis", "saint kitts et nevis" and "SAINT–KITTS" meet.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase();
}

// Same length as the input, so offsets found in the folded text are offsets in the original.
const NON_ASCII = /[\u0080-\uffff]/g;
const foldedCharCache = new Map<string, string>();

function foldCharKeepingLength(char: string): string {
  const cached = foldedCharCache.get(char);
  if (cached !== undefined) return cached;
  const folded = foldText(char);
  // A character whose folded form has another length would shift every later offset.
  const kept = folded.length === char.length && folded.toLowerCase().length === char.length ? folded : '_';
  foldedCharCache.set(char, kept);
  return kept;
}

export function foldTextKeepingOffsets(text: string): string {
  return text.replace(NON_ASCII, foldCharKeepingLength).toLowerCase();
}

export function foldNameKey(text: string): string {
  return foldText(text)
    .replace(/[.'\-,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
