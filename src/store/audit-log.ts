import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEntry, AuditLog } from '../core/audit/audit-entry.ts';
import type { Actor } from '../core/shared/actor.ts';
import type { Database } from './database.ts';

export interface AuditRecord {
  readonly actor: Actor;
  readonly action: AuditEntry['action'];
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Appends to the log inside the caller's transaction, so the change and its trace commit together. */
export async function appendAudit(trx: Transaction<Database>, record: AuditRecord): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor: record.actor.id,
      action: record.action,
      entity: record.entity,
      entity_id: record.entityId,
      before: record.before === null || record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === null || record.after === undefined ? null : JSON.stringify(record.after),
    })
    .execute();
}

export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    async listAudit(filter) {
      let query = db
        .selectFrom('audit_log')
        .select([
          'id',
          // Both engines then return the same ISO text, whatever their timestamp parsers do.
          sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('at'),
          'actor',
          'action',
          'entity',
          'entity_id',
          'before',
          'after',
        ])
        .orderBy('id', 'asc');
      if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
      if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action as AuditEntry['action'],
        entity: row.entity,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
      }));
    },
  };
}
