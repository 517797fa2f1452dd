// Reads every table of a finished run back with DuckDB, an engine independent of the job,
// and checks columns, types, row counts and that every input is accounted for.
// ACTORGRAPH_OUT: the run's output folder; ACTORGRAPH_INPUT: the folder of its input files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const OUT = resolve(process.env.ACTORGRAPH_OUT ?? 'target/test-out');
const INPUT = resolve(process.env.ACTORGRAPH_INPUT ?? 'testdata/articles');

const COLUMNS = {
  documents: { doc_id: 'VARCHAR', source_path: 'VARCHAR', date: 'DATE', title: 'VARCHAR', source: 'VARCHAR',
    n_chars: 'INTEGER', n_sentences: 'INTEGER', n_mentions: 'INTEGER', n_statements: 'INTEGER',
    article_id: 'VARCHAR', date_warning: 'VARCHAR' },
  mentions: { doc_id: 'VARCHAR', actor_id: 'VARCHAR', surface: 'VARCHAR', type: 'VARCHAR', sentence: 'INTEGER',
    paragraph: 'INTEGER', begin: 'INTEGER', end: 'INTEGER', resolution: 'VARCHAR' },
  statements: { doc_id: 'VARCHAR', date: 'DATE', statement_id: 'VARCHAR', actor_id: 'VARCHAR',
    speaker_surface: 'VARCHAR', speaker_begin: 'INTEGER', speaker_end: 'INTEGER', cue: 'VARCHAR',
    cue_begin: 'INTEGER', cue_end: 'INTEGER', kind: 'VARCHAR', text: 'VARCHAR', begin: 'INTEGER',
    end: 'INTEGER', sentence: 'INTEGER', confidence: 'DOUBLE', quote_key: 'VARCHAR', title: 'VARCHAR',
    url: 'VARCHAR', source: 'VARCHAR', speaker_type: 'VARCHAR', speaker_role: 'VARCHAR',
    speaker_country: 'VARCHAR', context: 'VARCHAR', rule: 'VARCHAR' },
  actors: { actor_id: 'VARCHAR', name: 'VARCHAR', type: 'VARCHAR', aliases: 'VARCHAR[]',
    n_mentions: 'BIGINT', n_documents: 'BIGINT', wikidata_id: 'VARCHAR', gender: 'VARCHAR' },
  actor_statement_counts: { actor_id: 'VARCHAR', name: 'VARCHAR', type: 'VARCHAR', n_statements: 'BIGINT',
    n_unique_statements: 'BIGINT', n_direct: 'BIGINT', n_partial: 'BIGINT', n_indirect: 'BIGINT',
    n_documents: 'BIGINT', first_date: 'DATE', last_date: 'DATE' },
  actor_daily: { actor_id: 'VARCHAR', date: 'DATE', n_statements: 'BIGINT', n_mentions: 'BIGINT',
    name: 'VARCHAR', type: 'VARCHAR' },
  comentions: { actor_a: 'VARCHAR', actor_b: 'VARCHAR', scope: 'VARCHAR', n_units: 'BIGINT',
    n_documents: 'BIGINT', pmi: 'DOUBLE', jaccard: 'DOUBLE' },
  rejects: { source_path: 'VARCHAR', line: 'INTEGER', reason: 'VARCHAR', detail: 'VARCHAR' },
  quotes: { quote_key: 'VARCHAR', text: 'VARCHAR', actor_id: 'VARCHAR', n_speakers: 'BIGINT',
    first_date: 'DATE', last_date: 'DATE', n_statements: 'BIGINT', n_documents: 'BIGINT',
    n_sources: 'BIGINT', first_doc_id: 'VARCHAR' },
};

let conn;
const table = (t) => `read_parquet('${join(OUT, t)}/*.parquet')`;
async function rows(sql) {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}
async function one(sql) {
  return (await rows(sql))[0];
}

before(async () => {
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
});

after(() => conn?.closeSync?.());

for (const [name, columns] of Object.entries(COLUMNS)) {
  test(`${name}: columns and types`, async () => {
    const described = await rows(`DESCRIBE SELECT * FROM ${table(name)}`);
    const types = Object.fromEntries(described.map((r) => [r.column_name, r.column_type]));
    for (const [column, type] of Object.entries(columns)) {
      assert.equal(types[column], type, `${name}.${column}`);
    }
  });
}

test('row counts equal what the job counted', async () => {
  const manifest = JSON.parse(readFileSync(join(OUT, '_manifest.json'), 'utf8'));
  for (const name of Object.keys(COLUMNS)) {
    const { n } = await one(`SELECT count(*)::INTEGER AS n FROM ${table(name)}`);
    assert.equal(n, manifest.table_rows[name], name);
  }
  const { n: docs } = await one(`SELECT count(*)::INTEGER AS n FROM ${table('documents')}`);
  assert.ok(docs > 0);
});

test('statement confidences have at most three decimals', async () => {
  const { n } = await one(
    `SELECT count(*)::INTEGER AS n FROM ${table('statements')} WHERE confidence <> round(confidence, 3)`);
  assert.equal(n, 0);
});

// The rule names docs/attribution.md lists: the `rule` column of its pass and sieve tables.
function documentedRules(section) {
  const doc = readFileSync(new URL('../../../docs/attribution.md', import.meta.url), 'utf8');
  const part = doc.split(/^#{2,3} /m).find((p) => p.startsWith(section));
  assert.ok(part, `docs/attribution.md has a "${section}" section`);
  return new Set([...part.matchAll(/^\|[^|\n]*\|[^|\n]*\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
}

test('every statement names the pass and the speaker sieve that made it', async () => {
  const passes = documentedRules('Statement passes');
  const sieves = documentedRules('Speaker sieves');
  assert.ok(passes.size >= 10 && sieves.size >= 8, 'the docs tables were read');
  const found = await rows(`SELECT rule, count(*)::INTEGER AS n FROM ${table('statements')} GROUP BY rule`);
  assert.ok(found.length > 0);
  for (const { rule } of found) {
    assert.ok(rule !== null, 'rule is never null');
    const [pass, sieve, ...rest] = rule.split('/');
    assert.ok(passes.has(pass) && sieves.has(sieve) && rest.length === 0, `documented rule: ${rule}`);
  }
});

test('a finished run is marked complete and leaves no staging or lock behind', () => {
  const entries = readdirSync(OUT);
  assert.ok(entries.includes('_SUCCESS'), '_SUCCESS marker');
  assert.deepEqual(entries.filter((e) => e.startsWith('_staging-') || e === '_RUNNING'), []);
});

test('documents + rejects account for every input file and JSON line', async () => {
  // every file is a document, a reject, or a JSON Lines file whose non-blank lines are
  const files = readdirSync(INPUT).filter((f) => !f.startsWith('.'));
  const docs = await rows(`SELECT source_path, line FROM ${table('documents')}`);
  const rejects = await rows(`SELECT source_path, line FROM ${table('rejects')}`);
  const seen = new Map();
  for (const r of [...docs, ...rejects]) {
    const f = r.source_path.split('/').pop();
    seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  for (const f of files) {
    const isJson = /\.(jsonl|json|ndjson)(\.(gz|bz2))?$/.test(f);
    if (!isJson) {
      assert.equal(seen.get(f), 1, `${f}: one document or one reject`);
    } else if (!/\.(gz|bz2)$/.test(f)) {
      const lines = readFileSync(join(INPUT, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
      assert.equal(seen.get(f), lines.length, `${f}: one row per non-blank line`);
    } else {
      assert.ok((seen.get(f) ?? 0) >= 1, `${f}: read`);
    }
  }
  const { n } = await one(`SELECT count(*)::INTEGER AS n FROM (SELECT doc_id FROM ${table('documents')} GROUP BY doc_id HAVING count(*) > 1)`);
  assert.equal(n, 0, 'doc_id is unique');
  const s = await one(`SELECT count(*)::INTEGER AS n, count(DISTINCT statement_id)::INTEGER AS d FROM ${table('statements')}`);
  assert.equal(s.d, s.n, 'statement_id is unique');
  // the manifest's own reconciliation: files matched = read + rejected, lines read = documents + rejects
  const r = JSON.parse(readFileSync(join(OUT, '_manifest.json'), 'utf8')).reconciliation;
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.files_matched, files.length);
  assert.equal(r.files_matched, r.files_read + r.file_rejects);
  assert.equal(r.lines_read, r.documents + r.line_rejects + r.analysis_failures);
});

test('the tables agree with each other', async () => {
  // per-document counts equal the row-level tables
  const { bad } = await one(`
    SELECT count(*)::INTEGER AS bad FROM ${table('documents')} d
    LEFT JOIN (SELECT doc_id, count(*) AS n FROM ${table('mentions')} GROUP BY doc_id) m USING (doc_id)
    LEFT JOIN (SELECT doc_id, count(*) AS n FROM ${table('statements')} GROUP BY doc_id) s USING (doc_id)
    WHERE d.n_mentions <> coalesce(m.n, 0) OR d.n_statements <> coalesce(s.n, 0)`);
  assert.equal(bad, 0);
  // statement counts per actor equal the statements table
  const { diff } = await one(`
    SELECT count(*)::INTEGER AS diff FROM ${table('actor_statement_counts')} c
    JOIN (SELECT actor_id, count(*) AS n, count(DISTINCT doc_id) AS d FROM ${table('statements')}
          WHERE actor_id IS NOT NULL GROUP BY actor_id) s USING (actor_id)
    WHERE c.n_statements <> s.n OR c.n_documents <> s.d
       OR c.n_direct + c.n_partial + c.n_indirect <> c.n_statements`);
  assert.equal(diff, 0);
  // every mentioned actor is in the actors table, with its mention count
  const { missing } = await one(`
    SELECT count(*)::INTEGER AS missing FROM (SELECT actor_id, count(*) AS n FROM ${table('mentions')}
      WHERE actor_id IS NOT NULL GROUP BY actor_id) m
    LEFT JOIN ${table('actors')} a USING (actor_id) WHERE a.n_mentions IS DISTINCT FROM m.n`);
  assert.equal(missing, 0);
  // each mention says how it was resolved; an id without a registry row is never "registry"
  const { badResolution } = await one(`
    SELECT count(*)::INTEGER AS badResolution FROM ${table('mentions')} m
    LEFT JOIN ${table('actors')} a USING (actor_id)
    WHERE m.resolution NOT IN ('registry', 'full_name', 'document', 'corpus', 'unresolved')
       OR (m.resolution = 'unresolved') <> (m.actor_id IS NULL)
       OR (m.resolution = 'registry' AND NOT a.in_registry)
       OR (m.resolution = 'document' AND m.actor_id NOT LIKE '%@%')`);
  assert.equal(badResolution, 0);
  // pairs are ordered and scores in range
  const { wrong } = await one(`
    SELECT count(*)::INTEGER AS wrong FROM ${table('comentions')}
    WHERE NOT (actor_a < actor_b) OR jaccard <= 0 OR jaccard > 1
       OR scope NOT IN ('document', 'paragraph', 'sentence')`);
  assert.equal(wrong, 0);
  // statement offsets point into the text
  const { offsets } = await one(`
    SELECT count(*)::INTEGER AS offsets FROM ${table('statements')} s JOIN ${table('documents')} d USING (doc_id)
    WHERE s.begin < 0 OR s."end" > d.n_chars OR s."end" <= s.begin`);
  assert.equal(offsets, 0);
});

test('statements answer who said what, where, without a join', async () => {
  // the article's fields are the documents table's
  const { articles } = await one(`
    SELECT count(*)::INTEGER AS articles FROM ${table('statements')} s JOIN ${table('documents')} d USING (doc_id)
    WHERE s.title IS DISTINCT FROM d.title OR s.url IS DISTINCT FROM d.url OR s.source IS DISTINCT FROM d.source`);
  assert.equal(articles, 0);
  // the speaker's fields are the actors table's, and absent for statements with no actor
  const { speakers } = await one(`
    SELECT count(*)::INTEGER AS speakers FROM ${table('statements')} s LEFT JOIN ${table('actors')} a USING (actor_id)
    WHERE s.speaker_type IS DISTINCT FROM a.type OR s.speaker_role IS DISTINCT FROM a.role
       OR s.speaker_country IS DISTINCT FROM a.country`);
  assert.equal(speakers, 0);
  const { typed } = await one(`SELECT count(speaker_type)::INTEGER AS typed FROM ${table('statements')}`);
  assert.ok(typed > 0);
  // the context holds every piece of the quotation (white space folded), bounded, on one line;
  // the pieces of a split quotation are joined by ' … ' in text
  const c = await one(`
    SELECT count(*) FILTER (WHERE length(context) > 1000 OR context LIKE '%' || chr(10) || '%')::INTEGER AS long,
           count(*) FILTER (WHERE length(context) < 990 AND NOT list_bool_and(list_transform(
             string_split(text, ' … '), p -> strpos(context, regexp_replace(trim(p), '\\s+', ' ', 'g')) > 0)))::INTEGER AS outside,
           count(*) FILTER (WHERE text LIKE '% … %')::INTEGER AS split
    FROM ${table('statements')}`);
  assert.equal(c.long, 0, 'context bounded, one line');
  assert.ok(c.split > 0, 'testdata has split quotations');
  assert.equal(c.outside, 0, 'context holds the quotation');
});

test('actor_daily sums to the statements and mentions tables, named like actors', async () => {
  const sums = await one(`
    SELECT (SELECT sum(n_statements) FROM ${table('actor_daily')})::INTEGER AS daily_statements,
           (SELECT count(*) FROM ${table('statements')} WHERE actor_id IS NOT NULL)::INTEGER AS statements,
           (SELECT sum(n_mentions) FROM ${table('actor_daily')})::INTEGER AS daily_mentions,
           (SELECT count(*) FROM ${table('mentions')} WHERE actor_id IS NOT NULL)::INTEGER AS mentions`);
  assert.equal(sums.daily_statements, sums.statements);
  assert.equal(sums.daily_mentions, sums.mentions);
  const { named } = await one(`
    SELECT count(*)::INTEGER AS named FROM ${table('actor_daily')} d LEFT JOIN ${table('actors')} a USING (actor_id)
    WHERE d.name IS DISTINCT FROM a.name OR d.type IS DISTINCT FROM a.type`);
  assert.equal(named, 0);
});

test('quotes: one row per quotation, reconciled with statements', async () => {
  const r = await one(`
    SELECT (SELECT count(*) FROM ${table('quotes')})::INTEGER AS quotes,
           (SELECT count(DISTINCT quote_key) FROM ${table('statements')} WHERE quote_key <> '')::INTEGER AS keys,
           (SELECT sum(n_statements) FROM ${table('quotes')})::INTEGER AS summed,
           (SELECT count(*) FROM ${table('statements')} WHERE quote_key <> '')::INTEGER AS statements`);
  assert.equal(r.quotes, r.keys);
  assert.equal(r.summed, r.statements);
  // each row agrees with its statements: speaker credited most, spread, first document
  const { bad } = await one(`
    WITH s AS (SELECT * FROM ${table('statements')} WHERE quote_key <> ''),
    agg AS (SELECT quote_key, max(length(text)) AS longest, count(DISTINCT actor_id) AS speakers,
                   count(DISTINCT doc_id) AS docs, count(DISTINCT source) AS sources, min(date) AS first
            FROM s GROUP BY quote_key)
    SELECT count(*)::INTEGER AS bad FROM ${table('quotes')} q JOIN agg USING (quote_key)
    WHERE length(q.text) <> agg.longest OR q.n_speakers <> agg.speakers OR q.n_documents <> agg.docs
       OR q.n_sources <> agg.sources OR q.first_date IS DISTINCT FROM agg.first
       OR q.first_doc_id NOT IN (SELECT doc_id FROM s WHERE s.quote_key = q.quote_key)
       OR (q.actor_id IS NULL) <> (agg.speakers = 0)`);
  assert.equal(bad, 0);
});

test('a plain-text article with a headline has it as its title', async () => {
  const d = await one(`SELECT title FROM ${table('documents')} WHERE source_path LIKE '%handmade-paris-talks.txt'`);
  assert.equal(d.title, 'Leaders meet in Paris as defence talks resume');
  // one that opens with a sentence has none
  const w = await one(`SELECT title FROM ${table('documents')} WHERE source_path LIKE '%greek-prime-minister%'`);
  assert.equal(w.title, null);
});

test('lists and dates read as such', async () => {
  const a = await one(`SELECT aliases FROM ${table('actors')} WHERE actor_id = 'emmanuel-macron'`);
  assert.ok(Array.isArray(a.aliases) && a.aliases.includes('Macron'), JSON.stringify(a));
  const d = await one(`SELECT min(date)::VARCHAR AS first FROM ${table('documents')}`);
  assert.match(d.first, /^\d{4}-\d{2}-\d{2}$/);
});
