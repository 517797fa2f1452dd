// notebooks/actorgraph.ipynb: valid nbformat 4 JSON with its outputs cleared, short cells, and
// every sql("name", param=...) call naming a notebooks/sql file and one of its parameters.
// (No Python kernel here: this checks the structure; sql.test.mjs runs the SQL itself.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SQL_DIR, sqlNames, params } from './sqlfiles.mjs';

const NOTEBOOK = join(ROOT, 'notebooks', 'actorgraph.ipynb');
const nb = JSON.parse(readFileSync(NOTEBOOK, 'utf8'));
const text = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);
const codeCells = nb.cells.filter((c) => c.cell_type === 'code');

test('nbformat 4 structure', () => {
  assert.equal(nb.nbformat, 4);
  assert.ok(Number.isInteger(nb.nbformat_minor) && nb.nbformat_minor >= 4);
  assert.deepEqual(Object.keys(nb).sort(), ['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  assert.equal(nb.metadata.kernelspec?.name, 'python3');
  assert.equal(nb.metadata.language_info?.name, 'python');
  assert.ok(Array.isArray(nb.cells) && nb.cells.length > 0);
  const ids = new Set();
  for (const c of nb.cells) {
    assert.ok(['markdown', 'code', 'raw'].includes(c.cell_type), c.cell_type);
    assert.equal(typeof c.metadata, 'object');
    assert.ok(typeof c.source === 'string' || (Array.isArray(c.source) && c.source.every((s) => typeof s === 'string')));
    if (nb.nbformat_minor >= 5) {
      assert.match(c.id, /^[a-zA-Z0-9-_]{1,64}$/);
      assert.ok(!ids.has(c.id), `duplicate cell id ${c.id}`);
      ids.add(c.id);
    }
    const allowed = c.cell_type === 'code'
      ? ['cell_type', 'execution_count', 'id', 'metadata', 'outputs', 'source']
      : ['attachments', 'cell_type', 'id', 'metadata', 'source'];
    for (const k of Object.keys(c)) assert.ok(allowed.includes(k), `${c.cell_type} cell key ${k}`);
  }
});

test('outputs are cleared', () => {
  for (const c of codeCells) {
    assert.deepEqual(c.outputs, [], `outputs of cell ${c.id}`);
    assert.equal(c.execution_count, null, `execution_count of cell ${c.id}`);
  }
});

test('cells are short', () => {
  for (const c of codeCells) {
    const n = text(c).split('\n').length;
    assert.ok(n <= 20, `cell ${c.id} has ${n} lines`);
  }
});

test('every sql() call names a SQL file and its parameters; every SQL file is used', () => {
  const names = sqlNames();
  const used = new Set();
  for (const c of codeCells) {
    for (const m of text(c).matchAll(/\bsql\("(\w+)"((?:,\s*\w+=[^,)]+)*)\)/g)) {
      const [, name, args] = m;
      assert.ok(names.includes(name), `sql("${name}") but no notebooks/sql/${name}.sql`);
      used.add(name);
      const declared = Object.keys(params(readFileSync(join(SQL_DIR, `${name}.sql`), 'utf8')));
      for (const a of args.matchAll(/(\w+)=/g)) {
        assert.ok(declared.includes(a[1].toUpperCase()), `${name}.sql has no param ${a[1].toUpperCase()}`);
      }
    }
  }
  assert.deepEqual(names.filter((n) => !used.has(n)), [], 'SQL files the notebook does not use');
});

test('the first cell names the pandas + pyarrow alternative', () => {
  const first = text(nb.cells[0]);
  assert.match(first, /pandas \+ pyarrow/);
  assert.match(first, /read_parquet/);
});
