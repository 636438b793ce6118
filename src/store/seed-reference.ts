import { sql, type Kysely } from 'kysely';
import { COUNTRIES } from '../core/reference/countries.ts';
import { ORGANISATIONS } from '../core/reference/organisations.ts';
import type { Database } from './database.ts';

/**
 * Writes the reference countries and organisations kept in the core. Countries are replaced (they
 * are only ever edited in code); organisations already stored are left as they are, since an
 * import may have refined them.
 */
export async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('countries')
      .values(
        COUNTRIES.map((c) => ({
          iso3: c.iso3,
          iso2: c.iso2,
          names: JSON.stringify(c.names),
          aliases: JSON.stringify(c.aliases),
          is_oas_member: c.isOasMember,
          subregion: c.subregion,
          is_caricom: c.isCaricom,
        })),
      )
      .onConflict((oc) =>
        oc.column('iso3').doUpdateSet({
          iso2: sql`excluded.iso2`,
          names: sql`excluded.names`,
          aliases: sql`excluded.aliases`,
          is_oas_member: sql`excluded.is_oas_member`,
          subregion: sql`excluded.subregion`,
          is_caricom: sql`excluded.is_caricom`,
        }),
      )
      .execute();
    await sql`set constraints all deferred`.execute(trx);
    await trx
      .insertInto('organisations')
      .values(ORGANISATIONS.map((o) => ({ acronym: o.acronym, names: JSON.stringify(o.names), type: o.type, parent: o.parent })))
      .onConflict((oc) => oc.column('acronym').doNothing())
      .execute();
  });
}
