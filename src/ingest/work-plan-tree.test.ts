import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkPlanTree } from './work-plan-tree.ts';
import type { WorkPlanNode } from './work-plan-tree.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

interface Outline { level: string; code: string | null; title: string; outputs: unknown[]; children: Outline[] }
function outline(nodes: readonly WorkPlanNode[]): Outline[] {
  return nodes.map((node) => ({
    level: node.level,
    code: node.code,
    title: node.title,
    outputs: node.outputs.map((output) => output.target),
    children: outline(node.children),
  }));
}

const FRENCH_TABLE = [
  'PLAN DE TRAVAIL 2016',
  'DOMAINE\tPROGRAMME\tPROJET\tPRODUIT',
  '1. SÉCURITÉ DES PORTS\tA. FORMATION PORTUAIRE\t1. Cours nationaux pour les agents portuaires.\t6 cours',
  '\t\t2. Bourses pour des stages à l\'étranger\t12 bourses d\'étude',
  '\tB. EXERCICES\tExercices de gestion de crise dans les terminaux\t2 exercices nationaux 1 exercice régional',
  'DOMAINE\tPROGRAMME\tPROJET\tPRODUIT',
  '\t\tet dans les aéroports de la région\t',
  '2. CYBERSÉCURITÉ\tA. ÉQUIPES NATIONALES\t1. Plateforme d\'échange entre équipes\tFinancement à identifier',
  '\t\t2. Guide de bonnes pratiques\tÀ déterminer',
].join('\n');

void test('a flattened table becomes domains, programmes, projects and their outputs', () => {
  assert.deepEqual(outline(readWorkPlanTree(FRENCH_TABLE, 'fr')), [
    {
      level: 'domain', code: '1', title: 'SÉCURITÉ DES PORTS', outputs: [], children: [
        {
          level: 'programme', code: 'A', title: 'FORMATION PORTUAIRE', outputs: [], children: [
            { level: 'project', code: '1', title: 'Cours nationaux pour les agents portuaires', outputs: [{ kind: 'quantity', value: 6, unit: 'cours' }], children: [] },
            { level: 'project', code: '2', title: 'Bourses pour des stages à l\'étranger', outputs: [{ kind: 'quantity', value: 12, unit: 'bourses d\'étude' }], children: [] },
          ],
        },
        {
          level: 'programme', code: 'B', title: 'EXERCICES', outputs: [], children: [
            {
              level: 'project', code: null, title: 'Exercices de gestion de crise dans les terminaux et dans les aéroports de la région',
              outputs: [{ kind: 'quantity', value: 2, unit: 'exercices nationaux' }, { kind: 'quantity', value: 1, unit: 'exercice régional' }],
              children: [],
            },
          ],
        },
      ],
    },
    {
      level: 'domain', code: '2', title: 'CYBERSÉCURITÉ', outputs: [], children: [
        {
          level: 'programme', code: 'A', title: 'ÉQUIPES NATIONALES', outputs: [], children: [
            { level: 'project', code: '1', title: 'Plateforme d\'échange entre équipes', outputs: [{ kind: 'to_be_determined', reason: 'funding' }], children: [] },
            { level: 'project', code: '2', title: 'Guide de bonnes pratiques', outputs: [{ kind: 'to_be_determined', reason: 'unspecified' }], children: [] },
          ],
        },
      ],
    },
  ]);
});

void test('spans point at the row of each node and at each output inside its cell', () => {
  const [domain] = readWorkPlanTree(FRENCH_TABLE, 'fr');
  const project = domain?.children[0]?.children[1];
  assert.ok(project);
  assert.equal(FRENCH_TABLE.slice(project.source.start, project.source.end), '\t\t2. Bourses pour des stages à l\'étranger\t12 bourses d\'étude');
  const output = project.outputs[0];
  assert.ok(output);
  assert.equal(FRENCH_TABLE.slice(output.source.start, output.source.end), '12 bourses d\'étude');
  const exercises = domain?.children[1]?.children[0];
  assert.deepEqual(exercises?.outputs.map((o) => FRENCH_TABLE.slice(o.source.start, o.source.end)), ['2 exercices nationaux', '1 exercice régional']);
});

void test('English and Spanish tables, with quantities in words and open targets', () => {
  const english = 'AREA\tPROGRAMME\tPROJECT\tOUTPUT\n1. BORDERS\tA. AVIATION\t1. Regional courses on screening\tthree simulation exercises\n\t\t2. Online platform\tTo be determined, subject to funding\n\t\t3. Study tour\t5 fellowships';
  const [borders] = readWorkPlanTree(english, 'en');
  assert.deepEqual(borders?.children[0]?.children.map((p) => p.outputs.map((o) => o.target)), [
    [{ kind: 'quantity', value: 3, unit: 'simulation exercises' }],
    [{ kind: 'to_be_determined', reason: 'funding' }],
    [{ kind: 'quantity', value: 5, unit: 'fellowships' }],
  ]);
  const spanish = 'ÁREA\tPROGRAMA\tPROYECTO\tPRODUCTO\n1. FRONTERAS\tA. PUERTOS\t1. Cursos nacionales\t4 cursos\n\t\t2. Red regional\tPor determinar\n\t\t3. Becas\t10 becas';
  const [fronteras] = readWorkPlanTree(spanish, 'es');
  assert.deepEqual(fronteras?.children[0]?.children.map((p) => [p.code, p.title, p.outputs[0]?.target]), [
    ['1', 'Cursos nacionales', { kind: 'quantity', value: 4, unit: 'cursos' }],
    ['2', 'Red regional', { kind: 'to_be_determined', reason: 'unspecified' }],
    ['3', 'Becas', { kind: 'quantity', value: 10, unit: 'becas' }],
  ]);
});

void test('a catalogue of chapters and numbered items, with objectives, bullets and a title on its own line', () => {
  const text = [
    'Este plano apresenta os programas propostos para o período.',
    '1. Uma frase numerada do preâmbulo que não é um item.',
    'Capítulo 1: "Prevenção da violência"',
    '1.1 Observatório nacional. Apoiar a coleta de dados sobre crimes (Objetivo 1.1.2)',
    '1.2 Formação de policiais. Cursos para agentes locais (Objetivos 1.2.1 e 1.2.3)',
    '· Policiamento comunitário',
    '· Mediação de conflitos',
    'Capítulo 2: Cooperação',
    'Um parágrafo que explica o capítulo (Objetivo 3.1).',
    '2.1',
    'Redes regionais de peritos. Encontros anuais.',
  ].join('\n');
  const tree = readWorkPlanTree(text, 'pt');
  const summary = (nodes: readonly WorkPlanNode[]): unknown[] => nodes.map((n) => [n.level, n.code, n.title, n.objectives, summary(n.children)]);
  assert.deepEqual(summary(tree), [
    ['domain', '1', 'Prevenção da violência', [], [
      ['programme', '1.1', 'Observatório nacional', ['1.1.2'], []],
      ['programme', '1.2', 'Formação de policiais', ['1.2.1', '1.2.3'], [
        ['project', null, 'Policiamento comunitário', [], []],
        ['project', null, 'Mediação de conflitos', [], []],
      ]],
    ]],
    ['domain', '2', 'Cooperação', ['3.1'], [
      ['programme', '2.1', 'Redes regionais de peritos', [], []],
    ]],
  ]);
  const item = tree[1]?.children[0];
  assert.equal(item && text.slice(item.source.start, item.source.end), '2.1\nRedes regionais de peritos. Encontros anuais.');
});

void test('a row that cites a resolution carries the mandate', () => {
  const text = 'DOMAINE\tPROGRAMME\tPROJET\tPRODUIT\n1. FRONTIÈRES\tA. DOUANES\t1. Ateliers (AG/RES. 2735 (XLII-O/12), paragraphe 5)\t3 ateliers\n\t\t2. Cours\t2 cours\n\t\t3. Missions\t4 missions';
  const projects = readWorkPlanTree(text, 'fr')[0]?.children[0]?.children ?? [];
  assert.equal(projects.length, 3);
  assert.deepEqual(projects[0]?.mandates.map((m) => m.instrument), ['AG/RES. 2735 (XLII-O/12)']);
  assert.deepEqual(projects[1]?.mandates, []);
});

void test('text with neither table nor numbered items gives an empty tree', () => {
  assert.deepEqual(readWorkPlanTree('Le Secrétariat a tenu deux réunions.\nElles ont eu lieu à Lima.', 'fr'), []);
  assert.deepEqual(readWorkPlanTree('', 'en'), []);
});

void test('the corpus work plans: the 2012 table and the 2013-2015 catalogue', (t) => {
  if (!existsSync(corpus)) { t.skip(`corpus not found at ${corpus}`); return; }
  const read = (prefix: string) => {
    const file = readdirSync(corpus).find((name) => name.startsWith(prefix));
    assert.ok(file, `${prefix}* missing from the corpus`);
    return readFileSync(join(corpus, file), 'utf8');
  };
  const table = readWorkPlanTree(read('002_'), 'fr');
  const all = (nodes: readonly WorkPlanNode[]): WorkPlanNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
  const outputs = all(table).flatMap((n) => n.outputs.map((o) => o.target));
  assert.ok(table.length >= 4, `${table.length} domains`);
  assert.ok(outputs.some((o) => o.kind === 'quantity' && o.value === 40 && o.unit === 'bourses d\'étude'));
  assert.ok(outputs.filter((o) => o.kind === 'to_be_determined' && o.reason === 'funding').length >= 4);
  const catalogue = readWorkPlanTree(read('003_'), 'fr');
  assert.deepEqual(catalogue.map((n) => n.code), ['1', '2', '3']);
  assert.ok(all(catalogue).filter((n) => n.objectives.length > 0).length >= 10);
});
