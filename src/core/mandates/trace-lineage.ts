import type { Mandate, MandateRef } from './mandate.ts';
import { mandateKey } from './mandate.ts';

/**
 * The chain of renewals a mandate belongs to, oldest first: 2397 6.b → 2485 5.b → 2619 4.b.
 * Follows `renews` backwards and the mandates that renew it forwards; stops on cycles.
 */
export function traceLineage(mandates: readonly Mandate[], ref: MandateRef): Mandate[] {
  const byKey = new Map(mandates.map((m) => [mandateKey(m), m]));
  const renewedBy = new Map<string, Mandate>();
  for (const m of mandates) {
    if (m.renews !== null) renewedBy.set(mandateKey(m.renews), m);
  }
  const start = byKey.get(mandateKey(ref));
  if (start === undefined) return [];
  const seen = new Set<string>([mandateKey(start)]);
  const older: Mandate[] = [];
  for (let m = start; m.renews !== null; ) {
    const previous = byKey.get(mandateKey(m.renews));
    if (previous === undefined || seen.has(mandateKey(previous))) break;
    seen.add(mandateKey(previous));
    older.unshift(previous);
    m = previous;
  }
  const newer: Mandate[] = [];
  for (let m = start; ; ) {
    const next = renewedBy.get(mandateKey(m));
    if (next === undefined || seen.has(mandateKey(next))) break;
    seen.add(mandateKey(next));
    newer.push(next);
    m = next;
  }
  return [...older, start, ...newer];
}
