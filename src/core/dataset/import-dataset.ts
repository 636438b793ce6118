import { AppError } from '../shared/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import type { Dataset } from './dataset.ts';
import type { DatasetStore, ImportSummary } from './dataset-store.ts';
import { validateDataset } from './validate-dataset.ts';

export interface ImportDatasetDeps {
  readonly datasets: DatasetStore;
  readonly isKnownCountry: (iso3: string) => boolean;
}

/** Validates the whole file against itself and the store, then writes it in one transaction. */
export async function importDataset(deps: ImportDatasetDeps, dataset: Dataset, actor: Actor): Promise<ImportSummary> {
  const problems = validateDataset(dataset, await deps.datasets.knownKeys(), deps.isKnownCountry);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`, problems);
  }
  return deps.datasets.importDataset(dataset, actor);
}
