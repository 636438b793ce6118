// Composition root of the command line: which database, and the stores the commands use.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { ActivityStore } from '../core/activities/activity-store.ts';
import type { CoverageQueries } from '../core/coverage/coverage-queries.ts';
import type { DatasetStore } from '../core/dataset/dataset-store.ts';
import type { MandateStore } from '../core/mandates/mandate-store.ts';
import type { ReviewStore } from '../core/review/review-store.ts';
import type { SearchIndex } from '../core/search/search-index.ts';
import { createActivityStore } from '../store/activity-store.ts';
import { createCoverageQueries } from '../store/coverage-queries.ts';
import type { Database } from '../store/database.ts';
import { createDatasetStore } from '../store/dataset-store.ts';
import { createMandateStore } from '../store/mandate-store.ts';
import { openDatabase } from '../store/open-database.ts';
import { prepareDatabase } from '../store/prepare-database.ts';
import { createReviewStore } from '../store/review-store.ts';
import { createSearchIndex } from '../store/search-index.ts';

export const DEFAULT_DATA_DIR = 'data/db';

export interface Services {
  /** Where the data lives, for people: a folder or a server (without its password). */
  readonly location: string;
  readonly activities: ActivityStore;
  readonly datasets: DatasetStore;
  readonly coverage: CoverageQueries;
  readonly mandates: MandateStore;
  readonly reviews: ReviewStore;
  readonly search: SearchIndex;
}

/** Opens the database named by the environment, brings its schema up to date, runs `work`, closes. */
export async function withServices<T>(work: (services: Services) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const { db, location } = await openFromEnvironment(env);
  try {
    await prepareDatabase(db);
    return await work({
      location,
      activities: createActivityStore(db),
      datasets: createDatasetStore(db),
      coverage: createCoverageQueries(db),
      mandates: createMandateStore(db),
      reviews: createReviewStore(db),
      search: createSearchIndex(db),
    });
  } finally {
    await db.destroy();
  }
}

async function openFromEnvironment(env: NodeJS.ProcessEnv): Promise<{ db: Kysely<Database>; location: string }> {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    return { db: await openDatabase({ engine: 'postgres', connectionString: url }), location: `PostgreSQL ${redact(url)}` };
  }
  const dataDir = resolve(env.MANDATES_DATA_DIR ?? DEFAULT_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  return { db: await openDatabase({ engine: 'pglite', dataDir }), location: `embedded database in ${dataDir}` };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL is not a valid URL)';
  }
}
