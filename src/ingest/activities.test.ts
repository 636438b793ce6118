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

void test('a series announced with a generic noun gives its kind to the members told after it, ordinals alone included', () => {
  const cases: [string, Language][] = [
    ["Le Département a organisé une série d'activités destinées à la formation des agents pénitentiaires. La première activité s'est tenue au Honduras en mars 2012 avec des délégués du Panama. La deuxième a eu lieu au Costa Rica en mai 2012.", 'fr'],
    ['The unit ran a series of activities to provide training to customs officers. The first activity took place in Peru in April 2012 with delegates from Panama. The second was held in Costa Rica in May 2012.', 'en'],
    ['La unidad realizó una serie de actividades de capacitación para fiscales. La primera actividad tuvo lugar en Honduras en marzo de 2012 con delegados de Panamá. La segunda se celebró en Costa Rica en mayo de 2012.', 'es'],
    ['A unidade promoveu uma série de atividades de capacitação para policiais. A primeira atividade ocorreu em Honduras em março de 2012 com delegados do Panamá. A segunda foi realizada na Costa Rica em maio de 2012.', 'pt'],
  ];
  for (const [text, language] of cases) {
    const drafts = read(text, language);
    assert.deepEqual(drafts.map((d) => d.type), ['course', 'course'], language);
    assert.equal([...(drafts[1]?.venues ?? [])].join(), 'CRI', language);
    assert.deepEqual([...(drafts[0]?.countries ?? [])], ['PAN'], language);
  }
  const series = read('The unit held a series of workshops. One workshop took place in Peru in May 2013 and another in Chile in June 2013.', 'en');
  assert.deepEqual(series.map((d) => [...d.venues].join()), ['PER', 'CHL']);
  const phase = read('The unit held two workshops. The first took place in Peru in May 2013. The second phase of the project was launched in Chile in June 2013.', 'en');
  assert.deepEqual(phase.map((d) => [...d.venues].join()), ['PER']);
});

void test('a generic noun with no description and no place in a series is not an event', () => {
  assert.equal(read('En 2012, le Secrétariat a soutenu des activités au Pérou.', 'fr').length, 0);
  assert.equal(read('In 2012 the Secretariat backed activities in Peru.', 'en').length, 0);
  const described = read('En mayo de 2012 se llevó a cabo una actividad de capacitación en Honduras.', 'es');
  assert.deepEqual(described.map((d) => d.type), ['course']);
});

void test('"these three activities" point back to the last three events: their shared count goes to none, their venues are their states', () => {
  const drafts = read('A workshop was held in Peru in May 2013, a seminar in Chile in June 2013 and a course in Bolivia in July 2013. These three activities brought together 90 officials from these three countries.', 'en');
  assert.equal(drafts.length, 3);
  assert.ok(drafts.every((d) => d.participants === null && d.hasSharedCount));
  assert.deepEqual(drafts.map((d) => [...d.countries].join()), ['PER', 'CHL', 'BOL']);
});

void test('a training programme is a course when it has places of its own, and a summary of its events otherwise', () => {
  const told = read('Au premier semestre 2012, le Département a lancé le « Programme de formation des gardes-côtes ». Les séminaires de ce programme ont eu lieu au Honduras en mai et au Panama en juin 2012.', 'fr');
  assert.deepEqual(told.map((d) => `${d.type}:${[...d.venues].join()}`), ['seminar:HND', 'seminar:PAN']);
  const planned = read('The Secretariat will carry out this training programme in all Caribbean states during 2013.', 'en');
  assert.equal(planned.length, 1);
  assert.equal(planned[0]?.type, 'course');
  assert.equal(planned[0]?.status, 'planned');
  assert.deepEqual([...(planned[0]?.venues ?? [])].sort(), [...CARIBBEAN_STATES].sort());
});

void test('an article fused with its preposition points back like the article itself', () => {
  const es = read('Se dictó un curso en Perú en mayo de 2014. Unos 25 fiscales asistieron al curso.', 'es');
  assert.deepEqual(es.map((d) => d.participants?.count ?? null), [25]);
  const pt = read('Foi realizado um curso no Peru em maio de 2014. Cerca de 25 promotores compareceram ao curso.', 'pt');
  assert.deepEqual(pt.map((d) => d.participants?.count ?? null), [25]);
});

void test('a country after a city the place lists do not know, "in Cityname, Country", is the venue', () => {
  const drafts = read('Um seminário foi realizado em Cidadela, Uruguai, em março de 2014.', 'pt');
  assert.deepEqual(drafts.map((d) => [...d.venues].join()), ['URY']);
  const en = read('A workshop took place in Eastbridge, Guyana, in May 2014.', 'en');
  assert.deepEqual(en.map((d) => [...d.venues].join()), ['GUY']);
});

void test('a unit named "in cooperation with" joins the implementing unit instead of replacing it', () => {
  const english = read('Through the CICTE Secretariat, the Secretariat strengthened port security.\n\nThe project was carried out in cooperation with the Department of Public Security. A workshop took place in Peru in May 2013.', 'en');
  assert.deepEqual(english.map((d) => [...d.organizations].sort()), [['CICTE', 'DPS']]);
  const french = read('Par l’intermédiaire du Secrétariat du CICTE, le Secrétariat a renforcé la sécurité des ports.\n\nCe projet a été exécuté avec la coopération du Département de la sécurité publique. Un atelier a eu lieu au Pérou en mai 2013.', 'fr');
  assert.deepEqual(french.map((d) => [...d.organizations].sort()), [['CICTE', 'DPS']]);
});

void test('a partner named within one event’s passage serves that event, and both events told together', () => {
  const apart = read('La CICAD organizó un seminario nacional en Perú en abril de 2013 y un curso de formación de formadores en Chile en octubre de 2013, con la colaboración de la UNODC.', 'es');
  assert.deepEqual(apart.map((d) => [...d.organizations].sort()), [['CICAD'], ['CICAD', 'UNODC']]);
  const together = read('La CICAD organizó un taller y un curso en Chile en octubre de 2013, con la colaboración de la UNODC.', 'es');
  assert.deepEqual(together.map((d) => [...d.organizations].sort()), [['CICAD', 'UNODC'], ['CICAD', 'UNODC']]);
});

void test('an acronym that names a meeting series is not a partner', () => {
  const drafts = read('Un atelier a eu lieu au Pérou en mai 2013, dans le cadre du processus de la MISPA.', 'fr');
  assert.equal(drafts.length, 1);
  assert.ok(!drafts[0]?.organizations.has('MISPA'));
});

void test('a study is about the states it names, and assisted governments are beneficiaries, not partners', () => {
  const study = read('Em 2014, a Secretaria elaborou uma metodologia para avaliar os programas de reinserção no Brasil.', 'pt');
  assert.deepEqual(study.map((d) => [d.type, [...d.venues].join(), [...d.countries].join()]), [['study', '', 'BRA']]);
  const mission = read('In 2013 the Secretariat gave legal assistance to the Government of Grenada.', 'en');
  assert.deepEqual(mission.map((d) => [d.type, [...d.countries].join(), d.organizations.has('GRD')]), [['mission', 'GRD', false]]);
});

void test('"a larger number of" announces no event of its own', () => {
  assert.equal(read('Dans les prochains mois, le Secrétariat distribuera un plus grand nombre de machines de marquage.', 'fr').length, 0);
  assert.equal(read('In the coming months the Secretariat will hand over a larger number of marking machines.', 'en').length, 0);
});

void test('equipment handed over in a state goes to that state', () => {
  const drafts = read('Marking machines were handed over in Jamaica in April 2012.', 'en');
  assert.deepEqual(drafts.map((d) => [d.type, [...d.venues].join(), [...d.countries].join()]), [['equipment', 'JAM', 'JAM']]);
});

void test('a government supported to organise an event hosts it; one named as a collaborator does not', () => {
  const hosted = read('Le Secrétariat a appuyé le Gouvernement du Honduras pour l’organisation d’un atelier en mars 2013.', 'fr');
  assert.deepEqual(hosted.map((d) => [...d.venues].join()), ['HND']);
  const partner = read('En collaboration avec le Gouvernement du Honduras, le Secrétariat a organisé un atelier en mars 2013.', 'fr');
  assert.deepEqual(partner.map((d) => [...d.venues].join()), ['']);
});

void test('a sentence naming another unit hands it the events it tells; the umbrella secretariat named alone keeps the unit in charge', () => {
  const units = read('La Secretaría del CICTE organizó un taller en Jamaica en febrero de 2011. Asimismo, la Secretaría Ejecutiva de la CICAD realizó un curso en Panamá en mayo de 2011.', 'es');
  assert.deepEqual(units.map((d) => [...d.organizations]), [['CICTE'], ['CICAD']]);
  const umbrella = read('Through the Department of Public Security, the Secretariat held a workshop in Peru in May 2013. The Secretariat for Multidimensional Security will also hold a course in Chile in 2014.', 'en');
  assert.deepEqual(umbrella.map((d) => [...d.organizations]), [['DPS'], ['DPS']]);
});

void test('"desses dois países" makes the venues of the events pointed back to their participating states', () => {
  const drafts = read('Foram realizadas oficinas em Antígua e Barbuda em julho de 2011 e no Suriname em novembro de 2011. Essas duas atividades reuniram 60 funcionários desses dois países.', 'pt');
  assert.deepEqual(drafts.map((d) => [[...d.countries].join(), d.participants]), [['ATG', null], ['SUR', null]]);
});

void test('the "and" inside a country’s name does not split two events between their dates', () => {
  const cases: [string, Language][] = [
    ['Two seminars were held, one in Jamaica in February 2011 and the other in Trinidad and Tobago in October 2011.', 'en'],
    ['Se realizaron dos seminarios, uno en Jamaica en febrero de 2011 y otro en Trinidad y Tobago en octubre de 2011.', 'es'],
    ['Foram realizados dois seminários, um na Jamaica em fevereiro de 2011 e outro em Trinidad e Tobago em outubro de 2011.', 'pt'],
  ];
  for (const [text, language] of cases) {
    assert.deepEqual(read(text, language).map((d) => [...d.venues].join()), ['JAM', 'TTO'], language);
  }
});

void test('a cooperation phrase opening the sentence names its partner, not the unit that follows the comma', () => {
  const drafts = read('The Executive Secretariat of CICAD held a regional meeting in Peru in March 2013. In cooperation with INTERPOL, the Department of Public Security conducted a needs assessment in Haiti in June 2013.', 'en');
  assert.deepEqual(drafts.map((d) => [...d.organizations].sort()), [['CICAD'], ['DPS', 'INTERPOL']]);
});

void test('"au cours de l’année" says "during", while "au cours de formation" is a course', () => {
  const during = read('Trois missions d’assistance technique ont été menées au Honduras au cours de l’année 2013.', 'fr');
  assert.deepEqual(during.map((d) => d.type), ['mission']);
  const course = read('Vingt policiers ont participé au cours de formation organisé à Lima en mai 2013.', 'fr');
  assert.deepEqual(course.map((d) => [d.type, d.participants?.count]), [['course', 20]]);
  assert.deepEqual(read('Two missions were carried out in Honduras in the course of 2013.', 'en').map((d) => d.type), ['mission']);
});

void test('a word that is also a property name of plain objects ("constructor") is not a count pointing back', () => {
  const drafts = read('A workshop took place in Peru in May 2013. A course took place in Chile in June 2013. These constructor workshops gathered 40 officials.', 'en');
  assert.deepEqual(drafts.map((d) => d.participants?.count ?? null), [40, null]);
});
