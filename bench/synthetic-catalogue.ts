// The fixed vocabulary the synthetic generator draws from: units, their recurring resolution
// families and their programmes. Topics are written for the benchmark; the symbol shapes and
// session arithmetic follow GAZETTEERS.md §2.
import type { ActivityType } from '../src/core/activities/activity.ts';

export const UNITS = ['CICTE', 'CICAD', 'DPS'] as const;
export type Unit = (typeof UNITS)[number];

/** A resolution (or committee declaration) renewed every year, each paragraph a mandate. */
export interface MandateFamily {
  readonly unit: Unit;
  readonly kind: 'assembly_resolution' | 'committee_declaration';
  readonly topic: string;
  /** The operative paragraph that carries the mandates ("4" gives 4.a, 4.b…), or null for 1, 2, 3… */
  readonly paragraph: string | null;
  readonly mandateCount: number;
}

export const MANDATE_FAMILIES: readonly MandateFamily[] = [
  { unit: 'CICTE', kind: 'assembly_resolution', topic: 'support for the committee against terrorism', paragraph: '3', mandateCount: 6 },
  { unit: 'CICTE', kind: 'committee_declaration', topic: 'annual commitments on terrorism prevention', paragraph: null, mandateCount: 4 },
  { unit: 'CICAD', kind: 'assembly_resolution', topic: 'hemispheric drug policy', paragraph: '2', mandateCount: 5 },
  { unit: 'CICAD', kind: 'assembly_resolution', topic: 'multilateral evaluation of drug policies', paragraph: null, mandateCount: 3 },
  { unit: 'DPS', kind: 'assembly_resolution', topic: 'security of the small island states', paragraph: '4', mandateCount: 6 },
  { unit: 'DPS', kind: 'assembly_resolution', topic: 'action against trafficking in persons', paragraph: '5', mandateCount: 4 },
  { unit: 'DPS', kind: 'assembly_resolution', topic: 'control of illicit firearms', paragraph: '2', mandateCount: 3 },
];

/** Security Council resolutions cited as standing mandates, one paragraph each. */
export const UN_MANDATES: readonly { readonly number: number; readonly paragraph: string; readonly topic: string; readonly year: number }[] = [
  { number: 1373, paragraph: '3', topic: 'cooperation against the financing of terrorism', year: 2001 },
  { number: 1540, paragraph: '3', topic: 'controls on weapons of mass destruction', year: 2004 },
];

export interface ProgrammeTemplate {
  readonly domain: string;
  readonly topic: string;
  readonly projects: readonly string[];
  /** The kind of output a project promises, with a typical yearly target. */
  readonly output: { readonly unit: string; readonly min: number; readonly max: number };
}

export const PROGRAMMES: Readonly<Record<Unit, readonly ProgrammeTemplate[]>> = {
  CICTE: [
    { domain: 'Border protection', topic: 'port and maritime security', projects: ['port facility assessments', 'maritime drills'], output: { unit: 'national courses', min: 4, max: 12 } },
    { domain: 'Border protection', topic: 'aviation security', projects: ['screening training', 'cargo security'], output: { unit: 'workshops', min: 3, max: 10 } },
    { domain: 'Border protection', topic: 'document and identity security', projects: ['fraudulent document detection', 'identity management'], output: { unit: 'courses', min: 2, max: 8 } },
    { domain: 'Critical infrastructure', topic: 'cyber security', projects: ['incident response teams', 'national strategies'], output: { unit: 'technical missions', min: 3, max: 9 } },
    { domain: 'Critical infrastructure', topic: 'crisis management', projects: ['simulation exercises', 'major events security'], output: { unit: 'simulation exercises', min: 1, max: 4 } },
  ],
  CICAD: [
    { domain: 'Drug policy', topic: 'demand reduction', projects: ['treatment standards', 'school prevention'], output: { unit: 'trained professionals', min: 40, max: 200 } },
    { domain: 'Drug policy', topic: 'evaluation of national drug policies', projects: ['evaluation rounds', 'national drug observatories'], output: { unit: 'country evaluations', min: 5, max: 34 } },
    { domain: 'Control', topic: 'supply reduction', projects: ['precursor control', 'maritime interdiction'], output: { unit: 'regional seminars', min: 2, max: 6 } },
    { domain: 'Control', topic: 'anti-money laundering', projects: ['financial investigation', 'asset forfeiture'], output: { unit: 'courses', min: 3, max: 10 } },
    { domain: 'Control', topic: 'judicial treatment alternatives', projects: ['drug treatment courts', 'legislative guidance'], output: { unit: 'pilot programmes', min: 1, max: 5 } },
  ],
  DPS: [
    { domain: 'Public security', topic: 'police training', projects: ['police management course', 'community policing'], output: { unit: 'scholarships', min: 20, max: 60 } },
    { domain: 'Public security', topic: 'crime and violence observatories', projects: ['crime statistics', 'victimisation surveys'], output: { unit: 'national observatories', min: 1, max: 6 } },
    { domain: 'Public security', topic: 'trafficking in persons', projects: ['victim protection', 'prosecutor training'], output: { unit: 'workshops', min: 3, max: 10 } },
    { domain: 'Arms control', topic: 'firearms marking and tracing', projects: ['marking machines', 'stockpile destruction'], output: { unit: 'marking machines', min: 2, max: 12 } },
    { domain: 'Arms control', topic: 'gang prevention', projects: ['youth at risk', 'prison programmes'], output: { unit: 'community projects', min: 2, max: 8 } },
  ],
};

export const UNIT_SHARE: readonly (readonly [Unit, number])[] = [['CICTE', 35], ['CICAD', 35], ['DPS', 30]];

export const ACTIVITY_TYPE_SHARE: readonly (readonly [ActivityType, number])[] = [
  ['workshop', 26], ['course', 18], ['seminar', 10], ['meeting', 12], ['round_table', 3], ['assessment', 6],
  ['exercise', 3], ['mission', 7], ['scholarship', 4], ['equipment', 2], ['study', 3], ['consultation', 4],
  ['campaign', 1], ['other', 1],
];

export const TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  workshop: 'Workshop', course: 'Course', seminar: 'Seminar', meeting: 'Meeting', round_table: 'Round table',
  assessment: 'Needs assessment', exercise: 'Simulation exercise', mission: 'Technical mission',
  scholarship: 'Scholarships', equipment: 'Equipment hand-over', study: 'Study', consultation: 'Virtual consultation',
  campaign: 'Awareness campaign', other: 'Activity',
};

/** Partners drawn from the reference organisation table. */
export const PARTNER_ACRONYMS: readonly string[] = ['UNODC', 'UNICRI', 'ICAO', 'IMO', 'IOM', 'INTERPOL', 'WCO', 'IMPACS', 'RSS', 'CFATF', 'IDB', 'TSA', 'EU'];

/** Governments that fund activities, by ISO alpha-3, with relative weight; EU is an organisation. */
export const FUNDERS: readonly (readonly [string, number])[] = [['USA', 10], ['CAN', 6], ['EU', 3], ['MEX', 1], ['COL', 1]];
