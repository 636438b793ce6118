import type { Command } from 'commander';
import type { Activity } from '../../core/activities/activity.ts';
import { participantTotal } from '../../core/activities/participants.ts';
import { mandateKey, type Mandate } from '../../core/mandates/mandate.ts';
import { traceLineage } from '../../core/mandates/trace-lineage.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { pickText } from '../../core/shared/localized-text.ts';
import { parseMandateArgument } from '../mandate-argument.ts';
import { formatActivities, formatDates } from './list.ts';
import { writeOut } from '../output.ts';
import { withServices, type Services } from '../services.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one activity (by id) or one mandate with its lineage and activities (by symbol and paragraph)')
    .argument('<id-or-mandate>', 'an activity id, or a mandate such as "AG/RES. 2619 (XLI-O/11) 4.b"')
    .option('--json', 'print the record as JSON')
    .action(async (target: string, options: { json?: boolean }) => {
      await withServices(async (services) => {
        const activity = await services.activities.getActivity(target);
        if (activity !== null) {
          writeOut(options.json === true ? JSON.stringify(activity, null, 2) : describeActivity(activity));
          return;
        }
        if (!target.includes('/')) throw new AppError('not_found', `no activity has the id "${target}"; try \`mandates list\` to see ids`);
        await showMandate(services, target, options.json === true);
      });
    });
}

async function showMandate(services: Services, target: string, asJson: boolean): Promise<void> {
  const ref = parseMandateArgument(target);
  const mandates = await services.mandates.listMandates();
  const mandate = mandates.find((m) => m.instrument === ref.instrument && m.paragraph === ref.paragraph);
  if (mandate === undefined) throw new AppError('not_found', `no mandate ${ref.instrument} ${ref.paragraph ?? ''} is recorded`.trim());
  const lineage = traceLineage(mandates, mandate);
  const activities = await services.activities.listActivities({ mandate: ref, limit: 200 });
  if (asJson) {
    writeOut(JSON.stringify({ mandate, lineage, activities }, null, 2));
    return;
  }
  writeOut(describeMandate(mandate, lineage, activities));
}

export function describeActivity(a: Activity): string {
  const lines = [
    a.title,
    `  id           ${a.id} (version ${a.version}${a.isPublished ? ', published' : ', draft'})`,
    `  type/status  ${a.type}, ${a.status}`,
    `  dates        ${formatDates(a.dates.start, a.dates.end)}`,
    `  venues       ${a.venues.map((v) => (v.city === null ? v.country : `${v.city}, ${v.country}`)).join('; ') || '—'}`,
    `  countries    ${a.participatingCountries.join(', ') || '—'}`,
    `  participants ${a.participants === null ? '—' : describeCount(a)}`,
    `  parties      ${a.parties.map((p) => `${p.ref} (${p.role})`).join(', ') || '—'}`,
    `  mandates     ${a.mandates.map((m) => `${m.instrument}${m.paragraph === null ? '' : ` ${m.paragraph}`}`).join('; ') || '—'}`,
  ];
  if (a.plannedOutputIds.length > 0) lines.push(`  delivers     ${a.plannedOutputIds.join(', ')}`);
  if (a.description !== '') lines.push('', `  ${a.description}`);
  if (a.source !== null) lines.push('', `  source: ${a.source.document} [${a.source.start}–${a.source.end}]`, `  « ${a.source.excerpt} »`);
  return lines.join('\n');
}

function describeCount(a: Activity): string {
  const p = a.participants!;
  const total = participantTotal(p);
  const qualifier = p.qualifier === 'exact' ? '' : p.qualifier === 'about' ? 'about ' : 'at least ';
  const parts = [
    p.onSite === null ? null : `${p.onSite} on site`,
    p.online === null ? null : `${p.online} online`,
    p.women === null ? null : `${p.women} women`,
    p.men === null ? null : `${p.men} men`,
    ...Object.entries(p.byCategory).map(([k, v]) => `${v} ${k.replace('_', ' ')}`),
  ].filter((x) => x !== null);
  return `${qualifier}${total ?? '?'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function describeMandate(mandate: Mandate, lineage: readonly Mandate[], activities: readonly Activity[]): string {
  const lines = [
    `${mandate.instrument} paragraph ${mandate.paragraph}`,
    `  ${pickText(mandate.text, 'en') ?? '(no text recorded)'}`,
    '',
    'Lineage (oldest first):',
    ...lineage.map((m) => `  ${mandateKey(m) === mandateKey(mandate) ? '▶' : ' '} ${m.instrument} ${m.paragraph}`),
    '',
    `Activities answering it: ${activities.length}`,
  ];
  if (activities.length > 0) lines.push(formatActivities(activities));
  return lines.join('\n');
}
