// Loads notebooks/sql/*.sql the way the notebook does: `-- param NAME = default` lines give
// defaults, {{NAME}} placeholders are replaced (single quotes doubled, since every placeholder
// sits inside a SQL string literal or is a plain number/word), {{OUT}} is the output folder.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SQL_DIR = join(ROOT, 'notebooks', 'sql');

/** The output folder the tests read: $ACTORGRAPH_OUT, else target/report-out. */
export const OUT = resolve(ROOT, process.env.ACTORGRAPH_OUT || 'target/report-out');

export function sqlNames() {
  return readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql')).map((f) => f.slice(0, -4)).sort();
}

export function params(text) {
  const out = {};
  for (const m of text.matchAll(/^--\s*param\s+(\w+)\s*=\s*(.*?)\s*$/gm)) out[m[1]] = m[2];
  return out;
}

export function render(name, overrides = {}, out = OUT) {
  const text = readFileSync(join(SQL_DIR, `${name}.sql`), 'utf8');
  const values = { ...params(text), OUT: out, ...overrides };
  return text.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in values)) throw new Error(`${name}.sql: no value for {{${k}}}`);
    return String(values[k]).replaceAll("'", "''");
  });
}
