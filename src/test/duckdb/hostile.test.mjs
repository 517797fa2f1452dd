// The job on the hostile inputs of HostileInputs.java (make test-hostile): every file and JSON
// line gets the outcome expected.tsv names, and the manifest reconciles files and lines.
// ACTORGRAPH_HOSTILE: the folder with in/ and expected.tsv; ACTORGRAPH_OUT: the run's output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

// run by make test-hostile only (node --test on this folder skips it without ACTORGRAPH_HOSTILE)
const ENABLED = Boolean(process.env.ACTORGRAPH_HOSTILE);
const ROOT = resolve(process.env.ACTORGRAPH_HOSTILE ?? 'target/hostile');
const OUT = resolve(process.env.ACTORGRAPH_OUT ?? 'target/hostile-out');
const table = (t) => `read_parquet('${join(OUT, t)}/*.parquet')`;
let conn;
let docs;
let rejects;

const expected = !ENABLED ? [] : readFileSync(join(ROOT, 'expected.tsv'), 'utf8').split('\n').filter((l) => l)
  .map((l) => { const [name, line, outcome, kind] = l.split('\t'); return { name, line: line === '' ? null : Number(line), outcome, kind }; });
const manifest = ENABLED ? JSON.parse(readFileSync(join(OUT, '_manifest.json'), 'utf8')) : null;
const it = ENABLED ? test : test.skip;

async function rows(sql) {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson();
}
const rel = (p) => p.slice(p.indexOf('/in/') + 4);
const at = (list, e) => list.filter((r) => rel(r.source_path) === e.name && (e.line === null || r.line === e.line));

before(async () => {
  if (!ENABLED) return;
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  docs = await rows(`SELECT source_path, line, doc_id, date::VARCHAR AS date, date_warning FROM ${table('documents')}`);
  rejects = await rows(`SELECT source_path, line, reason, detail FROM ${table('rejects')}`);
});
after(() => conn?.closeSync?.());

it('every hostile entry gets its expected outcome', () => {
  const matrix = [];
  for (const e of expected) {
    const d = at(docs, e);
    const r = at(rejects, e);
    const got = r.map((x) => `${x.reason}: ${x.detail}`).join('; ') || (d.length ? `${d.length} document(s)${d[0].date_warning ? ` (date_warning: ${d[0].date_warning})` : ''}` : 'NOTHING');
    matrix.push(`${e.kind.padEnd(45)} ${e.name}${e.line ? ':' + e.line : ''} -> ${got}`);
    if (e.outcome === 'document' || e.outcome === 'document+warning') {
      assert.equal(d.length, 1, `${e.name}:${e.line} (${e.kind}) one document, got ${got}`);
      assert.equal(r.length, 0, `${e.name}:${e.line} no reject`);
      if (e.outcome === 'document+warning') {
        assert.ok(d[0].date_warning && d[0].date === null, `${e.name}:${e.line} date dropped with a warning`);
      }
    } else if (e.outcome === 'some documents, then truncated') {
      const tail = rejects.filter((x) => rel(x.source_path) === e.name);
      assert.ok(d.length >= 1, `${e.name}: its complete lines are kept`);
      assert.equal(tail.length, 1, `${e.name}: one reject for the broken tail`);
      assert.equal(tail[0].reason, 'truncated');
      assert.equal(tail[0].line, d.length + 1);
    } else {
      assert.equal(d.length, 0, `${e.name}:${e.line} (${e.kind}) no document`);
      assert.equal(r.length, 1, `${e.name}:${e.line} (${e.kind}) one reject, got ${got}`);
      assert.equal(r[0].reason, e.outcome, `${e.name}:${e.line} (${e.kind}): ${r[0].detail}`);
      assert.doesNotMatch(r[0].detail, /^(\w+Exception|: )|Exception$/, 'a detail, not an exception name');
    }
  }
  console.log(matrix.join('\n'));
});

it('the manifest reconciles files and lines, and nothing else came out', () => {
  const c = manifest.reconciliation;
  console.log(c.files_balance + '\n' + c.lines_balance);
  assert.equal(c.ok, true);
  const files = new Set(expected.map((e) => e.name));
  assert.equal(c.files_matched, files.size);
  assert.equal(c.files_matched, c.files_read + c.file_rejects);
  assert.equal(c.lines_read, c.documents + c.line_rejects + c.analysis_failures);
  assert.equal(c.documents, docs.length);
  assert.equal(c.file_rejects + c.line_rejects + c.analysis_failures, rejects.length);
  assert.equal(c.analysis_failures, 0);
  assert.equal(c.duplicate_doc_ids, 0);
  assert.ok(c.duplicate_article_ids >= 1, 'the repeated JSON id is counted');
  assert.equal(c.date_warnings, docs.filter((d) => d.date_warning).length);
  // nothing outside the matrix: every document and reject belongs to an expected entry
  for (const x of [...docs, ...rejects]) {
    assert.ok(files.has(rel(x.source_path)), `unexpected row for ${x.source_path}`);
  }
});

it('ids are unique: doc_id from the relative path and line, statement_id from it', async () => {
  assert.equal(new Set(docs.map((d) => d.doc_id)).size, docs.length);
  assert.ok(docs.some((d) => d.doc_id === 'sub/good-plain.txt') && docs.some((d) => d.doc_id === 'good-plain.txt')
    && docs.some((d) => d.doc_id === 'good-plain.txt.bz2'), 'same base names, three ids');
  const [s] = await rows(`SELECT count(*)::INTEGER AS n, count(DISTINCT statement_id)::INTEGER AS d FROM ${table('statements')}`);
  assert.equal(s.d, s.n);
});

it('undated statements are kept in actor_daily under a NULL date', async () => {
  const [s] = await rows(`SELECT count(*)::INTEGER AS n FROM ${table('statements')} WHERE date IS NULL AND actor_id IS NOT NULL`);
  const [a] = await rows(`SELECT coalesce(sum(n_statements), 0)::INTEGER AS n FROM ${table('actor_daily')} WHERE date IS NULL`);
  assert.ok(s.n > 0);
  assert.equal(a.n, s.n);
});

it('offsets are code points: after an emoji and a combining accent, substring finds the surface', async () => {
  // the article's text as the job read it (after the date header), split by code points as DuckDB does
  const text = readFileSync(join(ROOT, 'in', 'good-emoji.txt'), 'utf8').replace(/^date \S+\n/, '');
  const m = await rows(`SELECT m.surface, m.begin, m."end" FROM ${table('mentions')} m
    WHERE m.doc_id = 'good-emoji.txt' ORDER BY m.begin`);
  assert.ok(m.length >= 2);
  const cps = Array.from(text);
  for (const r of m) {
    assert.equal(cps.slice(r.begin, r.end).join(''), r.surface);
    const [q] = await rows(`SELECT substring(${sqlString(text)}, ${r.begin} + 1, ${r.end - r.begin}) AS s`);
    assert.equal(q.s, r.surface, 'DuckDB substring(text, begin + 1, end - begin)');
  }
  const [d] = await rows(`SELECT n_chars FROM ${table('documents')} WHERE doc_id = 'good-emoji.txt'`);
  assert.equal(d.n_chars, cps.length);
});

function sqlString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
