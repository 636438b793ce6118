import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSymbolMatches, findSymbolMatchesEverywhere } from './symbol-candidates.ts';
import { randomPieces, seededRandom } from './test-random.ts';

const shape = (matches: RegExpExecArray[][]): [number, string][][] => matches.map((list) => list.map((m) => [m.index, m[0]]));

void test('symbols tried only near a slash are those a search of every character finds', () => {
  // Symbols as OAS documents print them, broken ones, and capitals, slashes and bars around them.
  const pieces = [
    'AG/RES. 2619 (XLI-O/11)', 'AG | RES 12', 'AG/DEC. 7', 'CP/RES. 1042 (2156/18)', 'CP/CAJP-3201/14 rev. 1', 'CICTE/doc.5/12 rev.1',
    'OEA/Ser.L/X.2.12', 'CICAD-VIII/DEC/doc.4/01 add. 2', 'UNSC 1540', 'UNSCR 1373', 'UNSC Resolution 2178', 'S/RES/1373 (2001)', 'S / RES / 2396',
    'ABCDEFGHIJKL/doc.1/12', 'ABCDEFGHIJ-VIIIII /doc.1/12', '_AG/RES. 1', 'xCP/RES. 3', 'éAG/RES. 4', 'AG', '/', '|', 'a/b', 'Le Conseil', ' ', ' ', '. ', ', ', '\n', '2014',
  ];
  const random = seededRandom(29);
  for (let round = 0; round < 40; round += 1) {
    const parts = randomPieces(pieces, 3_000, random);
    // Pieces also run together, so that symbols touch letters, digits and one another.
    const text = parts.join(round % 2 === 0 ? ' ' : '');
    const everywhere = findSymbolMatchesEverywhere(text);
    assert.ok(everywhere.flat().length > 10, 'the text holds symbols');
    assert.deepEqual(shape(findSymbolMatches(text)), shape(everywhere), `round ${round}`);
  }
});
