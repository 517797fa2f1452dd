#!/usr/bin/env node
// Compares two output folders of the job, table by table, with DuckDB.
//
//   node src/test/duckdb/compare-tables.mjs DIR_A DIR_B
//
// Every subfolder of either DIR is a table; its Parquet files are read together. Two tables
// are equal when they have the same columns (names and types) and the same multiset of rows:
// EXCEPT ALL both ways is empty and the row counts match. Row order and file sharding do not
// matter. Prints one line per table, `table rowsA rowsB equal|DIFF`, and a few differing rows
// on stderr; exits 1 on any difference, 2 on bad arguments. `_manifest.json` and other
// top-level files are not compared.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const SAMPLE = 5; // differing rows shown per direction

function usage(msg) {
  if (msg) console.error(`compare-tables: ${msg}`);
  console.error('usage: node compare-tables.mjs DIR_A DIR_B');
  process.exit(2);
}

function tablesIn(dir) {
  return readdirSync(dir).filter(
    (n) => !n.startsWith('.') && !n.startsWith('_') && statSync(join(dir, n)).isDirectory());
}

// The Parquet files of one table folder. Writers name shards differently (with or without a
// .parquet suffix); hidden files, _SUCCESS-style markers and checksum files are not data.
function parquetFiles(dir) {
  if (!existsSync(dir)) return null;
  const all = readdirSync(dir).filter(
    (n) => !n.startsWith('.') && !n.startsWith('_') && !n.endsWith('.crc')
      && statSync(join(dir, n)).isFile());
  const pq = all.filter((n) => n.endsWith('.parquet'));
  return (pq.length ? pq : all).map((n) => join(dir, n)).sort();
}

const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
const source = (files) => `read_parquet([${files.map(sqlString).join(', ')}])`;

async function rows(conn, sql) {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

async function schema(conn, files) {
  const cols = await rows(conn, `DESCRIBE SELECT * FROM ${source(files)}`);
  return cols.map((c) => ({ name: c.column_name, type: c.column_type }));
}

async function count(conn, from) {
  const [r] = await rows(conn, `SELECT count(*)::BIGINT AS n FROM ${from}`);
  return Number(r.n);
}

async function compareTable(conn, table, dirA, dirB) {
  const fa = parquetFiles(join(dirA, table));
  const fb = parquetFiles(join(dirB, table));
  const notes = [];
  if (fa === null || fb === null) {
    notes.push(`table folder missing in ${fa === null ? 'A' : 'B'}`);
  }
  // A folder without data files holds no rows (and has no schema to compare).
  const na = fa && fa.length ? await count(conn, source(fa)) : 0;
  const nb = fb && fb.length ? await count(conn, source(fb)) : 0;
  if (notes.length || !fa.length || !fb.length) {
    const equal = !notes.length && na === nb;
    return { table, na, nb, equal, notes };
  }

  const sa = await schema(conn, fa);
  const sb = await schema(conn, fb);
  const key = (s) => s.map((c) => `${c.name} ${c.type}`).sort().join(', ');
  if (key(sa) !== key(sb)) {
    notes.push(`columns differ:\n  A: ${key(sa)}\n  B: ${key(sb)}`);
    return { table, na, nb, equal: false, notes };
  }
  // Same columns, perhaps in another order: select B's columns in A's order.
  const cols = sa.map((c) => `"${c.name.replaceAll('"', '""')}"`).join(', ');
  const a = `(SELECT ${cols} FROM ${source(fa)})`;
  const b = `(SELECT ${cols} FROM ${source(fb)})`;
  let equal = na === nb;
  if (na !== nb) notes.push(`row counts differ: ${na} vs ${nb}`);
  for (const [name, x, y] of [['A', a, b], ['B', b, a]]) {
    const only = `(${x} EXCEPT ALL ${y})`;
    const n = await count(conn, only);
    if (n > 0) {
      equal = false;
      const sample = await rows(conn, `SELECT * FROM ${only} LIMIT ${SAMPLE}`);
      notes.push(`${n} row(s) only in ${name}, e.g.:\n`
        + sample.map((r) => `  ${JSON.stringify(r)}`).join('\n'));
    }
  }
  return { table, na, nb, equal, notes };
}

async function main() {
  const [dirA, dirB] = process.argv.slice(2).map((d) => d && resolve(d));
  if (!dirA || !dirB || process.argv.length > 4) usage();
  for (const d of [dirA, dirB]) {
    if (!existsSync(d) || !statSync(d).isDirectory()) usage(`not a folder: ${d}`);
  }
  const tables = [...new Set([...tablesIn(dirA), ...tablesIn(dirB)])].sort();
  if (!tables.length) usage('no table folders found');

  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  let failed = 0;
  for (const table of tables) {
    const r = await compareTable(conn, table, dirA, dirB);
    console.log(`${r.table} ${r.na} ${r.nb} ${r.equal ? 'equal' : 'DIFF'}`);
    for (const n of r.notes) console.error(`  ${r.table}: ${n}`);
    if (!r.equal) failed++;
  }
  conn.closeSync?.();
  if (failed) {
    console.error(`compare-tables: ${failed} of ${tables.length} table(s) differ`);
    process.exit(1);
  }
  console.error(`compare-tables: all ${tables.length} tables equal`);
}

main().catch((e) => {
  console.error(`compare-tables: ${e.stack || e}`);
  process.exit(2);
});
