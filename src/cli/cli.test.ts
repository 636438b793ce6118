// The command line through its real door: a child process per command, on PGlite and, when
// TEST_DATABASE_URL names a server, on PostgreSQL.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

interface Engine {
  readonly name: string;
  /** Environment for a fresh, empty database. */
  fresh(): Promise<NodeJS.ProcessEnv>;
  cleanup(): Promise<void>;
}

const baseEnv = () => {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.MANDATES_DATA_DIR;
  return env;
};

function pgliteEngine(): Engine {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    async fresh() {
      const dir = await mkdtemp(join(tmpdir(), 'mandates-cli-'));
      dirs.push(dir);
      // A nested path: the CLI creates missing parent folders itself.
      return { ...baseEnv(), MANDATES_DATA_DIR: join(dir, 'nested', 'db') };
    },
    async cleanup() {
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(serverUrl: string): Engine {
  const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
  const names: string[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const name = `mt_cli_${process.pid}_${randomBytes(3).toString('hex')}`;
      await admin.query(`create database ${name}`);
      names.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return { ...baseEnv(), DATABASE_URL: url.toString() };
    },
    async cleanup() {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const engines: Engine[] = [pgliteEngine()];
if (process.env.TEST_DATABASE_URL !== undefined && process.env.TEST_DATABASE_URL !== '') engines.push(postgresEngine(process.env.TEST_DATABASE_URL));
else test('CLI on PostgreSQL', { skip: 'TEST_DATABASE_URL is not set (npm test sets it with a throwaway server)' }, () => undefined);

for (const engine of engines) {
  describe(`mandates CLI on ${engine.name}`, { concurrency: false }, () => {
    let env: NodeJS.ProcessEnv;
    let emptyExport: string;
    before(async () => {
      env = await engine.fresh();
      const init = await cli(env, 'init');
      assert.equal(init.code, 0, init.stderr);
      emptyExport = (await cli(env, 'export')).stdout;
    });
    after(() => engine.cleanup());

    test('malformed JSON: the line is named, nothing is written', async () => {
      const run = await cli(env, 'import', fixture('malformed.json'));
      assert.equal(run.code, 3);
      assert.match(run.stderr, /malformed\.json:4:\d+ .*invalid JSON/);
      assert.equal((await cli(env, 'export')).stdout, emptyExport);
    });

    test('bad references: every problem with its path and line, nothing is written', async () => {
      const run = await cli(env, 'import', fixture('bad-references.json'));
      assert.equal(run.code, 3);
      assert.match(run.stderr, /bad-references\.json:5:\d+ +instruments\[1\]\.symbol .*already used/);
      assert.match(run.stderr, /:10:\d+ +activities\[0\]\.dates\.end .*before the start/);
      assert.match(run.stderr, /:11:\d+ +activities\[0\]\.venues\[0\]\.country .*unknown country code "XYZ"/);
      assert.match(run.stderr, /nothing was imported/);
      assert.equal((await cli(env, 'export')).stdout, emptyExport);
    });

    test('wrong types are refused by the contract', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mandates-bad-'));
      const file = join(dir, 'types.json');
      await writeFile(file, JSON.stringify({ format: 'mandate-tracker/dataset@1', activities: [{ id: 1, title: 'x', type: 'party', status: 'done' }] }, null, 2));
      const run = await cli(env, 'import', file);
      await rm(dir, { recursive: true });
      assert.equal(run.code, 3);
      assert.match(run.stderr, /activities\[0\]\.id/);
      assert.match(run.stderr, /activities\[0\]\.type/);
    });

    test('import, list, show and stats answer from the stored records', async () => {
      const imported = await cli(env, 'import', fixture('small-dataset.json'));
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /activities +2/);

      const listed = await cli(env, 'list', '--country', 'Jamaïque', '--year', '2011');
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stdout, /act-1/);
      assert.doesNotMatch(listed.stdout, /act-2/);

      const byMandate = await cli(env, 'list', '--mandate', 'AG/RES.2619 (XLI-O/11) 4b', '--json');
      assert.deepEqual((JSON.parse(byMandate.stdout) as { id: string }[]).map((a) => a.id).sort(), ['act-1', 'act-2']);

      const shown = await cli(env, 'show', 'act-1');
      assert.match(shown.stdout, /Kingston, JAM/);
      assert.match(shown.stdout, /30 \(12 women, 18 men\)/);

      const mandate = await cli(env, 'show', 'AG/RES. 2619 (XLI-O/11) 4.b');
      assert.equal(mandate.code, 0, mandate.stderr);
      assert.match(mandate.stdout, /AG\/RES\. 2485 \(XXXIX-O\/09\) 5\.b[\s\S]*▶ AG\/RES\. 2619 \(XLI-O\/11\) 4\.b/);

      const found = await cli(env, 'search', 'kingston', 'course', '--json');
      assert.deepEqual((JSON.parse(found.stdout) as { id: string }[]).map((h) => h.id), ['act-1']);

      const stats = await cli(env, 'stats', '--semester', '2011-H2', '--json');
      const summary = JSON.parse(stats.stdout) as { covered: { paragraph: string }[]; uncovered: { paragraph: string }[]; participation: { country: string; participants: number }[] };
      assert.deepEqual(summary.covered.map((m) => m.paragraph), ['4.b']);
      assert.ok(summary.uncovered.some((m) => m.paragraph === '4.c'));
      // 30 people from two countries with no split given: each country is credited an equal share.
      assert.deepEqual(summary.participation.filter((r) => ['JAM', 'BHS'].includes(r.country)).map((r) => r.participants), [15, 15]);
    });

    test('export → import into an empty store → export is identical', async () => {
      const first = await cli(env, 'export');
      assert.equal(first.code, 0, first.stderr);
      const dir = await mkdtemp(join(tmpdir(), 'mandates-roundtrip-'));
      const file = join(dir, 'export.json');
      await writeFile(file, first.stdout);
      const other = await engine.fresh();
      const imported = await cli(other, 'import', file);
      assert.equal(imported.code, 0, imported.stderr);
      const second = await cli(other, 'export', '--out', join(dir, 'again.json'));
      assert.equal(second.code, 0, second.stderr);
      assert.equal(await readFile(join(dir, 'again.json'), 'utf8'), first.stdout);
      await rm(dir, { recursive: true });
    });

    test('start loads the demo data and prints the coverage of 2011, twice without harm', async () => {
      const demo = await engine.fresh();
      for (let run = 0; run < 2; run++) {
        const started = await cli(demo, 'start');
        assert.equal(started.code, 0, started.stderr);
        assert.match(started.stdout, /Mandates in force with activity: \d+; without \(gaps\): \d+/);
        assert.match(started.stdout, /AG\/RES\. 2619 \(XLI-O\/11\) +4\.b +\d+/);
        assert.match(started.stdout, /People trained by country \(total \d+\)/);
      }
    });

    test('usage errors and unknown records have their own exit codes', async () => {
      assert.equal((await cli(env, 'list', '--semester', '2011-S3')).code, 2);
      assert.equal((await cli(env, 'list', '--country', 'Atlantis')).code, 2);
      assert.equal((await cli(env, 'show', 'no-such-activity')).code, 4);
      assert.equal((await cli(env, 'import', '/nonexistent/file.json')).code, 3);
    });
  });
}

test('every command has --help', async () => {
  const env = { ...baseEnv(), MANDATES_DATA_DIR: join(tmpdir(), 'mandates-help-unused') };
  for (const command of ['start', 'init', 'demo', 'import', 'export', 'list', 'show', 'stats', 'search', 'ingest', 'review']) {
    const run = await cli(env, command, '--help');
    assert.equal(run.code, 0, `${command} --help`);
    assert.match(run.stdout, new RegExp(`Usage: mandates ${command}`));
  }
});

test('ingest --json prints the extraction shape; an unsupported file gets advice and exit 3', async () => {
  const env = { ...baseEnv(), MANDATES_DATA_DIR: join(tmpdir(), 'mandates-ingest-unused') };
  const run = await cli(env, 'ingest', '--json', fixture('short-report-fr.txt'));
  assert.equal(run.code, 0, run.stderr);
  const extraction = JSON.parse(run.stdout) as { language: string; kind: string; mandates: unknown[]; activities: { type: string; start: string; venues: string[]; participants: { count: number } | null }[] };
  assert.equal(extraction.language, 'fr');
  assert.equal(extraction.kind, 'report');
  assert.deepEqual(extraction.mandates, [{ instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.b' }]);
  assert.equal(extraction.activities.length, 1);
  assert.deepEqual(extraction.activities.map((a) => [a.type, a.start, a.venues, a.participants?.count]), [['workshop', '2011-03-12', ['JAM'], 42]]);

  const misused = await cli(env, 'ingest', '--out-dir', tmpdir(), fixture('short-report-fr.txt'));
  assert.equal(misused.code, 2);
  assert.match(misused.stderr, /--out-dir .* --json/);

  const dir = await mkdtemp(join(tmpdir(), 'mandates-xlsx-'));
  const sheet = join(dir, 'plan.xlsx');
  await writeFile(sheet, Buffer.from('504b0304140000000800', 'hex'));
  const refused = await cli(env, 'ingest', '--json', sheet);
  await rm(dir, { recursive: true });
  assert.equal(refused.code, 3);
  assert.match(refused.stderr, /plan\.xlsx/);
});
