// Where synthetic activities happen: the OAS member states of the reference table, each with its
// capital as the usual venue. Caribbean states weigh more, as they do in SMS reports.
import { OAS_MEMBER_STATES, type Country } from '../src/core/reference/countries.ts';

export interface SyntheticCountry {
  readonly code: string;
  readonly city: string | null;
  /** Relative share of activities held there. */
  readonly weight: number;
}

const CAPITALS: Readonly<Record<string, string>> = {
  ATG: "St. John's", ARG: 'Buenos Aires', BHS: 'Nassau', BRB: 'Bridgetown', BLZ: 'Belmopan', BOL: 'La Paz',
  BRA: 'Brasília', CAN: 'Ottawa', CHL: 'Santiago', COL: 'Bogotá', CRI: 'San José', CUB: 'Havana', DMA: 'Roseau',
  DOM: 'Santo Domingo', ECU: 'Quito', SLV: 'San Salvador', USA: 'Washington, D.C.', GRD: "St. George's",
  GTM: 'Guatemala City', GUY: 'Georgetown', HTI: 'Port-au-Prince', HND: 'Tegucigalpa', JAM: 'Kingston',
  MEX: 'Mexico City', NIC: 'Managua', PAN: 'Panama City', PRY: 'Asunción', PER: 'Lima', KNA: 'Basseterre',
  LCA: 'Castries', VCT: 'Kingstown', SUR: 'Paramaribo', TTO: 'Port of Spain', URY: 'Montevideo', VEN: 'Caracas',
};

function weightOf(country: Country): number {
  // Cuba takes no part in OAS activities although still listed as a member.
  if (country.iso3 === 'CUB') return 0.1;
  if (country.isCaricom) return 3;
  return country.subregion === 'central_america' ? 3 : 2;
}

export const SYNTHETIC_COUNTRIES: readonly SyntheticCountry[] = OAS_MEMBER_STATES.map((country) => ({
  code: country.iso3,
  city: CAPITALS[country.iso3] ?? null,
  weight: weightOf(country),
}));
