// Runs every notebooks/sql/*.sql with DuckDB against a job output folder ($ACTORGRAPH_OUT,
// default target/report-out: the job on testdata) and checks what the notebook relies on.
// Checks tied to testdata (top speaker, a known pair) can be switched off with
// ACTORGRAPH_GENERIC=1 for any other output folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { OUT, sqlNames, render } from './sqlfiles.mjs';

const TESTDATA = !process.env.ACTORGRAPH_GENERIC;
let conn;
const results = {};

async function run(name, overrides = {}) {
  const reader = await conn.runAndReadAll(render(name, overrides));
  return reader.getRowObjectsJS();
}

before(async () => {
  assert.ok(existsSync(join(OUT, '_manifest.json')),
    `no job output at ${OUT}: run \`make test-report\` (it runs the job on testdata there) or set ACTORGRAPH_OUT`);
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  for (const name of sqlNames()) results[name] = await run(name);
});

after(() => conn?.closeSync?.());

test('every SQL file runs and returns rows', () => {
  const names = sqlNames();
  assert.ok(names.length >= 8, `expected the notebook's SQL files, found ${names}`);
  for (const name of names) assert.ok(results[name].length > 0, `${name}.sql returned no rows`);
});

test('every SQL file is checked below', () => {
  const checked = ['counts', 'top_speakers', 'statements_over_time', 'top_actors',
    'comention_matrix', 'comention_network', 'quotes_for_actor', 'rejects_summary'];
  assert.deepEqual(sqlNames().filter((n) => !checked.includes(n)), [],
    'a new SQL file needs a check in notebooks/test/sql.test.mjs');
});

test('counts agree with the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(OUT, '_manifest.json'), 'utf8'));
  const counts = Object.fromEntries(results.counts.map((r) => [r.table_name, Number(r.n_rows)]));
  assert.equal(Object.keys(counts).length, 9);
  for (const [t, n] of Object.entries(manifest.table_rows ?? {})) {
    assert.equal(counts[t], Number(n), `rows of ${t}`);
  }
  assert.ok(counts.documents > 0 && counts.statements > 0 && counts.comentions > 0);
});

// The most quoted actors counted straight from the statements rows, independently of the
// notebook's SQL and of the job's actor_statement_counts table.
async function rawSpeakers() {
  const reader = await conn.runAndReadAll(`
    select actor_id, count(*)::INTEGER as n, count(distinct doc_id)::INTEGER as d
    from read_parquet('${OUT}/statements/*.parquet') where actor_id is not null
    group by actor_id order by n desc, d desc, actor_id`);
  return reader.getRowObjectsJS();
}

test('top speakers: sorted, with kinds adding up', async () => {
  const rows = results.top_speakers;
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i - 1].n_statements >= rows[i].n_statements, 'sorted by n_statements');
  }
  for (const r of rows) {
    assert.equal(r.n_direct + r.n_partial + r.n_indirect, r.n_statements, r.actor_id);
  }
  const raw = await rawSpeakers();
  assert.equal(rows[0].actor_id, raw[0].actor_id, 'the top speaker, counted from the rows');
  assert.equal(Number(rows[0].n_statements), raw[0].n);
  if (TESTDATA) {
    // testdata's two Trump articles are mostly his quotations
    const trump = rows.findIndex((r) => r.actor_id === 'donald-trump');
    assert.ok(trump >= 0 && trump < 3, 'Donald Trump among the top three speakers of testdata');
    assert.equal(rows[trump].name, 'Donald Trump');
  }
});

test('statements over time: non-empty series, gap-free periods', async () => {
  const rows = results.statements_over_time;
  const byActor = Map.groupBy ? Map.groupBy(rows, (r) => r.actor_id) : groupBy(rows);
  const lengths = [...byActor.values()].map((v) => v.length);
  assert.ok(lengths.every((n) => n === lengths[0]), 'every actor has every period');
  for (const [id, series] of byActor) {
    const total = series.reduce((s, r) => s + Number(r.n_statements), 0);
    assert.ok(total > 0, `${id} has statements`);
  }
  const periods = byActor.values().next().value.map((r) => new Date(r.period).getTime());
  for (let i = 1; i < periods.length; i++) assert.ok(periods[i - 1] < periods[i]);
  // daily grain, top 3: still consistent with actor_statement_counts
  const daily = await run('statements_over_time', { GRAIN: 'day', TOP_N: 3 });
  const top = results.top_speakers.slice(0, 3);
  for (const s of top) {
    const sum = daily.filter((r) => r.actor_id === s.actor_id)
      .reduce((a, r) => a + Number(r.n_statements), 0);
    assert.ok(sum > 0 && sum <= Number(s.n_statements), `${s.actor_id}: ${sum} dated statements`);
  }
  assert.equal(rows[0].actor_id, results.top_speakers[0].actor_id, 'series in top-speaker order');
});

test('top actors: 25, by mentions', () => {
  const rows = results.top_actors;
  assert.equal(rows.length, 25);
  assert.deepEqual(rows.map((r) => Number(r.rank)), [...Array(25).keys()].map((i) => i + 1));
  if (TESTDATA) assert.equal(rows[0].actor_id, 'united-states');
});

test('co-mention matrix: symmetric, top actors only, known pair', async () => {
  const ids = new Set(results.top_actors.map((r) => r.actor_id));
  for (const scope of ['document', 'sentence']) {
    const m = scope === 'document' ? results.comention_matrix : await run('comention_matrix', { SCOPE: scope });
    assert.ok(m.length > 0, scope);
    const cell = new Map(m.map((r) => [`${r.row_id}|${r.col_id}`, r]));
    for (const r of m) {
      assert.ok(ids.has(r.row_id) && ids.has(r.col_id));
      assert.notEqual(r.row_id, r.col_id);
      const t = cell.get(`${r.col_id}|${r.row_id}`);
      assert.ok(t && t.n_units === r.n_units && t.pmi === r.pmi, `symmetric ${r.row_id} ${r.col_id}`);
      assert.ok(Number.isFinite(r.pmi));
    }
    if (TESTDATA) {
      const pair = scope === 'document' ? 'donald-trump|united-states' : 'cyprus|greece';
      const r = cell.get(pair);
      assert.ok(r, `${scope}: ${pair} co-mentioned`);
      assert.ok(Number(r.n_units) >= (scope === 'document' ? 3 : 5), `${pair} n_units ${r.n_units}`);
    }
  }
});

test('co-mention network: edges above the threshold, named ends', () => {
  const rows = results.comention_network;
  for (const r of rows) {
    assert.ok(Number(r.n_units) >= 2);
    assert.ok(r.actor_a < r.actor_b);
    assert.ok(r.name_a && r.name_b);
  }
  if (TESTDATA) {
    assert.ok(rows.some((r) => r.actor_a === 'cyprus' && r.actor_b === 'greece'));
  }
});

test('quote browser: one actor, dated, with a source', async () => {
  const rows = results.quotes_for_actor;
  for (const r of rows) {
    assert.equal(r.actor_id, 'donald-trump');
    assert.ok(r.text && r.kind && r.source && r.doc_id);
  }
  if (TESTDATA) {
    const raw = (await rawSpeakers()).find((r) => r.actor_id === 'donald-trump');
    assert.equal(rows.length, raw.n, 'every statement of the actor');
    assert.ok(rows.every((r) => r.date !== null));
  }
  const byName = await run('quotes_for_actor', { ACTOR: results.top_speakers[0].name });
  assert.ok(byName.length > 0, 'an actor can be given by name too');
  const quoted = await run('quotes_for_actor', { ACTOR: "O'Brien" });
  assert.equal(quoted.length, 0, 'quotes in parameters are escaped');
});

test('rejects summary: accounts for every reject', () => {
  const total = results.rejects_summary.reduce((s, r) => s + Number(r.n), 0);
  const rejects = Number(results.counts.find((r) => r.table_name === 'rejects').n_rows);
  assert.equal(total, rejects);
  for (const r of results.rejects_summary) assert.ok(r.examples.length >= 1 && r.examples.length <= 3);
  if (TESTDATA) {
    assert.ok(results.rejects_summary.some((r) => r.reason === 'too_large'));
  }
});

function groupBy(rows) {
  const m = new Map();
  for (const r of rows) {
    if (!m.has(r.actor_id)) m.set(r.actor_id, []);
    m.get(r.actor_id).push(r);
  }
  return m;
}
