import { COUNTRIES } from '../core/reference/countries.ts';

/** "Tous les États des Caraïbes" in a report of the secretariat: the CARICOM states that are OAS members. */
export const CARIBBEAN_STATES: readonly string[] = Object.freeze(COUNTRIES.filter((c) => c.isCaricom && c.isOasMember).map((c) => c.iso3));
