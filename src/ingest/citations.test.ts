import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMandateCitations } from './citations.ts';
import { randomPieces, seededRandom } from './test-random.ts';
import { tokenizeText } from './tokenized-text.ts';
import type { Language } from './extraction.ts';

function pairs(text: string, language: Language): string[] {
  return findMandateCitations(text, language).map((c) => `${c.instrument} | ${c.paragraph ?? '-'}`);
}

void test('French: paragraph and sub-paragraph of the operative part, in their written variants', () => {
  assert.deepEqual(pairs('Conformément au paragraphe 4b du dispositif de la résolution AG/RES. 2619 (XLI-O/11), nous avons agi.', 'fr'), [
    'AG/RES. 2619 (XLI-O/11) | 4.b',
  ]);
  assert.deepEqual(pairs('Selon le paragraphe 5.d de la résolution AG/RES. 2485 (XXXIX-0/09), rien.', 'fr'), ['AG/RES. 2485 (XXXIX-O/09) | 5.d']);
  assert.deepEqual(pairs("Au titre de l'alinéa b) du paragraphe 4 de la résolution AG/RES.2618 (XLI-O/11).", 'fr'), ['AG/RES. 2618 (XLI-O/11) | 4.b']);
  assert.deepEqual(pairs('Le paragraphe 4, alinéa c, de la résolution AG/RES. 2619 (XLI-O/11) le prévoit.', 'fr'), ['AG/RES. 2619 (XLI-O/11) | 4.c']);
  assert.deepEqual(pairs('Les paragraphes 4a, 4b et 4c du dispositif de la résolution AG/2619 (XLI-O/11) vont ensemble.', 'fr'), [
    'AG/RES. 2619 (XLI-O/11) | 4.a',
    'AG/RES. 2619 (XLI-O/11) | 4.b',
    'AG/RES. 2619 (XLI-O/11) | 4.c',
  ]);
});

void test('English: operative paragraph before or after the symbol, and 4(b)', () => {
  assert.deepEqual(pairs('Under operative paragraph 5 of resolution AG/RES. 1497 (XXVII-O/97) we reported.', 'en'), ['AG/RES. 1497 (XXVII-O/97) | 5']);
  assert.deepEqual(pairs('As asked by resolution AG/RES. 1497 (XXVII-O/97), operative paragraph 5, the team went.', 'en'), ['AG/RES. 1497 (XXVII-O/97) | 5']);
  assert.deepEqual(pairs('Paragraph 4(b) of AG/RES. 2619 (XLI-O/11) covers borders.', 'en'), ['AG/RES. 2619 (XLI-O/11) | 4.b']);
  assert.deepEqual(pairs('Subparagraph (c) of operative paragraph 4 of AG/RES. 2619 (XLI-O/11) applies.', 'en'), ['AG/RES. 2619 (XLI-O/11) | 4.c']);
});

void test('Spanish and Portuguese: párrafo resolutivo, inciso, parágrafo dispositivo, alínea', () => {
  assert.deepEqual(pairs('En cumplimiento del párrafo resolutivo 4 de la resolución AG/RES. 2619 (XLI-O/11), se actuó.', 'es'), ['AG/RES. 2619 (XLI-O/11) | 4']);
  assert.deepEqual(pairs('Según el inciso b del párrafo resolutivo 4 de la resolución AG/RES. 2619 (XLI-O/11).', 'es'), ['AG/RES. 2619 (XLI-O/11) | 4.b']);
  assert.deepEqual(pairs('Em cumprimento do parágrafo dispositivo 4 da resolução AG/RES. 2619 (XLI-O/11), houve cursos.', 'pt'), ['AG/RES. 2619 (XLI-O/11) | 4']);
  assert.deepEqual(pairs('Nos termos da alínea f do parágrafo 4 da resolução AG/RES. 2619 (XLI-O/11).', 'pt'), ['AG/RES. 2619 (XLI-O/11) | 4.f']);
});

void test('a symbol cited without a paragraph gives paragraph null', () => {
  assert.deepEqual(pairs('Rappelant la résolution AG/RES.2619 (XLI-O/11), le rapport commence.', 'fr'), ['AG/RES. 2619 (XLI-O/11) | -']);
  assert.deepEqual(pairs('The plan CP/doc.4708/12 and the declaration CICTE/DEC.1/11 were adopted; see RTP-III/doc.7/12.', 'en'), [
    'CP/doc.4708/12 | -',
    'CICTE/DEC. 1/11 | -',
    'RTP-III/doc.7/12 | -',
  ]);
});

void test('a paragraph does not jump over a sentence to reach a symbol', () => {
  assert.deepEqual(pairs('Voir le paragraphe 3 ci-dessus. La résolution AG/RES. 2619 (XLI-O/11) est citée.', 'fr'), ['AG/RES. 2619 (XLI-O/11) | -']);
});

void test('a resolution without its session, or by number only, takes the session cited elsewhere', () => {
  const text =
    'Nous rappelons la résolution AG/RES. 2619 (XLI-O/11). Plus loin, le paragraphe 4i du dispositif de la résolution AG/RES. 2619 qui demande plus. ' +
    'Enfin le paragraphe 4 de la résolution 2619 est rappelé.';
  assert.deepEqual(pairs(text, 'fr'), ['AG/RES. 2619 (XLI-O/11) | -', 'AG/RES. 2619 (XLI-O/11) | 4.i', 'AG/RES. 2619 (XLI-O/11) | 4']);
  const alone = findMandateCitations('La résolution AG/RES. 2619 qui demande.', 'fr');
  assert.equal(alone[0]?.instrument, 'AG/RES. 2619');
  assert.ok(alone[0]?.issues.includes('session missing'));
});

void test('Security Council resolutions in the four languages; the 1540 Committee is not a citation', () => {
  assert.deepEqual(pairs("Il applique la résolution 1540 du Conseil de sécurité des Nations Unies (2004) et d'autres.", 'fr'), ['UNSC 1540 | -']);
  assert.deepEqual(pairs('It follows Security Council resolution 1373 (2001) closely.', 'en'), ['UNSC 1373 | -']);
  assert.deepEqual(pairs('Aplica la resolución 1373 del Consejo de Seguridad.', 'es'), ['UNSC 1373 | -']);
  assert.deepEqual(pairs('Aplica a resolução 1373 do Conselho de Segurança.', 'pt'), ['UNSC 1373 | -']);
  assert.deepEqual(pairs('Le Comité de la résolution 1540 du Conseil de sécurité a participé.', 'fr'), []);
  assert.deepEqual(pairs('See UNSC 1373 and S/RES/1540 (2004).', 'en'), ['UNSC 1373 | -', 'UNSC 1540 | -']);
});

void test('spans point at the citation in the text', () => {
  const text = 'Texte. Au paragraphe 4b de la résolution AG/RES. 2619 (XLI-O/11), rien.';
  const [citation] = findMandateCitations(text, 'fr');
  assert.equal(text.slice(citation?.start, citation?.end), 'paragraphe 4b de la résolution AG/RES. 2619 (XLI-O/11)');
  assert.equal(citation?.asWritten, 'AG/RES. 2619 (XLI-O/11)');
});

void test('text without citations, and near misses, give nothing', () => {
  assert.deepEqual(pairs('Le paragraphe 4 a été rédigé en 2011 par 24 personnes.', 'fr'), []);
  assert.deepEqual(pairs('Les chiffres 12/08 et AG/ sont sans objet. AG/RES (XXXIV-O/04).', 'fr'), []);
  assert.deepEqual(pairs('', 'en'), []);
});

void test('a 10 MB single line and pathological repetitions finish quickly', () => {
  const prose = 'Le Secrétariat a tenu un atelier à la Jamaïque en 2011 avec 24 participants. '.repeat(130_000);
  let started = performance.now();
  assert.deepEqual(findMandateCitations(prose, 'fr'), []);
  assert.ok(performance.now() - started < 1500, 'a 10 MB line of prose');
  // Nothing but citations: a quarter of a million of them still scale linearly.
  const dense = 'paragraphe 4b du AG/RES. 2619 (XLI-O/11) '.repeat(250_000);
  started = performance.now();
  assert.equal(findMandateCitations(dense, 'fr').length, 250_000);
  assert.ok(performance.now() - started < 10_000, 'a 10 MB line of citations');
  for (const piece of ['AG/RES. ', 'CP/', 'paragraphe 4, ', 'A/B/C/', '((((', 'résolution 1540 ']) {
    started = performance.now();
    findMandateCitations(piece.repeat(100_000), 'fr');
    assert.ok(performance.now() - started < 1000, piece);
  }
});

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared');

void test('every mandate of the visible gold is found in its report, and nothing else', (t) => {
  const goldDir = join(corpus, 'eval/gold');
  if (!existsSync(goldDir) || !existsSync(join(corpus, 'corpus'))) {
    t.skip('../shared/corpus or ../shared/eval/gold is absent');
    return;
  }
  let compared = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
      source: string;
      language: Language;
      mandates: { instrument: string; paragraph: string | null }[];
    };
    const textPath = join(corpus, 'corpus', gold.source);
    if (!existsSync(textPath)) continue;
    const found = new Set(pairs(readFileSync(textPath, 'utf8'), gold.language));
    const expected = new Set(gold.mandates.map((m) => `${m.instrument} | ${m.paragraph ?? '-'}`));
    assert.deepEqual([...found].sort(), [...expected].sort(), gold.source);
    compared += 1;
  }
  assert.ok(compared > 0, 'no gold file names a report present in ../shared/corpus');
});

void test('citations found from a document read whole match those found by reading every character', () => {
  // Keywords touching digits, letters beyond ASCII and marks, in sentences of our own.
  const pieces = [
    'paragraphe 4b du dispositif de la résolution AG/RES. 2619 (XLI-O/11)', 'alinéa b) du paragraphe 4', 'le paragraphe 5.d', '4paragraphe 3',
    'paragraphe4', 'œparagraphe 2', 'sous-paragraphe c) du paragraphe 7', 'para. 9 de la résolution 2619', 'par. 2', 'xpar. 3',
    'la résolution 1540 du Conseil de sécurité', 'Conseil de sécurité résolution 1373 (2001)', 'le Comité de la résolution 1540', 'résolutions 2619',
    'operative paragraph 5 of resolution AG/RES. 2735 (XLII-O/12)', 'sous-paragraphe 12 de la résolution 2619', 'Les États', ' ', ', ', '.\n', 'et', 'lettre a) du paragraphe 6',
  ];
  const random = seededRandom(3);
  for (const language of ['fr', 'en', 'es'] as const) {
    const text = randomPieces(pieces, 8_000, random).join(' ');
    const byCharacters = findMandateCitations(text, language);
    assert.ok(byCharacters.length > 20, 'the text cites');
    findMandateCitations('rien', language);
    tokenizeText(text);
    assert.deepEqual(findMandateCitations(text, language), byCharacters, language);
  }
});
