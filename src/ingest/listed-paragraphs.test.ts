import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMandateCitations } from './citations.ts';
import { findListedParagraphs } from './listed-paragraphs.ts';

function pairs(text: string, language: 'fr' | 'en'): string[] {
  return findMandateCitations(text, language).map((c) => `${c.instrument}|${c.paragraph ?? '-'}`);
}

void test('quoted paragraphs under an instrument heading are that instrument’s paragraphs', () => {
  const plan = [
    'SECTION 1. MANDATES',
    '',
    'Strengthening of port security in the hemisphere, AG/RES. 2900 (XLVI-O/16)',
    '',
    '“3. To ask the secretariat to keep training port officers in every member state;',
    '',
    '- “8. To request a yearly account of the courses given”.',
    '',
    'Border cooperation among neighbouring states, AG/RES. 2901 (XLVI-O/16)',
    '“2. To invite the states to share their watch lists”.',
  ].join('\n');
  assert.deepEqual(pairs(plan, 'en'), ['AG/RES. 2900 (XLVI-O/16)|3', 'AG/RES. 2900 (XLVI-O/16)|8', 'AG/RES. 2901 (XLVI-O/16)|2']);
});

void test('a numbered paragraph told through its lettered sub-paragraphs is cited by them; elided ones are left out', () => {
  const plan = [
    'Sécurité des petits États insulaires, AG/RES. 2902 (XLVI-O/16)',
    '',
    '4. De demander au Secrétariat général de poursuivre son appui aux États :',
    '- a. Former les agents des douanes ;',
    '- b. ...;',
    '- c. Offrir des bourses aux analystes ;',
    '',
    'SECTION II. ACTIVITÉS',
    'DOMAINE\tPROGRAMME\tPROJET',
    '1. DOUANES\tA. Formation\t1. Cours',
  ].join('\n');
  assert.deepEqual(pairs(plan, 'fr'), ['AG/RES. 2902 (XLVI-O/16)|4.a', 'AG/RES. 2902 (XLVI-O/16)|4.c']);
});

void test('a numbered heading of a report is not a paragraph of the instrument cited before it', () => {
  const report = [
    'The Secretariat reports on resolution AG/RES. 2903 (XLVI-O/16).',
    '',
    '1. Border management',
    '',
    'Two workshops were held in Peru in 2016.',
  ].join('\n');
  assert.deepEqual(pairs(report, 'en'), ['AG/RES. 2903 (XLVI-O/16)|-']);
});

void test('a long document of list lines is read in one pass', () => {
  const line = '- a. Former les agents des douanes ;\n';
  const text = `Titre, AG/RES. 2902 (XLVI-O/16)\n4. De demander au Secrétariat :\n${line.repeat(200_000)}`;
  const started = performance.now();
  const { paragraphs } = findListedParagraphs(text, [{ instrument: 'AG/RES. 2902 (XLVI-O/16)', asWritten: 'AG/RES. 2902 (XLVI-O/16)', issues: [], start: 7, end: 31 }]);
  assert.equal(paragraphs.length, 200_000);
  assert.ok(performance.now() - started < 2000);
});
