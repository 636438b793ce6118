// The 35 OAS member states with one city each, for synthetic venues. Temporary: once
// src/core/reference/countries.ts exists, the codes come from there and only the cities and
// weights stay here.

export interface SyntheticCountry {
  readonly code: string;
  readonly city: string;
  /** Relative share of activities held there: Caribbean states weigh more, as in SMS reports. */
  readonly weight: number;
}

export const SYNTHETIC_COUNTRIES: readonly SyntheticCountry[] = [
  { code: 'ATG', city: "St. John's", weight: 3 },
  { code: 'ARG', city: 'Buenos Aires', weight: 3 },
  { code: 'BHS', city: 'Nassau', weight: 3 },
  { code: 'BRB', city: 'Bridgetown', weight: 4 },
  { code: 'BLZ', city: 'Belmopan', weight: 3 },
  { code: 'BOL', city: 'La Paz', weight: 2 },
  { code: 'BRA', city: 'Brasília', weight: 2 },
  { code: 'CAN', city: 'Ottawa', weight: 1 },
  { code: 'CHL', city: 'Santiago', weight: 2 },
  { code: 'COL', city: 'Bogotá', weight: 4 },
  { code: 'CRI', city: 'San José', weight: 3 },
  { code: 'CUB', city: 'Havana', weight: 0.2 },
  { code: 'DMA', city: 'Roseau', weight: 2 },
  { code: 'DOM', city: 'Santo Domingo', weight: 3 },
  { code: 'ECU', city: 'Quito', weight: 2 },
  { code: 'SLV', city: 'San Salvador', weight: 3 },
  { code: 'USA', city: 'Washington, D.C.', weight: 3 },
  { code: 'GRD', city: "St. George's", weight: 2 },
  { code: 'GTM', city: 'Guatemala City', weight: 3 },
  { code: 'GUY', city: 'Georgetown', weight: 3 },
  { code: 'HTI', city: 'Port-au-Prince', weight: 2 },
  { code: 'HND', city: 'Tegucigalpa', weight: 3 },
  { code: 'JAM', city: 'Kingston', weight: 4 },
  { code: 'MEX', city: 'Mexico City', weight: 3 },
  { code: 'NIC', city: 'Managua', weight: 1 },
  { code: 'PAN', city: 'Panama City', weight: 3 },
  { code: 'PRY', city: 'Asunción', weight: 2 },
  { code: 'PER', city: 'Lima', weight: 3 },
  { code: 'KNA', city: 'Basseterre', weight: 2 },
  { code: 'LCA', city: 'Castries', weight: 3 },
  { code: 'VCT', city: 'Kingstown', weight: 2 },
  { code: 'SUR', city: 'Paramaribo', weight: 2 },
  { code: 'TTO', city: 'Port of Spain', weight: 4 },
  { code: 'URY', city: 'Montevideo', weight: 2 },
  { code: 'VEN', city: 'Caracas', weight: 1 },
];
