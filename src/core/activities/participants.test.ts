import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParticipantCount } from './activity.ts';
import { participantTotal, sumParticipants, validateParticipants } from './participants.ts';

const count = (over: Partial<ParticipantCount>): ParticipantCount => ({
  total: null, qualifier: 'exact', onSite: null, online: null, women: null, men: null, byCategory: {}, ...over,
});

test('the stated total wins; otherwise the parts add up', () => {
  assert.equal(participantTotal(count({ total: 651, onSite: 98, online: 553 })), 651);
  assert.equal(participantTotal(count({ onSite: 98, online: 553 })), 651);
  assert.equal(participantTotal(count({ women: 10, men: 14 })), 24);
  assert.equal(participantTotal(count({ byCategory: { police: 20, judges: 5 } })), 25);
  assert.equal(participantTotal(count({})), null);
});

test('a sum with any approximate count is approximate', () => {
  assert.deepEqual(sumParticipants([count({ total: 261 }), null, count({ total: 1300, qualifier: 'at_least' })]), { total: 1561, isApproximate: true });
  assert.deepEqual(sumParticipants([count({ total: 30 })]), { total: 30, isApproximate: false });
});

test('parts may not exceed an exact total', () => {
  const problems = validateParticipants(count({ total: 100, onSite: 98, online: 553 }));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.code, 'inconsistent');
  assert.deepEqual(problems[0]?.path, ['online']);
  assert.deepEqual(validateParticipants(count({ total: 100, qualifier: 'about', onSite: 98, online: 5 })), []);
});

test('counts are whole and non-negative', () => {
  const problems = validateParticipants(count({ total: -1, women: 2.5 }));
  assert.deepEqual(problems.map((p) => p.path[0]), ['total', 'women']);
});
