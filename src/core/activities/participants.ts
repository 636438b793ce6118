import type { ParticipantCount } from './activity.ts';
import { problem, type Problem } from '../shared/problem.ts';

/**
 * The best known total: the stated one, else what the parts add up to (on site + online, or
 * women + men), else the sum over categories.
 */
export function participantTotal(count: ParticipantCount): number | null {
  if (count.total !== null) return count.total;
  if (count.onSite !== null && count.online !== null) return count.onSite + count.online;
  if (count.women !== null && count.men !== null) return count.women + count.men;
  const categories = Object.values(count.byCategory);
  return categories.length > 0 ? categories.reduce((sum, n) => sum + n, 0) : null;
}

/** Sums totals, keeping the weakest qualifier: "exact" + "about" is about. */
export function sumParticipants(counts: readonly (ParticipantCount | null)[]): { total: number; isApproximate: boolean } {
  let total = 0;
  let isApproximate = false;
  for (const count of counts) {
    if (count === null) continue;
    const value = participantTotal(count);
    if (value === null) continue;
    total += value;
    if (count.qualifier !== 'exact') isApproximate = true;
  }
  return { total, isApproximate };
}

export function validateParticipants(count: ParticipantCount): Problem[] {
  const problems: Problem[] = [];
  const parts: [keyof ParticipantCount, number | null][] = [
    ['total', count.total],
    ['onSite', count.onSite],
    ['online', count.online],
    ['women', count.women],
    ['men', count.men],
  ];
  for (const [key, value] of parts) {
    if (value !== null && (!Number.isInteger(value) || value < 0)) {
      problems.push(problem([key], 'invalid_range', `${key} must be a whole number of people, not ${value}`));
    }
  }
  for (const [category, value] of Object.entries(count.byCategory)) {
    if (!Number.isInteger(value) || value < 0) {
      problems.push(problem(['byCategory', category], 'invalid_range', `${category} must be a whole number of people, not ${value}`));
    }
  }
  // Only a valid exact total can be exceeded; an invalid one was already reported above.
  if (problems.length === 0 && count.total !== null && count.qualifier === 'exact') {
    const exceeds = (label: string, sum: number, path: string) => {
      if (sum > count.total!) {
        problems.push(problem([path], 'inconsistent', `${label} (${sum}) exceed the total of ${count.total}`));
      }
    };
    exceeds('on-site and online participants', (count.onSite ?? 0) + (count.online ?? 0), 'online');
    exceeds('women and men', (count.women ?? 0) + (count.men ?? 0), 'men');
    exceeds('participants by category', Object.values(count.byCategory).reduce((s, n) => s + n, 0), 'byCategory');
  }
  return problems;
}
