// Real processes, real signals: a run killed with SIGKILL while it writes leaves nothing a
// reader could take for a table, the next run cleans up after it; a second run into a folder
// another run is writing is refused. Run by make test-hostile (ACTORGRAPH_JAR set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const JAR = process.env.ACTORGRAPH_JAR;
const INPUT = process.env.ACTORGRAPH_INPUT ?? 'testdata/articles/*';
const BASE = resolve(process.env.ACTORGRAPH_SCRATCH ?? 'target/killed-runs');
const it = JAR ? test : test.skip;
const TABLES = ['documents', 'mentions', 'statements', 'actors', 'actor_statement_counts', 'actor_daily',
  'comentions', 'rejects', 'quotes'];
const args = (out) => ['-jar', JAR, `--input=${INPUT}`, `--output=${out}`, '--maxArticleBytes=32768'];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))
    .filter((f) => { try { return statSync(f).isFile(); } catch { return false; } });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const exited = (child) => new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));

/** Resolves once `pred` holds (polled), or rejects after `ms`. */
async function until(pred, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pred()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function readable(out, table) {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    await conn.runAndReadAll(`SELECT count(*) FROM read_parquet('${join(out, table)}/*.parquet')`);
    return true;
  } catch {
    return false;
  } finally {
    conn.closeSync?.();
  }
}

it('a run killed (SIGKILL) while it writes leaves no table to read; the next run cleans up', async () => {
  const out = join(BASE, 'killed');
  rmSync(out, { recursive: true, force: true });
  const child = spawn('java', args(out), { stdio: 'ignore' });
  const done = exited(child);
  // the first table file being written in the staging folder: kill the job there
  await until(() => existsSync(out) && readdirSync(out).some((e) => e.startsWith('_staging-')
    && filesUnder(join(out, e)).some((f) => /\.parquet|temp-beam/.test(f))), 240_000, 'the first staged file');
  child.kill('SIGKILL');
  assert.equal((await done).signal, 'SIGKILL');
  const left = readdirSync(out);
  assert.ok(!left.includes('_SUCCESS') && !left.includes('_manifest.json'), left.join(' '));
  for (const t of TABLES) {
    assert.ok(!left.includes(t), `no ${t} folder at the top`);
    assert.equal(await readable(out, t), false, `DuckDB reads no ${t}`);
  }
  assert.ok(left.some((e) => e.startsWith('_staging-')), 'the staging folder is what is left');

  const again = spawnSync('java', [...args(out), '--overwrite'], { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  const after = readdirSync(out);
  assert.ok(after.includes('_SUCCESS'));
  assert.deepEqual(after.filter((e) => e.startsWith('_staging-') || e === '_RUNNING' || e === '.temp-beam'), []);
  for (const t of TABLES) assert.equal(await readable(out, t), true, t);
});

it('a second run into a folder another run is writing is refused, and the first is unharmed', async () => {
  const out = join(BASE, 'concurrent');
  rmSync(out, { recursive: true, force: true });
  const first = spawn('java', args(out), { stdio: 'ignore' });
  const firstDone = exited(first);
  await until(() => existsSync(join(out, '_RUNNING')), 120_000, 'the first run\'s lock');
  const second = spawnSync('java', [...args(out), '--overwrite'], { encoding: 'utf8' });
  assert.equal(second.status, 2, second.stdout + second.stderr);
  assert.match(second.stderr, /another run/);
  assert.equal((await firstDone).code, 0);
  assert.ok(readdirSync(out).includes('_SUCCESS'));
});
