// One engine under test, reached only through the store's public pieces: its migrations, its
// dataset import, its bulk loader and its query implementations. Each run gets a database of its
// own (a temporary folder for PGlite, a new database on the PostgreSQL server) and removes it.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, sql, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pg from 'pg';
import type { Activity } from '../src/core/activities/activity.ts';
import type { ActivityFilter, Period } from '../src/core/activities/activity-store.ts';
import type { CountryParticipationRow, CountryProgrammeCell, MandateCoverageRow } from '../src/core/coverage/coverage-queries.ts';
import type { Dataset } from '../src/core/dataset/dataset.ts';
import { SYSTEM_ACTOR } from '../src/core/shared/actor.ts';
import { createActivityStore } from '../src/store/activity-store.ts';
import { bulkLoad, type LoadBatch } from '../src/store/bulk-load-activities.ts';
import { createCoverageQueries } from '../src/store/coverage-queries.ts';
import type { Database } from '../src/store/database.ts';
import { createDatasetStore } from '../src/store/dataset-store.ts';
import { openDatabase } from '../src/store/open-database.ts';
import { prepareDatabase } from '../src/store/prepare-database.ts';

export type EngineName = 'pglite' | 'postgres';

export type TargetSpec = { readonly engine: 'pglite' } | { readonly engine: 'postgres'; readonly serverUrl: string };

export interface StoreTarget {
  readonly engine: EngineName;
  /** How many bulk-load batches may run at once: one per connection on a server; the embedded engine has one. */
  readonly loadConcurrency: number;
  importReference(dataset: Dataset): Promise<void>;
  /** One bulk load of `expectedRows` activities, in as many batches as `work` gives `load`; ready to query when it resolves. */
  bulkLoad<T>(expectedRows: number, work: (load: LoadBatch) => Promise<T>): Promise<T>;
  /** Removes every activity (and what hangs on them), so the same rows can be loaded again. */
  removeActivities(): Promise<void>;
  mandateCoverage(period: Period): Promise<MandateCoverageRow[]>;
  participationByCountry(period: Period): Promise<CountryParticipationRow[]>;
  countryProgrammeMatrix(period: Period): Promise<CountryProgrammeCell[]>;
  listActivities(filter: ActivityFilter): Promise<Activity[]>;
  /** Runs the statements of the named calls again under EXPLAIN ANALYZE and returns the plans. */
  explain(label: string, call: () => Promise<unknown>): Promise<string>;
  close(): Promise<void>;
}

/** Remembers the SQL a call sends, so a slow call can be explained with its real statements. */
class CapturePlugin implements KyselyPlugin {
  readonly captured: RootOperationNode[] = [];
  isCapturing = false;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.isCapturing) this.captured.push(args.node);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function openStoreTarget(spec: TargetSpec): Promise<StoreTarget> {
  let db: Kysely<Database>;
  let cleanUp: () => Promise<void>;
  if (spec.engine === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'mandates-bench-'));
    db = await openDatabase({ engine: 'pglite', dataDir });
    cleanUp = () => rm(dataDir, { recursive: true, force: true });
  } else {
    const name = `mandates_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: spec.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    db = await openDatabase({ engine: 'postgres', connectionString: databaseUrl(spec.serverUrl, name) });
    cleanUp = async () => {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    };
  }
  await prepareDatabase(db);
  const capture = new CapturePlugin();
  const observed = db.withPlugin(capture);
  const coverage = createCoverageQueries(observed);
  const activities = createActivityStore(observed);
  return {
    engine: spec.engine,
    // One batch more than cores, so a server process always has rows while this one encodes the next.
    loadConcurrency: spec.engine === 'pglite' ? 1 : availableParallelism() + 1,
    async importReference(dataset) {
      await createDatasetStore(db).importDataset(dataset, SYSTEM_ACTOR);
    },
    bulkLoad: (expectedRows, work) => bulkLoad(db, { expectedRows }, work),
    async removeActivities() {
      await sql`truncate activities cascade`.execute(db);
    },
    mandateCoverage: (period) => coverage.mandateCoverage(period),
    participationByCountry: (period) => coverage.participationByCountry(period),
    countryProgrammeMatrix: (period) => coverage.countryProgrammeMatrix(period),
    listActivities: (filter) => activities.listActivities(filter),
    async explain(label, call) {
      capture.captured.length = 0;
      capture.isCapturing = true;
      try {
        await call();
      } finally {
        capture.isCapturing = false;
      }
      const plans: string[] = [];
      // Replayed in one transaction, settings included (`set local …`), so the plans are the ones the call got.
      await db.transaction().execute(async (trx) => {
        for (const node of capture.captured) {
          const compiled = db.getExecutor().compileQuery(node, { queryId: label });
          if (!/^\s*(select|with|insert|update|delete|values)\b/i.test(compiled.sql)) {
            await trx.executeQuery(compiled);
            continue;
          }
          const result = await trx.executeQuery<Record<string, string>>(
            CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
          );
          plans.push(`${compiled.sql}\n${result.rows.map((row) => Object.values(row)[0]).join('\n')}`);
        }
      });
      return plans.join('\n\n');
    },
    async close() {
      await db.destroy();
      await cleanUp();
    },
  };
}
