import type { Kysely } from 'kysely';
import type { Instrument } from '../core/instruments/instrument.ts';
import type { Mandate } from '../core/mandates/mandate.ts';
import type { MandateStore } from '../core/mandates/mandate-store.ts';
import type { Database } from './database.ts';
import { fromInstrumentRow, fromMandateRow } from './dataset-rows.ts';

export function createMandateStore(db: Kysely<Database>): MandateStore {
  return {
    async listMandates(filter = {}): Promise<Mandate[]> {
      let query = db.selectFrom('mandates').selectAll().orderBy('instrument').orderBy('paragraph');
      if (filter.instrument !== undefined) query = query.where('instrument', '=', filter.instrument);
      return (await query.execute()).map(fromMandateRow);
    },
    async getInstrument(symbol: string): Promise<Instrument | null> {
      const row = await db.selectFrom('instruments').selectAll().where('symbol', '=', symbol).executeTakeFirst();
      return row === undefined ? null : fromInstrumentRow(row);
    },
  };
}
