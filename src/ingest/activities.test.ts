import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActivityDraft, ReadingContext } from './activities.ts';
import { dropSummaries, findParagraphActivities, readEventType } from './activities.ts';
import { CARIBBEAN_STATES } from './caribbean-states.ts';
import { findDates } from './dates.ts';
import type { Language } from './extraction.ts';
import { findMentions } from './mention-finders.ts';
import { segmentDocument } from './segment.ts';

function read(text: string, language: Language): ActivityDraft[] {
  const mentions = findMentions(text, language);
  const context: ReadingContext = { contextYear: null, units: [], mandates: [], funders: [] };
  const drafts: ActivityDraft[] = [];
  for (const section of segmentDocument(text)) {
    const sectionDrafts: ActivityDraft[] = [];
    for (const paragraph of section.paragraphs) {
      sectionDrafts.push(...findParagraphActivities({
        text, paragraph, language, kind: 'report', context, caribbeanStates: CARIBBEAN_STATES,
        mentions: { ...mentions, dates: findDates(text, language, paragraph.start, paragraph.end) },
      }));
    }
    drafts.push(...dropSummaries(sectionDrafts));
  }
  return drafts;
}

void test('a head count told after the event belongs to it; one count for several events goes to none', () => {
  const single = read('Un stage a eu lieu au Honduras en mai 2012. 30 policiers de ce pays y ont été formés.', 'fr');
  assert.equal(single.length, 1);
  assert.equal(single[0]?.participants?.count, 30);
  assert.deepEqual([...(single[0]?.countries ?? [])], ['HND']);
  const shared = read('Un stage a eu lieu au Honduras en mai 2012 et un autre stage au Panama en juin 2012. Ils ont réuni 50 policiers.', 'fr');
  assert.equal(shared.length, 2);
  assert.ok(shared.every((d) => d.participants === null));
});

void test('a summary announcing events told one by one is not an event itself', () => {
  const drafts = read('The unit held several workshops. One workshop took place in Peru in May 2013 and another in Chile in June 2013.', 'en');
  assert.deepEqual(drafts.map((d) => [...d.venues].join('+')), ['PER', 'CHL']);
});

void test('a demonstrative points back instead of creating a new event', () => {
  const drafts = read('Se organizó un taller en Uruguay en abril de 2014. Este taller contó con 25 participantes de Argentina y Brasil.', 'es');
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]?.participants?.count, 25);
  assert.deepEqual([...(drafts[0]?.countries ?? [])].sort(), ['ARG', 'BRA']);
});

void test('states listed after "tous les États des Caraïbes, à l’exception de" are left out', () => {
  const drafts = read('En 2012, tous les États des Caraïbes, à l’exception de la Barbade et du Belize, ont participé au forum régional tenu à Miami.', 'fr');
  const countries = drafts[0]?.countries ?? new Set<string>();
  assert.ok(countries.has('JAM'));
  assert.ok(!countries.has('BRB') && !countries.has('BLZ'));
});

void test('readEventType names the first event noun of a passage', () => {
  const text = '3 exercices de simulation et 2 ateliers';
  assert.equal(readEventType(text, { start: 0, end: text.length }, 'fr'), 'exercise');
  const english = 'Two round tables for policy makers';
  assert.equal(readEventType(english, { start: 0, end: english.length }, 'en'), 'round_table');
  const none = 'Base de données régionale';
  assert.equal(readEventType(none, { start: 0, end: none.length }, 'fr'), null);
});
