import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngestBenchmark } from './ingest-throughput.ts';

void test('repeats the documents to the requested size and reports both rates and memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'Le Département a organisé deux ateliers à Lima les 3 et 4 mars 2015, avec 40 participants.\n');
    writeFileSync(join(dir, 'b.txt'), 'PLAN DE TRAVAIL 2016\nDOMAINE\tPROGRAMME\tPROJET\tPRODUIT\n1. PORTS\tA. FORMATION\t1. Cours\t4 cours\n');
    const result = runIngestBenchmark({ megabytes: 0.02, corpusDir: dir });
    assert.ok(result);
    assert.ok(result.megabytes >= 0.02 && result.megabytes < 0.021, String(result.megabytes));
    assert.ok(result.documents > 100);
    assert.ok(result.pipelineMBps > 0 && result.chronoMBps > 0);
    assert.ok(result.pipelineCpuSeconds > 0 && result.pipelineMBpsPerCpuSecond > 0);
    assert.ok(result.peakRssAfterChronoMiB >= result.peakRssAfterPipelineMiB);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('without a corpus it says so and returns nothing', () => {
  assert.equal(runIngestBenchmark({ corpusDir: join(tmpdir(), 'no-such-corpus-dir') }), null);
});
