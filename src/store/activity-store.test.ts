import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Actor } from '../core/shared/actor.ts';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { AppError } from '../core/shared/app-error.ts';
import { createActivityStore } from './activity-store.ts';
import { createAuditLog } from './audit-log.ts';
import { createDatasetStore } from './dataset-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { RES_2619, SMALL_DATASET, makeActivity } from './test-fixtures.ts';

const EDITOR: Actor = { id: 'editor-1', role: 'unit_editor', unit: 'CICTE', country: null };
const OTHER_EDITOR: Actor = { id: 'editor-2', role: 'unit_editor', unit: 'CICTE', country: null };

const isAppError = (code: AppError['code']) => (error: unknown) => error instanceof AppError && error.code === code;

forEachDialect((dialect) => {
  const setUp = async (t: Parameters<typeof dialect.freshDatabase>[0]) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset({ ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] }, SYSTEM_ACTOR);
    return { db, store: createActivityStore(db), audit: createAuditLog(db) };
  };
  const draft = makeActivity({
    id: 'act-new',
    title: 'Port security workshop',
    dates: { start: '2012-04-10', end: '2012-04-12' },
    venues: [{ country: 'LCA', city: 'Castries' }],
    mandates: [{ instrument: RES_2619, paragraph: '4.b' }],
  });

  void test('create, update and delete each leave one audit row with before and after', async (t) => {
    const { store, audit } = await setUp(t);
    const created = await store.createActivity({ ...draft, version: 7 }, EDITOR);
    assert.equal(created.version, 1, 'a new record starts at version 1');
    assert.deepEqual(await store.getActivity('act-new'), created);

    const updated = await store.updateActivity({ ...created, title: 'Port and container security workshop' }, EDITOR);
    assert.equal(updated.version, 2);
    await store.deleteActivity('act-new', 2, OTHER_EDITOR);
    assert.equal(await store.getActivity('act-new'), null);

    const trail = await audit.listAudit({ entity: 'activity', entityId: 'act-new' });
    assert.deepEqual(trail.map((e) => [e.action, e.actor]), [['create', 'editor-1'], ['update', 'editor-1'], ['delete', 'editor-2']]);
    assert.deepEqual([trail[0]?.before, trail[0]?.after], [null, created]);
    assert.deepEqual([trail[1]?.before, trail[1]?.after], [created, updated]);
    assert.deepEqual([trail[2]?.before, trail[2]?.after], [updated, null]);
    assert.match(trail[0]?.at ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  void test('two writers read version 1: the second update is refused and the first is kept', async (t) => {
    const { store, audit } = await setUp(t);
    await store.createActivity(draft, EDITOR);
    const [mine, theirs] = await Promise.all([store.getActivity('act-new'), store.getActivity('act-new')]);
    assert.ok(mine !== null && theirs !== null);
    await store.updateActivity({ ...mine, participatingCountries: ['LCA', 'VCT'] }, EDITOR);
    await assert.rejects(store.updateActivity({ ...theirs, title: 'Renamed by a stale form' }, OTHER_EDITOR), isAppError('version_conflict'));
    const stored = await store.getActivity('act-new');
    assert.deepEqual(stored?.participatingCountries, ['LCA', 'VCT']);
    assert.equal(stored?.title, 'Port security workshop');
    assert.equal(stored?.version, 2);
    assert.equal((await audit.listAudit({ entityId: 'act-new' })).length, 2, 'the refused write left no audit row');
    await assert.rejects(store.deleteActivity('act-new', 1, OTHER_EDITOR), isAppError('version_conflict'));
  });

  void test('simultaneous updates from the same version: exactly one wins', async (t) => {
    const { store } = await setUp(t);
    const created = await store.createActivity(draft, EDITOR);
    const results = await Promise.allSettled(
      ['A', 'B', 'C'].map((suffix) => store.updateActivity({ ...created, title: `${created.title} ${suffix}` }, EDITOR)),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    assert.ok(results.filter((r) => r.status === 'rejected').every((r) => isAppError('version_conflict')(r.reason)));
  });

  void test('bad records are refused with every problem, and nothing is written', async (t) => {
    const { store, audit } = await setUp(t);
    const bad = { ...draft, dates: { start: '2012-05', end: '2012-04' }, venues: [{ country: 'ZZZ', city: null }], parties: [{ ref: 'NOBODY', role: 'partner' as const }], plannedOutputIds: ['out-nowhere'] };
    await assert.rejects(store.createActivity(bad, EDITOR), (error: unknown) => {
      assert.ok(error instanceof AppError && error.code === 'validation_failed');
      assert.deepEqual(error.problems.map((p) => p.path.join('.')).sort(), ['dates.end', 'parties.0.ref', 'plannedOutputIds.0', 'venues.0.country']);
      return true;
    });
    assert.equal(await store.getActivity('act-new'), null);
    assert.deepEqual(await audit.listAudit({}), (await audit.listAudit({ entity: 'dataset' })));
    await store.createActivity(draft, EDITOR);
    await assert.rejects(store.createActivity(draft, EDITOR), isAppError('duplicate'));
    await assert.rejects(store.updateActivity({ ...draft, id: 'act-missing' }, EDITOR), isAppError('not_found'));
    await assert.rejects(store.deleteActivity('act-missing', 1, EDITOR), isAppError('not_found'));
  });

  void test('the audit log refuses to be rewritten', async (t) => {
    const { db, store, audit } = await setUp(t);
    await store.createActivity(draft, EDITOR);
    await assert.rejects(sql`update audit_log set actor = 'someone else'`.execute(db), /append-only/);
    await assert.rejects(sql`delete from audit_log`.execute(db), /append-only/);
    await assert.rejects(sql`truncate audit_log`.execute(db), /append-only/);
    assert.equal((await audit.listAudit({ entityId: 'act-new' }))[0]?.actor, 'editor-1');
  });
});

forEachDialect((dialect) => {
  void test('a country over a period finds activities by venue or participant, across year ends and over long spans', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset({ ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] }, SYSTEM_ACTOR);
    const store = createActivityStore(db);
    const activities = [
      makeActivity({ id: 'act-held-there', dates: { start: '2015-03-02', end: '2015-03-04' }, venues: [{ country: 'JAM', city: 'Kingston' }] }),
      makeActivity({ id: 'act-took-part', dates: { start: '2015-06', end: null }, venues: [{ country: 'TTO', city: null }], participatingCountries: ['JAM', 'BRB'] }),
      makeActivity({ id: 'act-across-new-year', dates: { start: '2014-12-15', end: '2015-01-10' }, participatingCountries: ['JAM'] }),
      makeActivity({ id: 'act-long-programme', dates: { start: '2001', end: '2030' }, participatingCountries: ['JAM'] }),
      makeActivity({ id: 'act-other-year', dates: { start: '2016-02-01', end: '2016-02-02' }, venues: [{ country: 'JAM', city: null }] }),
      makeActivity({ id: 'act-other-country', dates: { start: '2015-03-02', end: '2015-03-04' }, venues: [{ country: 'BRB', city: null }] }),
      makeActivity({ id: 'act-undated', dates: { start: null, end: null }, venues: [{ country: 'JAM', city: null }] }),
    ];
    for (const activity of activities) await store.createActivity(activity, SYSTEM_ACTOR);
    const ids = async (filter: Parameters<typeof store.listActivities>[0]) => (await store.listActivities(filter)).map((a) => a.id).sort();

    assert.deepEqual(await ids({ country: 'JAM', period: { from: '2015-01-01', to: '2015-12-31' } }), ['act-across-new-year', 'act-held-there', 'act-long-programme', 'act-took-part']);
    assert.deepEqual(await ids({ country: 'JAM', period: { from: '2015-05-01', to: '2016-12-31' } }), ['act-long-programme', 'act-other-year', 'act-took-part']);
    assert.deepEqual(await ids({ country: 'JAM' }), ['act-across-new-year', 'act-held-there', 'act-long-programme', 'act-other-year', 'act-took-part', 'act-undated']);
  });
});

forEachDialect((dialect) => {
  void test('an activity made longer by an update is found in a period it now reaches', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset({ ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] }, SYSTEM_ACTOR);
    const store = createActivityStore(db);
    const created = await store.createActivity(makeActivity({ id: 'act-grows', dates: { start: '2016-02-01', end: '2016-02-02' }, venues: [{ country: 'JAM', city: null }] }), SYSTEM_ACTOR);
    const period = { from: '2012-01-01', to: '2012-12-31' };
    assert.deepEqual((await store.listActivities({ period })).map((a) => a.id), []);
    await store.updateActivity({ ...created, dates: { start: '2010-06', end: '2016-02-02' } }, SYSTEM_ACTOR);
    assert.deepEqual((await store.listActivities({ period })).map((a) => a.id), ['act-grows']);
    assert.deepEqual((await store.listActivities({ period, country: 'JAM' })).map((a) => a.id), ['act-grows']);
  });
});
