import type { Instrument } from '../instruments/instrument.ts';
import type { Mandate } from './mandate.ts';

export interface MandateStore {
  listMandates(filter?: { readonly instrument?: string }): Promise<Mandate[]>;
  getInstrument(symbol: string): Promise<Instrument | null>;
}
