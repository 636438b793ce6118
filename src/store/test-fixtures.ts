// A small hand-made dataset whose coverage figures are worked out by hand in the tests. The
// symbols are real instrument forms; every text is our own wording.
import type { Activity } from '../core/activities/activity.ts';
import type { Dataset } from '../core/dataset/dataset.ts';
import { EMPTY_DATASET } from '../core/dataset/dataset.ts';

export const RES_2619 = 'AG/RES. 2619 (XLI-O/11)';
export const RES_2485 = 'AG/RES. 2485 (XXXIX-O/09)';

export function makeActivity(overrides: Partial<Activity> & Pick<Activity, 'id'>): Activity {
  return {
    version: 1,
    title: 'Untitled activity',
    description: '',
    type: 'workshop',
    status: 'done',
    dates: { start: null, end: null },
    venues: [],
    participatingCountries: [],
    participants: null,
    parties: [],
    mandates: [],
    plannedOutputIds: [],
    source: null,
    isPublished: false,
    ...overrides,
  };
}

const people = (total: number) => ({ total, qualifier: 'exact' as const, onSite: null, online: null, women: null, men: null, byCategory: {} });

export const ACTIVITIES: readonly Activity[] = [
  makeActivity({
    id: 'act-kingston-course',
    title: 'Cours national sur la sécurité des frontières',
    description: 'Formation des agents des douanes et de la police aux contrôles des passagers.',
    type: 'course',
    dates: { start: '2011-03-14', end: '2011-03-18' },
    venues: [{ country: 'JAM', city: 'Kingston' }],
    participants: { ...people(30), byCategory: { police: 18, customs: 12 } },
    parties: [{ ref: 'CICTE', role: 'implementing' }, { ref: 'USA', role: 'funder' }],
    mandates: [{ instrument: RES_2619, paragraph: '4.b' }],
    plannedOutputIds: ['out-border-courses'],
    source: { document: 'report-2011.txt', start: 120, end: 260, excerpt: 'our own summary of the passage' },
    isPublished: true,
  }),
  makeActivity({
    id: 'act-port-of-spain-workshop',
    title: 'Taller regional de formación en control de armas de fuego',
    description: 'Los participantes practicaron el marcado y el registro de las armas.',
    dates: { start: '2011-05', end: null },
    venues: [{ country: 'TTO', city: 'Port of Spain' }],
    participatingCountries: ['TTO', 'BRB'],
    participants: people(40),
    parties: [{ ref: 'CICTE', role: 'implementing' }, { ref: 'UNODC', role: 'partner' }],
    mandates: [{ instrument: RES_2619, paragraph: '4.b' }, { instrument: RES_2619, paragraph: '4.c' }],
    plannedOutputIds: ['out-border-courses', 'out-firearms-marking'],
  }),
  makeActivity({
    id: 'act-bridgetown-seminar',
    title: 'Seminar on money laundering and the financing of terrorism',
    description: 'Prosecutors and judges from the region compared their case law.',
    type: 'seminar',
    dates: { start: '2011-09-06', end: '2011-09-07' },
    venues: [{ country: 'BRB', city: 'Bridgetown' }],
    participants: { ...people(12), qualifier: 'about' },
    parties: [{ ref: 'CICAD', role: 'implementing' }],
    mandates: [{ instrument: RES_2619, paragraph: '4.a' }],
    plannedOutputIds: ['out-firearms-marking'],
  }),
  makeActivity({
    id: 'act-cancelled-mission',
    title: 'Technical mission on crime statistics',
    type: 'mission',
    status: 'cancelled',
    dates: { start: '2011-04', end: null },
    venues: [{ country: 'JAM', city: null }],
    mandates: [{ instrument: RES_2619, paragraph: '4.a' }],
  }),
  makeActivity({
    id: 'act-undated-meeting',
    title: 'Coordination meeting with regional bodies',
    type: 'meeting',
    status: 'planned',
    mandates: [{ instrument: RES_2619, paragraph: '4.c' }],
  }),
  makeActivity({
    id: 'act-crisis-exercise',
    title: 'Exercício de simulação de crise na fronteira',
    description: 'As equipes nacionais testaram os planos de resposta da polícia.',
    type: 'exercise',
    dates: { start: '2010-12-20', end: '2011-01-10' },
    venues: [{ country: 'JAM', city: 'Montego Bay' }],
    participatingCountries: ['JAM'],
    participants: people(20),
    parties: [{ ref: 'CICTE', role: 'implementing' }, { ref: 'POLICE:JAM', role: 'host' }],
    mandates: [{ instrument: RES_2619, paragraph: '4.b' }],
  }),
];

export const SMALL_DATASET: Dataset = {
  ...EMPTY_DATASET,
  organisations: [{ acronym: 'CARIB-LAB', names: { en: 'Caribbean forensic laboratory network' }, type: 'regional', parent: null }],
  instruments: [
    { id: 'ins-2619', version: 1, symbol: RES_2619, kind: 'resolution', body: 'AG', title: { en: 'Security concerns of the small island states of the Caribbean' }, year: 2011, adoptedOn: '2011-06-07' },
    { id: 'ins-2485', version: 1, symbol: RES_2485, kind: 'resolution', body: 'AG', title: { fr: 'Préoccupations de sécurité des petits États insulaires' }, year: 2009, adoptedOn: null },
  ],
  mandates: [
    { id: 'man-2485-5b', version: 1, instrument: RES_2485, paragraph: '5.b', text: { en: 'Keep strengthening border controls.' }, renews: null, units: ['CICTE'] },
    { id: 'man-2619-4a', version: 1, instrument: RES_2619, paragraph: '4.a', text: { en: 'Help states build systems that measure crime.' }, renews: null, units: ['DPS'] },
    {
      id: 'man-2619-4b',
      version: 1,
      instrument: RES_2619,
      paragraph: '4.b',
      text: { fr: 'Renforcer la sécurité aux frontières et dans les ports.', es: 'Reforzar la seguridad en las fronteras y los puertos.' },
      renews: { instrument: RES_2485, paragraph: '5.b' },
      units: ['CICTE'],
    },
    { id: 'man-2619-4c', version: 1, instrument: RES_2619, paragraph: '4.c', text: { pt: 'Apoiar o controle de armas de fogo.' }, renews: null, units: ['CICTE', 'DPS'] },
  ],
  workPlans: [{ id: 'wp-2011', version: 1, symbol: 'CICTE/doc.5/11', unit: 'CICTE', title: { en: 'Work plan 2011' }, periodStart: '2011', periodEnd: '2011' }],
  workPlanItems: [
    { id: 'dom-borders', version: 1, workPlanId: 'wp-2011', parentId: null, level: 'domain', code: '1', title: { en: 'Borders' }, mandates: [], objectives: [] },
    { id: 'prog-border-control', version: 1, workPlanId: 'wp-2011', parentId: 'dom-borders', level: 'programme', code: '1.1', title: { en: 'Border control' }, mandates: [{ instrument: RES_2619, paragraph: '4.b' }], objectives: [] },
    { id: 'proj-border-training', version: 1, workPlanId: 'wp-2011', parentId: 'prog-border-control', level: 'project', code: '1.1.1', title: { en: 'Training of border staff' }, mandates: [], objectives: [] },
    { id: 'prog-firearms', version: 1, workPlanId: 'wp-2011', parentId: 'dom-borders', level: 'programme', code: '1.2', title: { es: 'Control de armas' }, mandates: [], objectives: [] },
    { id: 'proj-firearms-marking', version: 1, workPlanId: 'wp-2011', parentId: 'prog-firearms', level: 'project', code: '1.2.1', title: { en: 'Firearm marking' }, mandates: [{ instrument: RES_2619, paragraph: null }], objectives: [] },
  ],
  plannedOutputs: [
    { id: 'out-border-courses', version: 1, itemId: 'proj-border-training', description: { en: 'National courses' }, target: { kind: 'quantity', value: 10, unit: 'courses' } },
    { id: 'out-firearms-marking', version: 1, itemId: 'proj-firearms-marking', description: { en: 'Marking machines handed over' }, target: { kind: 'to_be_determined', reason: 'funding' } },
  ],
  activities: ACTIVITIES,
  followUps: [
    { id: 'fu-curriculum', version: 1, activityId: 'act-kingston-course', observedOn: '2012-02', country: 'JAM', statement: 'The police academy added the course to its programme.', evidence: null, level: 'behaviour' },
  ],
  assistanceRequests: [
    { id: 'req-jam-borders', version: 1, country: 'JAM', subject: 'Training for border staff', receivedOn: '2010-11', status: 'answered', activityIds: ['act-kingston-course', 'act-crisis-exercise'] },
  ],
  focalPoints: [
    { id: 'fp-jam', version: 1, name: 'A. Example', country: 'JAM', organisation: 'POLICE:JAM', network: 'border-control', role: 'liaison officer', email: 'focal.point@example.org', visibility: 'members' },
  ],
};
