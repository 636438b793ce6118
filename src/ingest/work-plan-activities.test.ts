import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from './extract-document.ts';

// A small plan of our own, laid out like a flattened table: domain, programme, project, outputs.
const plan = [
  'PLAN DE TRAVAIL DU DÉPARTEMENT POUR 2014',
  '',
  'DOMAINE\tPROGRAMME\tPROJET\tACTIVITÉ',
  '1. SÉCURITÉ DES PORTS\tA. FORMATION\t1. Stages pour agents portuaires\t4 cours',
  '\t\t2. Visites d’experts\t2 missions techniques',
  '\tB. PRÉVENTION\t1. Exercices conjoints\t3 exercices de simulation',
  '\t\t2. Base de données régionale\tFinancement à identifier',
].join('\n');

void test('a work plan gives planned activities, one per output naming an event, dated by the plan', () => {
  const extraction = extractDocument(plan, { source: 'plan.txt', language: 'fr', kind: 'workplan' });
  const brief = extraction.activities.map((a) => [a.type, a.start, a.status]);
  assert.deepEqual(brief.slice(0, 3), [
    ['course', '2014', 'planned'],
    ['mission', '2014', 'planned'],
    ['exercise', '2014', 'planned'],
  ]);
  assert.ok(extraction.activities.every((a) => a.status === 'planned'));
});
