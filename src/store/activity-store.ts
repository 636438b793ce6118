import { sql, type Kysely } from 'kysely';
import type { Activity } from '../core/activities/activity.ts';
import type { ActivityStore } from '../core/activities/activity-store.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { Actor } from '../core/shared/actor.ts';
import { checkActivity } from './activity-references.ts';
import { applyActivityFilter, boundPeriod } from './activity-filter.ts';
import { readActivityRecord, toActivityRow } from './activity-rows.ts';
import { withShortQuerySettings } from './short-query-settings.ts';
import { appendAudit } from './audit-log.ts';
import type { Database } from './database.ts';
import { translateDatabaseError } from './database-errors.ts';

const ENTITY = 'activity';

async function assertValid(db: Kysely<Database>, activity: Activity): Promise<void> {
  const problems = await checkActivity(db, activity);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `activity ${activity.id} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
  }
}

export function createActivityStore(db: Kysely<Database>): ActivityStore {
  return {
    async getActivity(id) {
      const row = await db.selectFrom('activities').select('record').where('id', '=', id).executeTakeFirst();
      return row === undefined ? null : readActivityRecord(row.record);
    },

    listActivities: (filter) => withShortQuerySettings(db, async (trx) => {
      const bounds = filter.period === undefined ? null : await boundPeriod(trx, filter.period);
      let query = applyActivityFilter(trx.selectFrom('activities').select('record'), filter, bounds)
        .orderBy(sql`starts_on asc nulls last`)
        .orderBy('id');
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      if (filter.offset !== undefined) query = query.offset(filter.offset);
      return (await query.execute()).map((row) => readActivityRecord(row.record));
    }),

    async countActivities(filter) {
      const bounds = filter.period === undefined ? null : await boundPeriod(db, filter.period);
      const row = await applyActivityFilter(db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')), filter, bounds).executeTakeFirstOrThrow();
      return row.n;
    },

    async createActivity(activity, actor) {
      return db.transaction().execute(async (trx) => {
        await assertValid(trx, activity);
        const created: Activity = { ...activity, version: 1 };
        await trx
          .insertInto('activities')
          .values(toActivityRow(created))
          .execute()
          .catch((error: unknown) => translateDatabaseError(error, `activity ${activity.id}`));
        await appendAudit(trx, { actor, action: 'create', entity: ENTITY, entityId: created.id, before: null, after: created });
        return created;
      });
    },

    async updateActivity(activity, actor) {
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('activities').select(['version', 'record']).where('id', '=', activity.id).forUpdate().executeTakeFirst();
        if (current === undefined) throw new AppError('not_found', `activity ${activity.id} does not exist`);
        if (current.version !== activity.version) throw conflict(activity.id, activity.version, current.version);
        await assertValid(trx, activity);
        const updated: Activity = { ...activity, version: activity.version + 1 };
        const { id: _id, ...changes } = toActivityRow(updated);
        // The version condition is the guard even without the lock above: a stale write matches nothing.
        const result = await trx
          .updateTable('activities')
          .set(changes)
          .where('id', '=', activity.id)
          .where('version', '=', activity.version)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) throw conflict(activity.id, activity.version, null);
        await appendAudit(trx, { actor, action: 'update', entity: ENTITY, entityId: activity.id, before: readActivityRecord(current.record), after: updated });
        return updated;
      });
    },

    async deleteActivity(id, expectedVersion, actor: Actor) {
      await db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('activities').select(['version', 'record']).where('id', '=', id).forUpdate().executeTakeFirst();
        if (current === undefined) throw new AppError('not_found', `activity ${id} does not exist`);
        if (current.version !== expectedVersion) throw conflict(id, expectedVersion, current.version);
        const result = await trx
          .deleteFrom('activities')
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst()
          .catch((error: unknown) => translateDatabaseError(error, `activity ${id} is still referenced by follow-ups or assistance requests; unlink them first`));
        if (result.numDeletedRows === 0n) throw conflict(id, expectedVersion, null);
        await appendAudit(trx, { actor, action: 'delete', entity: ENTITY, entityId: id, before: readActivityRecord(current.record), after: null });
      });
    },
  };
}

function conflict(id: string, expected: number, actual: number | null): AppError {
  const now = actual === null ? 'it has changed' : `it is now at version ${actual}`;
  return new AppError('version_conflict', `activity ${id} was changed by someone else: you edited version ${expected}, ${now}; reload and apply your change again`);
}
