// The one binary search of ingestion: lists of mentions, words and offsets are kept sorted by
// where they start, and every "first one at or after", "last one before" asks the same question.

/**
 * The first index in [0, length) at which `isBefore` is false, or `length`. `isBefore` must hold
 * for a prefix of the indexes and for none after it.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first item, in a list sorted by start, that starts at or after offset (the list's length when none does). */
export function firstStartingAtOrAfter(list: readonly { readonly start: number }[], offset: number): number {
  return partitionPoint(list.length, (index) => (list[index] as { readonly start: number }).start < offset);
}
