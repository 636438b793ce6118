import { InvalidArgumentError, type Command } from 'commander';
import type { ProposedActivity, ReviewBatch } from '../../core/review/review-candidate.ts';
import { decideCandidate, type Decision } from '../../core/review/decide-candidate.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { SYSTEM_ACTOR } from '../../core/shared/actor.ts';
import { ProposedActivityPatch } from '../../contracts/proposed-activity.ts';
import { formatTable, writeOut } from '../output.ts';
import { withServices, type Services } from '../services.ts';
import { formatDates } from './list.ts';

export function registerReview(program: Command): void {
  const review = program.command('review').description('review what ingestion proposed: accept, correct or reject each candidate');

  review
    .command('list')
    .description('review batches with their counts of pending, accepted, corrected and rejected candidates')
    .action(async () => {
      await withServices(async (services) => {
        const batches = await services.reviews.listBatches();
        writeOut(batches.length === 0 ? 'No review batches yet: `mandates ingest FILE` makes one.' : formatTable(batches, [
          { header: 'batch', value: (b) => b.id },
          { header: 'document', value: (b) => b.document },
          { header: 'pending', value: (b) => b.counts.pending, align: 'right' },
          { header: 'accepted', value: (b) => b.counts.accepted + b.counts.corrected, align: 'right' },
          { header: 'rejected', value: (b) => b.counts.rejected, align: 'right' },
        ]));
      });
    });

  review
    .command('show')
    .description('the candidates of a batch, each with the passage it came from')
    .argument('<batch>', 'batch id (see `review list`)')
    .option('--json', 'print the batch as JSON')
    .action(async (batchId: string, options: { json?: boolean }) => {
      await withServices(async (services) => {
        const batch = await loadBatch(services, batchId);
        writeOut(options.json === true ? JSON.stringify(batch, null, 2) : describeBatch(batch));
      });
    });

  review
    .command('accept')
    .description('accept candidates as records (all pending ones when no position is given); accepting twice creates nothing twice')
    .argument('<batch>', 'batch id')
    .argument('[positions...]', 'candidate numbers, as `review show` prints them')
    .action(async (batchId: string, positions: string[]) => {
      await withServices(async (services) => {
        const batch = await loadBatch(services, batchId);
        const chosen = positions.length === 0 ? batch.candidates.filter((c) => c.state === 'pending').map((c) => c.position) : positions.map(parsePosition);
        await decideAll(services, batchId, chosen, { action: 'accept' });
      });
    });

  review
    .command('reject')
    .description('reject candidates: nothing is created for them')
    .argument('<batch>', 'batch id')
    .argument('<positions...>', 'candidate numbers')
    .action(async (batchId: string, positions: string[]) => {
      await withServices(async (services) => {
        await decideAll(services, batchId, positions.map(parsePosition), { action: 'reject' });
      });
    });

  review
    .command('correct')
    .description('accept one candidate with corrections, given as JSON: --set \'{"type":"workshop","venues":["TTO"]}\'')
    .argument('<batch>', 'batch id')
    .argument('<position>', 'candidate number')
    .requiredOption('--set <json>', 'the fields to change (type, start, end, venues, city, countries, participants, organizations, funders, status, mandates, title)')
    .action(async (batchId: string, position: string, options: { set: string }) => {
      const patch = parsePatch(options.set);
      await withServices(async (services) => {
        const batch = await loadBatch(services, batchId);
        const candidate = batch.candidates.find((c) => c.position === parsePosition(position));
        if (candidate === undefined) throw new AppError('not_found', `batch ${batchId} has no candidate #${position}`);
        const corrected = { ...candidate.proposed, ...patch } as ProposedActivity;
        await decideAll(services, batchId, [candidate.position], { action: 'correct', corrected });
      });
    });
}

async function loadBatch(services: Services, batchId: string): Promise<ReviewBatch> {
  const batch = await services.reviews.getBatch(batchId);
  if (batch === null) throw new AppError('not_found', `no review batch "${batchId}"; see \`mandates review list\``);
  return batch;
}

async function decideAll(services: Services, batchId: string, positions: readonly number[], decision: Decision): Promise<void> {
  let changed = 0;
  for (const position of positions) {
    const outcome = await decideCandidate(services, batchId, position, decision, SYSTEM_ACTOR);
    if (outcome.changed) changed++;
  }
  const verb = decision.action === 'reject' ? 'rejected' : decision.action === 'correct' ? 'corrected and accepted' : 'accepted';
  writeOut(`${changed} candidate${changed === 1 ? '' : 's'} ${verb}${positions.length > changed ? `, ${positions.length - changed} already decided` : ''}`);
}

function parsePosition(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a candidate number`);
  return n;
}

function parsePatch(text: string): ProposedActivityPatch {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError(`--set must be JSON, e.g. '{"type":"workshop"}'`);
  }
  const result = ProposedActivityPatch.safeParse(json);
  if (!result.success) {
    throw new InvalidArgumentError(result.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '));
  }
  return result.data;
}

function describeBatch(batch: ReviewBatch): string {
  const lines = [`${batch.id}: ${batch.document} (${batch.language ?? '?'}, ${batch.kind}), ${batch.candidates.length} candidates`, ''];
  for (const c of batch.candidates) {
    const p = c.corrected ?? c.proposed;
    lines.push(
      `#${c.position} [${c.state}] ${p.type}, ${formatDates(p.start, p.end)}, ${p.status}, confidence ${c.confidence.toFixed(2)}`,
      `   venues ${p.venues.join(', ') || '—'}${p.city === null ? '' : ` (${p.city})`}; countries ${p.countries.join(', ') || '—'}; people ${p.participants === null ? '—' : `${p.participants.qualifier === 'exact' ? '' : `${p.participants.qualifier.replace('_', ' ')} `}${p.participants.count}`}`,
      `   organisations ${[...p.organizations, ...p.funders.map((f) => `${f} (funder)`)].join(', ') || '—'}; mandates ${p.mandates.map((m) => `${m.instrument} ${m.paragraph ?? ''}`.trim()).join('; ') || '—'}`,
      `   « ${c.excerpt.replace(/\s+/g, ' ').slice(0, 300)} »`,
      '',
    );
  }
  return lines.join('\n');
}
