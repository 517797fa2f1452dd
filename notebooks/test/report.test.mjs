// Renders report.html (written by org.actorgraph.report.HtmlReport beside the tables in
// $ACTORGRAPH_OUT) in headless Chromium and checks that every chart is there and non-empty.
// Set ACTORGRAPH_SCREENSHOT=path.png to keep the screenshot (make report-screenshot does, for
// docs/report.png). Skips only when no Chromium binary exists (make test-report installs one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT } from './sqlfiles.mjs';

const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const REPORT = join(OUT, 'report.html');
const CHARTS = ['chart-speakers', 'chart-speakers-people', 'chart-timeline', 'chart-heatmap-document',
  'chart-heatmap-sentence', 'chart-heatmap-people', 'chart-rejects'];
const WIDTH = 1240;
const HEIGHT = 2500;

function chromium(args) {
  const profile = mkdtempSync(join(tmpdir(), 'actorgraph-chromium-'));
  try {
    return execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--hide-scrollbars', `--user-data-dir=${profile}`,
      `--window-size=${WIDTH},${HEIGHT}`, ...args, pathToFileURL(REPORT).href],
    { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The outer markup of <svg ... id="ID"> ... </svg> (charts do not nest svgs). */
function svgById(dom, id) {
  const start = dom.search(new RegExp(`<svg[^>]*\\bid="${id}"`));
  if (start < 0) return null;
  const end = dom.indexOf('</svg>', start);
  return dom.slice(start, end + 6);
}

const count = (s, re) => (s.match(re) || []).length;

test('report.html exists and is self-contained', () => {
  assert.ok(existsSync(REPORT), `no ${REPORT}: run make test-report (or make report)`);
  const html = readFileSync(REPORT, 'utf8');
  // links to the quoted articles are followed only on a click; nothing else may name the network
  const stripped = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')
    .replaceAll(/<a href="https?:\/\/[^"<>]*" rel="noopener noreferrer">/g, '');
  assert.doesNotMatch(stripped, /https?:\/\//, 'no network URLs');
  assert.doesNotMatch(html, /href="(?!https?:)/i, 'links are web addresses only');
  assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i, 'no scripts or external resources');
});

test('charts render in headless Chromium and are non-empty', { skip: !CHROMIUM && 'chromium not installed (apt-get install -y chromium); make test-report installs it' }, () => {
  const dom = chromium(['--dump-dom']);
  assert.match(dom, /<h1>actorgraph report<\/h1>/);
  for (const id of CHARTS) {
    const svg = svgById(dom, id);
    assert.ok(svg, `${id} is in the rendered DOM`);
    assert.doesNotMatch(svg.slice(0, 200), /class="chart empty"/, `${id} has data`);
    const marks = count(svg, /<(rect|path|circle|polyline|line)\b/g);
    assert.ok(marks > 0, `${id} draws marks`);
  }
  const speakers = svgById(dom, 'chart-speakers');
  assert.ok(count(speakers, /<g class="bar">/g) >= 5, 'at least 5 speaker bars');
  assert.ok(count(svgById(dom, 'chart-heatmap-document'), /class="cell"/g) >= 10, 'document heatmap cells');
  assert.ok(count(svgById(dom, 'chart-heatmap-sentence'), /class="cell"/g) >= 10, 'sentence heatmap cells');
  assert.ok(count(svgById(dom, 'chart-timeline'), /<path\b/g) >= 2, 'timeline lines');
  assert.ok(count(svgById(dom, 'chart-rejects'), /<g class="bar">/g) >= 1, 'reject bars');
  // heatmap cells print their values, so the page reads on paper
  const heat = svgById(dom, 'chart-heatmap-document');
  assert.equal(count(heat, /class="value"/g), count(heat, /class="cell"/g), 'a value in every cell');
  assert.ok(count(dom, /<blockquote class="quote">/g) >= 5, 'quotes of the top speakers');
  if (!process.env.ACTORGRAPH_GENERIC) {
    assert.match(speakers, /Donald Trump/, 'the top speaker of testdata');
    assert.match(dom, /too_large/);
  }
});

test('screenshot is a non-blank PNG', { skip: !CHROMIUM && 'chromium not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-shot-'));
  const png = join(dir, 'report.png');
  try {
    chromium([`--screenshot=${png}`]);
    const buf = readFileSync(png);
    assert.equal(buf.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(buf.readUInt32BE(16), WIDTH);
    assert.equal(buf.readUInt32BE(20), HEIGHT);
    assert.ok(buf.length > 50_000, `a page with charts, not a blank one (${buf.length} bytes)`);
    if (process.env.ACTORGRAPH_SCREENSHOT) copyFileSync(png, process.env.ACTORGRAPH_SCREENSHOT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
