// Checks that an engine and the in-memory scan gave the same answer, field for field: both sum
// the shares of a head count split between states exactly, so even one person apart is an error.

export interface Agreement {
  readonly status: 'same' | 'differs';
  readonly detail: string;
}

type Row = Readonly<Record<string, unknown>>;

/** Compares two row sets matched by `keyOf`; every field must be equal. */
export function compareRows(expected: readonly Row[], actual: readonly Row[], keyOf: (row: Row) => string): Agreement {
  const byKey = new Map(actual.map((row) => [keyOf(row), row]));
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const row of expected) {
    const key = keyOf(row);
    const other = byKey.get(key);
    byKey.delete(key);
    if (other === undefined) {
      missing.push(key);
      continue;
    }
    const fields = new Set([...Object.keys(row), ...Object.keys(other)]);
    for (const field of fields) {
      const a = row[field];
      const b = other[field];
      if (a !== b) wrong.push(`${key}.${field} ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  }
  const extra = [...byKey.keys()];
  if (missing.length + extra.length + wrong.length > 0) {
    const parts = [
      missing.length > 0 ? `${missing.length} missing (${missing.slice(0, 3).join(', ')})` : '',
      extra.length > 0 ? `${extra.length} unexpected (${extra.slice(0, 3).join(', ')})` : '',
      wrong.length > 0 ? `${wrong.length} wrong (${wrong.slice(0, 3).join('; ')})` : '',
    ];
    return { status: 'differs', detail: parts.filter((p) => p !== '').join(', ') };
  }
  return { status: 'same', detail: '' };
}
