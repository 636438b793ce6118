import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInstrumentSymbol } from './symbol.ts';

function canonicalOf(raw: string): string {
  return parseInstrumentSymbol(raw).canonical;
}

void test('a General Assembly resolution of a regular session gets its year from the session', () => {
  const symbol = parseInstrumentSymbol('AG/RES.2618 (XLI-O/11)');
  assert.equal(symbol.canonical, 'AG/RES. 2618 (XLI-O/11)');
  assert.equal(symbol.isRecognised, true);
  assert.equal(symbol.kind, 'resolution');
  assert.equal(symbol.body, 'AG');
  assert.equal(symbol.number, 2618);
  assert.deepEqual(symbol.session, { numeral: 'XLI', type: 'regular', year: 2011 });
  assert.equal(symbol.year, 2011);
  assert.deepEqual(symbol.issues, []);
});

void test('the canonical form is exactly the one of SCHEMA.md', () => {
  assert.equal(canonicalOf('AG/RES. 2619 (XLI-O/11)'), 'AG/RES. 2619 (XLI-O/11)');
  assert.equal(canonicalOf('  AG/RES.   2619   ( XLI-O/11 ) '), 'AG/RES. 2619 (XLI-O/11)');
  assert.equal(canonicalOf('AG/RES. 2619(XLI-O/11)'), 'AG/RES. 2619 (XLI-O/11)');
});

void test('the digit zero written for the letter O is corrected and reported', () => {
  const symbol = parseInstrumentSymbol('AG/RES. 2485 (XXXIX-0/09)');
  assert.equal(symbol.canonical, 'AG/RES. 2485 (XXXIX-O/09)');
  assert.equal(symbol.year, 2009);
  assert.ok(symbol.issues.some((issue) => issue.includes('digit 0')));
});

void test('a resolution cited without RES is still a resolution, with an issue', () => {
  const symbol = parseInstrumentSymbol('AG/2619 (XLI-O/11)');
  assert.equal(symbol.canonical, 'AG/RES. 2619 (XLI-O/11)');
  assert.equal(symbol.kind, 'resolution');
  assert.ok(symbol.issues.some((issue) => issue.includes('RES missing')));
});

void test('missing hyphens and slashes in the session are tolerated', () => {
  assert.equal(canonicalOf('AG/RES. 2348 (XXXVII O/07)'), 'AG/RES. 2348 (XXXVII-O/07)');
  assert.equal(canonicalOf('AG/RES.2536 (XLO/10)'), 'AG/RES. 2536 (XL-O/10)');
  assert.equal(canonicalOf('AG/RES-1640 (XX1X-0/99)'), 'AG/RES. 1640 (XXIX-O/99)');
  assert.equal(parseInstrumentSymbol('AG/RES-1640 (XX1X-0/99)').year, 1999);
});

void test('when the numeral and the year disagree the year wins and the conflict is reported', () => {
  const symbol = parseInstrumentSymbol('AG/RES. 2809 (XLII-013)');
  assert.equal(symbol.canonical, 'AG/RES. 2809 (XLIII-O/13)');
  assert.equal(symbol.year, 2013);
  assert.equal(symbol.session?.numeral, 'XLIII');
  assert.ok(symbol.issues.some((issue) => issue.includes('does not match')));
  assert.ok(symbol.issues.some((issue) => issue.includes('slash missing')));
});

void test('declarations of the General Assembly keep their own series', () => {
  const symbol = parseInstrumentSymbol('AG/DEC. 66 (XLI-0/11)');
  assert.equal(symbol.canonical, 'AG/DEC. 66 (XLI-O/11)');
  assert.equal(symbol.kind, 'declaration');
  assert.equal(symbol.number, 66);
});

void test('a special session numeral is not a year', () => {
  const symbol = parseInstrumentSymbol('AG/RES. 2 (XXXVII-E/09)');
  assert.equal(symbol.canonical, 'AG/RES. 2 (XXXVII-E/09)');
  assert.deepEqual(symbol.session, { numeral: 'XXXVII', type: 'special', year: 2009 });
  assert.equal(symbol.year, 2009);
  assert.deepEqual(symbol.issues, []);
});

void test('a resolution number without its session is recognised but flagged', () => {
  const symbol = parseInstrumentSymbol('AG/RES. 2619');
  assert.equal(symbol.canonical, 'AG/RES. 2619');
  assert.equal(symbol.isRecognised, true);
  assert.equal(symbol.session, undefined);
  assert.ok(symbol.issues.includes('session missing'));
});

void test('Permanent Council resolutions carry the meeting number and year', () => {
  const symbol = parseInstrumentSymbol('CP/RES. 908 (1567/06)');
  assert.equal(symbol.canonical, 'CP/RES. 908 (1567/06)');
  assert.equal(symbol.kind, 'resolution');
  assert.equal(symbol.body, 'CP');
  assert.equal(symbol.meeting, 1567);
  assert.equal(symbol.year, 2006);
  assert.equal(canonicalOf('CP/DEC.56 (1988/14)'), 'CP/DEC. 56 (1988/14)');
});

void test('CICTE declarations', () => {
  const symbol = parseInstrumentSymbol('CICTE/DEC.1/11');
  assert.equal(symbol.canonical, 'CICTE/DEC. 1/11');
  assert.equal(symbol.kind, 'declaration');
  assert.equal(symbol.body, 'CICTE');
  assert.equal(symbol.year, 2011);
  assert.equal(canonicalOf('CICTE/DEC. 1/05 rev. 1'), 'CICTE/DEC. 1/05 rev. 1');
});

void test('documents of councils, committees and meetings', () => {
  const workPlan = parseInstrumentSymbol('CICTE/doc.5/12 rev.1');
  assert.equal(workPlan.canonical, 'CICTE/doc.5/12 rev. 1');
  assert.equal(workPlan.suffix, 'rev. 1');
  assert.equal(workPlan.kind, 'committee_document');
  assert.equal(workPlan.number, 5);
  assert.equal(workPlan.year, 2012);

  const plan = parseInstrumentSymbol('CP/doc.4708/12');
  assert.equal(plan.canonical, 'CP/doc.4708/12');
  assert.equal(plan.kind, 'council_document');

  const committee = parseInstrumentSymbol('CP/CSH-824/07');
  assert.equal(committee.canonical, 'CP/CSH-824/07');
  assert.equal(committee.kind, 'committee_document');
  assert.equal(committee.body, 'CP/CSH');
  assert.equal(canonicalOf('CP/CSH/SA-136/08'), 'CP/CSH/SA-136/08');

  const meeting = parseInstrumentSymbol('RTP-III/doc.7/12');
  assert.equal(meeting.canonical, 'RTP-III/doc.7/12');
  assert.equal(meeting.kind, 'meeting_document');
  assert.equal(meeting.body, 'RTP-III');

  assert.equal(canonicalOf('CICAD/DOC. 1784/10 rev. 4'), 'CICAD/doc.1784/10 rev. 4');
  assert.equal(canonicalOf('CICAD/LAVEX/doc.12/01'), 'CICAD/LAVEX/doc.12/01');
  assert.equal(canonicalOf('CP/CSH/INF 182/08'), 'CP/CSH/INF. 182/08');
  assert.equal(canonicalOf('CICTE/doc.4/15 Cor.1'), 'CICTE/doc.4/15 cor. 1');
});

void test('a stray period inside a document symbol is removed and reported', () => {
  const symbol = parseInstrumentSymbol('CICTE/doc.12./08');
  assert.equal(symbol.canonical, 'CICTE/doc.12/08');
  assert.ok(symbol.issues.some((issue) => issue.includes('stray period')));
});

void test('Security Council resolutions in short and spelled-out forms', () => {
  assert.equal(canonicalOf('UNSC 1373'), 'UNSC 1373');
  assert.equal(canonicalOf('S/RES/1373 (2001)'), 'UNSC 1373');
  const french = parseInstrumentSymbol('résolution 1540 du Conseil de sécurité des Nations Unies (2004)');
  assert.equal(french.canonical, 'UNSC 1540');
  assert.equal(french.kind, 'un_resolution');
  assert.equal(french.year, 2004);
  assert.equal(canonicalOf('Security Council resolution 1373'), 'UNSC 1373');
  assert.equal(canonicalOf('resolución 1540 del Consejo de Seguridad'), 'UNSC 1540');
  assert.equal(canonicalOf('resolução 1373 do Conselho de Segurança'), 'UNSC 1373');
});

void test('unknown forms are kept as written, squashed, and flagged', () => {
  const symbol = parseInstrumentSymbol('  Plan   of Action 2011-2015 ');
  assert.equal(symbol.isRecognised, false);
  assert.equal(symbol.canonical, 'Plan of Action 2011-2015');
  assert.equal(symbol.kind, 'other');
  assert.equal(symbol.number, null);
  assert.ok(symbol.issues.length > 0);

  assert.equal(parseInstrumentSymbol('AG/RES (XXXIV-O/04)').isRecognised, false);
  assert.equal(parseInstrumentSymbol('AG/RES. 12 (QQ-O/11)').isRecognised, false);
  assert.equal(parseInstrumentSymbol('').isRecognised, false);
  assert.equal(parseInstrumentSymbol('a council of 1373 members').isRecognised, false);
});

void test('results are immutable', () => {
  const symbol = parseInstrumentSymbol('AG/RES. 2619 (XLI-O/11)');
  assert.ok(Object.isFrozen(symbol));
  assert.ok(Object.isFrozen(symbol.issues));
});

// Backtracking safety of the patterns is checked by scripts/check-regex.ts; here, the answers.
void test('pathological input is kept as written, not mangled', () => {
  for (const raw of ['AG/' + 'RES. '.repeat(40), 'CP/' + 'A/'.repeat(5_000), '(' + 'X'.repeat(100) + '-O/11)']) {
    const parsed = parseInstrumentSymbol(raw);
    assert.equal(parsed.isRecognised, false);
  }
});
