// The command line as a user meets it, as real processes: exit codes and what is printed
// (README: exit codes). Run by make test-cli (ACTORGRAPH_JAR set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const JAR = process.env.ACTORGRAPH_JAR;
const BASE = resolve(process.env.ACTORGRAPH_SCRATCH ?? 'target/cli-runs');
const it = JAR ? test : test.skip;

function run(...args) {
  const r = spawnSync('java', ['-jar', JAR, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const lines = (s) => s.split('\n').filter((l) => l.trim() !== '');
const noStackTrace = (s) => assert.doesNotMatch(s, /\n\s+at [\w.$]+\(/, 'no stack trace');

it('a missing --input is one line and a short usage, exit 2', () => {
  const r = run('--output=' + join(BASE, 'x'));
  assert.equal(r.code, 2);
  assert.match(lines(r.err)[0], /^actorgraph: .*--input/);
  noStackTrace(r.err + r.out);
});

it('a glob that matches no file, or a value after a space, is a usage error', () => {
  const none = run('--input=' + join(BASE, 'nothing-here', '*.txt'), '--output=' + join(BASE, 'y'));
  assert.equal(none.code, 2);
  assert.match(none.err, /matches no file/);
  noStackTrace(none.err);
  const space = run('--input', 'testdata/articles/*', '--output=' + join(BASE, 'y'));
  assert.equal(space.code, 2);
  noStackTrace(space.err);
});

it('--help lists actorgraph\'s own options first, exit 0', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  const text = r.out + r.err;
  assert.match(text, /--input/);
  assert.match(text, /--maxArticleBytes/);
  assert.ok(text.indexOf('--input') < 2000, 'own options near the top');
});

it('an input of only rejects publishes its rejects and exits 3', () => {
  const dir = join(BASE, 'only-bad');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 0, 255]));
  const r = run(`--input=${dir}/*`, '--output=' + join(BASE, 'only-bad-out'), '--overwrite');
  assert.equal(r.code, 3, r.err);
  assert.match(r.err, /no article/);
});

it('a good run ends with the summary: input, documents, statements, output; no internal counters', () => {
  const out = join(BASE, 'good');
  const r = run('--input=testdata/articles/*', `--output=${out}`, '--overwrite', '--maxArticleBytes=32768');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^actorgraph: DONE in /m);
  assert.match(r.out, /^ {2}input {8}\d+ files: \d+ articles, \d+ rejects \(/m);
  assert.match(r.out, /^ {2}statements {3}\d+, \d+ with a speaker, \d+ speakers$/m);
  assert.match(r.out, new RegExp(`^  output {7}${out.replaceAll('/', '\\/')} \\(complete: _SUCCESS\\)$`, 'm'));
  assert.doesNotMatch(r.out, /cogbk|rows_|article_bytes/);
  // libraries stay quiet unless --verbose
  assert.doesNotMatch(r.out + r.err, /\bINFO\b/);
  assert.ok(lines(r.out).length < 40, `a short console (${lines(r.out).length} lines)`);
});
