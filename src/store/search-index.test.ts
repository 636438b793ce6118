import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import type { LanguageCode } from '../core/shared/localized-text.ts';
import { createDatasetStore } from './dataset-store.ts';
import { createSearchIndex } from './search-index.ts';
import { forEachDialect } from './test-dialects.ts';
import { SMALL_DATASET } from './test-fixtures.ts';

forEachDialect((dialect) => {
  void test('search finds records in each language, with or without accents', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const index = createSearchIndex(db);
    const ids = async (query: string, language?: LanguageCode) =>
      (await index.search(query, language === undefined ? {} : { language })).map((h) => `${h.entity}:${h.id}`).sort();

    const cases: [string, LanguageCode, string][] = [
      ['securite frontieres', 'fr', 'activity:act-kingston-course'],
      ['sécurité des frontières', 'fr', 'activity:act-kingston-course'],
      ['formacion', 'es', 'activity:act-port-of-spain-workshop'],
      ['formación armas', 'es', 'activity:act-port-of-spain-workshop'],
      ['exercicio simulacao', 'pt', 'activity:act-crisis-exercise'],
      ['exercício de simulação', 'pt', 'activity:act-crisis-exercise'],
      ['laundering', 'en', 'activity:act-bridgetown-seminar'],
    ];
    for (const [query, language, expected] of cases) {
      assert.ok((await ids(query, language)).includes(expected), `"${query}" in ${language} should find ${expected}`);
      assert.ok((await ids(query)).includes(expected), `"${query}" in any language should find ${expected}`);
    }

    // Stemming: the plural and the singular meet within a language.
    assert.ok((await ids('frontière', 'fr')).includes('activity:act-kingston-course'));
    assert.ok((await ids('seminars', 'en')).includes('activity:act-bridgetown-seminar'));
    // Mandate texts are indexed per language: the French paragraph, not its absent English form.
    assert.deepEqual(await ids('ports', 'fr'), ['mandate:man-2619-4b']);
    assert.deepEqual(await ids('puertos', 'es'), ['mandate:man-2619-4b']);
    assert.deepEqual(await ids('puertos', 'en'), []);
    assert.ok((await ids('armas de fogo', 'pt')).includes('mandate:man-2619-4c'));
    assert.ok((await ids('2619')).includes('instrument:ins-2619'), 'symbols are searchable as written');
    assert.ok((await ids('firearm marking', 'en')).includes('work_plan_item:proj-firearms-marking'));
    assert.deepEqual(await ids('nothing-like-this-anywhere'), []);
    assert.deepEqual(await ids('   '), []);

    const [best] = await index.search('formación', { language: 'es', limit: 1 });
    assert.equal(best?.title, 'Taller regional de formación en control de armas de fuego');
    assert.equal(typeof best?.rank, 'number');
  });
});
