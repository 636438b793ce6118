import type { Actor } from '../shared/actor.ts';
import type { Dataset, DatasetSection } from './dataset.ts';

export type ImportSummary = Readonly<Record<DatasetSection, number>>;

/**
 * Whole-dataset moves. An import is one transaction that first checks the dataset with
 * `validateDataset` against what the store holds inside that same transaction (so no concurrent
 * write can slip between check and write), and refuses it with every problem, changing nothing.
 */
export interface DatasetStore {
  importDataset(dataset: Dataset, actor: Actor): Promise<ImportSummary>;
  exportDataset(): Promise<Dataset>;
  /** What is already stored, so validation can resolve references across files. */
  knownKeys(): Promise<KnownKeys>;
}

export interface KnownKeys {
  readonly instrumentSymbols: ReadonlySet<string>;
  /** `${instrument}#${paragraph}` for every stored mandate. */
  readonly mandateKeys: ReadonlySet<string>;
  readonly organisationAcronyms: ReadonlySet<string>;
  readonly plannedOutputIds: ReadonlySet<string>;
  readonly activityIds: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
}
