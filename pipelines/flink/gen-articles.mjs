#!/usr/bin/env node
// Deterministic generator of synthetic news articles for the Flink scale and fault tests.
//
//   node gen-articles.mjs OUT_DIR [ARTICLES=3000] [FILES=6] [SEED=1]
//
// Writes FILES .jsonl files (one article per line: id, date, title, source, url, text) with
// direct, partial and indirect quotations attributed to a few dozen people, titles, surname
// and name-variant references, organisations and places. The same arguments always give the
// same bytes. A small stand-in for the project's richer corpus generator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir, nArticles = '3000', nFiles = '6', seedArg = '1'] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node gen-articles.mjs OUT_DIR [ARTICLES] [FILES] [SEED]');
  process.exit(2);
}

// mulberry32: small, fast, and the same on every platform
let seed = Number(seedArg) >>> 0;
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

// [given, surname, title, surname variants]
const PEOPLE = [
  ['Jane', 'Doe', 'Senator', []],
  ['Volodymyr', 'Zelensky', 'President', ['Zelenskyy', 'Zelenskiy']],
  ['Olaf', 'Brandt', 'Chancellor', []],
  ['Maria', 'Santos', 'Minister', []],
  ['Ahmed', 'Karimi', 'Governor', []],
  ['Li', 'Wei', 'Ambassador', []],
  ['Sarah', 'Okafor', 'Mayor', []],
  ['John', 'Miller', 'General', []],
  ['Elena', 'Petrova', 'Prime Minister', []],
  ['David', 'Cohen', 'Professor', []],
  ['Anna', 'Lindqvist', 'Commissioner', []],
  ['Carlos', 'Mendoza', 'President', []],
  ['Grace', 'Kim', 'Secretary', []],
  ['Pierre', 'Dubois', 'Minister', []],
  ['Fatima', 'Haddad', 'Judge', []],
  ['Tom', 'Harris', 'Coach', []],
  ['Yuki', 'Tanaka', 'Director', []],
  ['Robert', 'Nowak', 'Senator', []],
  ['Amara', 'Diallo', 'Minister', []],
  ['Hans', 'Gruber', 'Chief Executive', []],
];
const ORGS = ['the United Nations', 'the European Union', 'NATO', 'the World Bank',
  'the Red Cross', 'Acme Corporation', 'the Central Bank', 'Reuters', 'the Supreme Court',
  'the Health Ministry'];
const PLACES = ['Berlin', 'Kyiv', 'Paris', 'Washington', 'Nairobi', 'Tokyo', 'Brussels',
  'Madrid', 'Warsaw', 'Cairo', 'Lagos', 'Seoul'];
const TOPICS = ['the budget', 'the ceasefire', 'the new tariffs', 'the election', 'the strike',
  'the flood relief', 'the trade deal', 'energy prices', 'the vaccine rollout', 'the merger'];
const SAYINGS = ['We will act', 'This is not acceptable', 'The talks were constructive',
  'We need more time', 'Nobody expected this', 'It is a historic day', 'The numbers speak for themselves',
  'We will not give up', 'There is still hope', 'Mistakes were made'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'stressed'];
const INDIRECT = ['said that', 'argued that', 'warned that', 'announced that', 'claimed that'];
const CLAUSES = ['the plan would work', 'the deadline could not be met', 'talks would resume next week',
  'more money was needed', 'the report was misleading', 'prices would fall by spring'];
const SOURCES = ['Daily Ledger', 'Morning Post', 'Evening Courier', 'Global Wire'];

const fullName = (p) => `${p[0]} ${p[1]}`;
const surname = (p) => (p[3].length && rand() < 0.4 ? pick(p[3]) : p[1]);

function sentence(cast) {
  const p = pick(cast);
  const topic = pick(TOPICS);
  switch (Math.floor(rand() * 7)) {
    case 0: return `"${pick(SAYINGS)}," said ${fullName(p)}.`;
    case 1: return `"${pick(SAYINGS)} on ${topic}," ${surname(p)} ${pick(VERBS)}.`;
    case 2: return `${p[2]} ${fullName(p)} ${pick(INDIRECT)} ${pick(CLAUSES)}.`;
    case 3: return `${surname(p)} called ${topic} "${pick(SAYINGS).toLowerCase()}" in ${pick(PLACES)}.`;
    case 4: return `${fullName(p)} met officials from ${pick(ORGS)} in ${pick(PLACES)} on ${topic}.`;
    case 5: return `According to ${pick(ORGS)}, ${topic} was discussed in ${pick(PLACES)}.`;
    default: return `"${pick(SAYINGS)}," ${p[2].toLowerCase()} ${surname(p)} said, "and ${pick(CLAUSES)}."`;
  }
}

function article(i) {
  const cast = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(PEOPLE));
  const paragraphs = Array.from({ length: 2 + Math.floor(rand() * 4) }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(cast)).join(' '));
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 180) * 86400000);
  const source = pick(SOURCES);
  const id = `gen-${String(i).padStart(6, '0')}`;
  return {
    id,
    date: day.toISOString().slice(0, 10),
    title: `${fullName(cast[0])} on ${pick(TOPICS)}`,
    source,
    url: `https://example.org/${source.toLowerCase().replaceAll(' ', '-')}/${id}`,
    text: paragraphs.join('\n\n'),
  };
}

mkdirSync(outDir, { recursive: true });
const files = Number(nFiles);
const lines = Array.from({ length: files }, () => []);
for (let i = 0; i < Number(nArticles); i++) lines[i % files].push(JSON.stringify(article(i)));
for (let f = 0; f < files; f++) {
  writeFileSync(join(outDir, `articles-${String(f).padStart(3, '0')}.jsonl`), lines[f].join('\n') + '\n');
}
console.error(`gen-articles: ${nArticles} articles in ${files} files under ${outDir}`);
