#!/usr/bin/env node
// Engine round trip of `surrealpp format` (issue 4, item 4): for every schema in schemas/ and every corpus file whose
// statements all succeed on the engine, load the original into a fresh database and the `surrealpp format` output into
// another, and compare `INFO FOR DB` and `INFO FOR TABLE t` (every table). Prints one line per mismatch and the counts;
// exits 1 on any mismatch.
//
//   node --experimental-websocket tests/render/engine_round_trip.mjs (--engine 3|2 | --state FILE) --surrealpp BIN
//        [--parse-back BIN [--parse-back-known FILE] [--parse-back-warn] [--parse-back-only] [--captures DIR]]
//        [--schemas DIR] [--corpus DIR] [--only SUBSTRING] [--verbose]
//
// With --parse-back it also checks INFO parse-back (issue 4, item 4): the INFO of each original load, as strings and
// (3.x) as STRUCTURE objects, is handed to BIN (tests/render/info_parse_back.cpp), which reads it back into the IR and
// compares it with the IR of the source. A parse-back mismatch fails the run (--parse-back-warn only reports it),
// except one listed in --parse-back-known (engine, form, file, cause: mismatches whose cause lies outside the parser
// and the comparison, each named); a listed file that matches fails the run too, so the list cannot go stale.
// --parse-back-only skips the format round trip; --captures DIR keeps every INFO capture there (for offline runs of
// the comparer).
//
// With --engine it starts its own devdb server (and stops it at the end): files define root users, root accesses and
// namespaces, which live beside every database of an engine, so each file's root-level definitions are removed again
// after it ran. That is only safe on a server nobody else uses. --state uses a running devdb instead.
//
// Written in Node (the official JS SDK against devdb) rather than C++ because it only drives the engine; what it
// tests is the C++ `surrealpp format`, run as a subprocess exactly as a user runs it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
// Normalised, so file paths (path.join normalises `..`) start with them and labels are relative to the corpus.
for (const dir of ['corpus', 'schemas']) if (typeof args[dir] === 'string') args[dir] = path.resolve(args[dir]);
if (!args.surrealpp || !(args.state || args.engine)) {
  console.error('engine_round_trip: --surrealpp and one of --engine, --state are required');
  process.exit(2);
}

// The JS SDK is installed with devdb.
const devdbDir = process.env.SURREALPP_DEVDB_DIR ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../devdb');
const { Surreal } = createRequire(path.join(devdbDir, 'package.json'))('surrealdb');

let ownState = null;
if (!args.state) {
  ownState = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'surrealpp-rt-')), 'devdb.state');
  execFileSync(process.execPath, [path.join(devdbDir, 'ctl.mjs'), 'start', '--engine', String(args.engine), '--state', ownState],
               { stdio: ['ignore', 'ignore', 'inherit'] });
  args.state = ownState;
}
const stopOwnServer = () => {
  if (ownState) execFileSync(process.execPath, [path.join(devdbDir, 'ctl.mjs'), 'stop', '--state', ownState], { stdio: 'ignore' });
  ownState = null;
};
process.on('exit', stopOwnServer);

const state = Object.fromEntries(fs.readFileSync(args.state, 'utf8').trim().split('\n').map((l) => {
  const eq = l.indexOf('=');
  return [l.slice(0, eq), l.slice(eq + 1)];
}));
const engine = Number(state.engine);

// Never run: crashes the 3.0.2 engine (a segfault, DESIGN.md).
const NEVER_RUN = ['reproductions/infinite_recursion_bug.surql'];
// Statements the 3.0.2 engine does not know (DESIGN.md): the corpus is 3.1.0-alpha.
const UNSUPPORTED = /\b(ALTER\s+(ACCESS|ANALYZER|API|CONFIG|EVENT|FUNCTION|PARAM|USER)|REMOVE\s+CONFIG)\b/i;

function corpusFiles(dir) {
  const manifest = fs.readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const header = manifest.shift().split('\t');
  const col = (name) => header.indexOf(name);
  const files = [];
  for (const line of manifest) {
    const row = line.split('\t');
    const file = row[col('path')];
    if (NEVER_RUN.includes(file)) continue;
    if (row[col('results_form')] === 'parsing-error') continue;
    if (engine === 3 && (row[col('version_req')] ?? '').includes('<3')) continue;
    files.push(path.join(dir, 'surrealdb-language-tests', file));
  }
  return files;
}

function schemaFiles(dir) {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.surql')).sort().map((f) => path.join(dir, f));
}

const db = new Surreal();
await db.connect(state.ws_url);
await db.signin({ username: 'root', password: 'root' });

let databaseCounter = 0;
const TIMEOUT_MS = 20000;

async function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out`)), TIMEOUT_MS); });
  try { return await Promise.race([promise, timeout]); } finally { clearTimeout(timer); }
}

// Root-level definitions (namespaces, root users and accesses) made since `before`, removed so the next load starts
// from the same root. Only on our own server.
async function rootLevel() {
  const info = (await db.query('INFO FOR ROOT').responses())[0].result ?? {};
  return { namespaces: Object.keys(info.namespaces ?? {}), users: Object.keys(info.users ?? {}), accesses: Object.keys(info.accesses ?? {}) };
}
const ident = (name) => '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
async function removeRootLevelSince(before) {
  if (!ownState && !args.engine) return;
  const now = await rootLevel();
  const statements = [
    ...now.namespaces.filter((n) => !before.namespaces.includes(n)).map((n) => `REMOVE NAMESPACE ${ident(n)}`),
    ...now.users.filter((n) => !before.users.includes(n)).map((n) => `REMOVE USER ${ident(n)} ON ROOT`),
    ...now.accesses.filter((n) => !before.accesses.includes(n)).map((n) => `REMOVE ACCESS ${ident(n)} ON ROOT`),
  ];
  if (statements.length) await db.query(statements.join(';\n')).responses();
}

// Loads `text` into a fresh database; returns {errors, info} where info is INFO FOR DB plus INFO FOR TABLE of every
// table, normalised where the engine is not deterministic.
async function load(text, capture = false) {
  const database = `rt${process.pid}_${++databaseCounter}`;
  const before = await rootLevel();
  await db.use({ namespace: database, database });
  const errors = [];
  const responses = await withTimeout(db.query(text).responses(), 'loading');
  responses.forEach((r, i) => { if (!r.success) errors.push(`statement ${i + 1}: ${r.error?.message ?? r.error}`); });
  // A file may USE another database; reading INFO from the one it ends in would compare different things.
  await db.use({ namespace: database, database });
  const dbInfo = (await db.query('INFO FOR DB').responses())[0].result;
  const tables = {};
  for (const table of Object.keys(dbInfo.tables ?? {}).sort()) {
    const escaped = '`' + table.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
    const tableInfo = (await db.query(`INFO FOR TABLE ${escaped}`).responses())[0].result;
    tables[table] = tableInfo;
  }
  let raw = null;
  if (capture) {
    raw = { strings: { db: dbInfo, tables } };
    if (engine === 3) {
      const structureDb = (await db.query('INFO FOR DB STRUCTURE').responses())[0].result;
      const structureTables = {};
      for (const table of Object.keys(tables)) {
        const escaped = '`' + table.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
        structureTables[table] = (await db.query(`INFO FOR TABLE ${escaped} STRUCTURE`).responses())[0].result;
      }
      raw.structure = { db: structureDb, tables: structureTables };
    }
  }
  await removeRootLevelSince(before);
  return { errors, info: normalise({ db: dbInfo, tables }), raw };
}

// PASSWORD becomes a PASSHASH with a random salt: equal passwords give different hashes.
function normalise(value) {
  if (typeof value === 'string') return value.replace(/PASSHASH '\$argon2[^']*'/g, "PASSHASH '<salted>'");
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = normalise(value[key]);
    return out;
  }
  return value;
}

function differences(a, b, where = '') {
  const out = [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${where}: original ${JSON.stringify(a)} / formatted ${JSON.stringify(b)}`);
    return out;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out.push(...differences(a[key], b[key], `${where}.${key}`));
  return out;
}

// `surrealpp format` of a file, read with the rules of the engine that loaded the original: on the 2.x engine
// `--from 2` first (2.x reads `⟨\0⟩` without escapes, and 2.x-only files such as permissions_full_2.0.surql need
// it), then the 3.x rules for 3.x-only spellings the 2.x engine also accepts.
function format(file) {
  const run = (from) => execFileSync(args.surrealpp, ['format', '--syntax', String(engine), '--from', from, file],
                                     { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const order = engine === 2 ? ['2', '3'] : ['3'];
  let error;
  for (const from of order) {
    try {
      return { text: run(from) };
    } catch (e) {
      error ??= e;
    }
  }
  return { error: (error.stderr || error.message).toString().trim().split('\n').slice(0, 3).join(' | ') };
}

// Known parse-back mismatches: `engine<TAB>form<TAB>file<TAB>cause` lines, `#` comments.
const knownParseBack = new Map();
if (args['parse-back-known'] && fs.existsSync(args['parse-back-known']))
  for (const line of fs.readFileSync(args['parse-back-known'], 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [knownEngine, form, file, cause] = line.split('\t');
    knownParseBack.set(`${knownEngine}|${form}|${file}`, cause);
  }
const captureDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'surrealpp-info-'));
const parseBack = {
  strings: { compared: 0, matched: 0, mismatched: 0, known: 0, stale: 0 },
  structure: { compared: 0, matched: 0, mismatched: 0, known: 0, stale: 0 },
};
const toJson = (value) => JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? Number(v) : v));

// INFO parse-back of one original load: each captured form through the C++ comparer.
function checkParseBack(file, label, raw) {
  for (const form of ['strings', 'structure']) {
    if (!raw[form]) continue;
    const capture = path.join(captureDir, `${form}.json`);
    fs.writeFileSync(capture, toJson(raw[form]));
    if (args.captures) {
      const kept = path.join(args.captures, form, label.replace(/[\\/]/g, '__') + '.json');
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.writeFileSync(kept, toJson(raw[form]));
      fs.appendFileSync(path.join(args.captures, 'index.tsv'), `${form}\t${file}\t${kept}\n`);
    }
    parseBack[form].compared++;
    const known = knownParseBack.get(`${engine}|${form}|${label}`);
    try {
      execFileSync(args['parse-back'], [file, capture, '--engine', String(engine)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      parseBack[form].matched++;
      if (known) {
        parseBack[form].stale++;
        problems.push(`PARSE-BACK (${form}) ${label}: matches now, remove it from the known mismatches`);
      }
    } catch (e) {
      parseBack[form].mismatched++;
      const why = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(0, 6).join('\n    ');
      if (known) parseBack[form].known++;
      problems.push(`PARSE-BACK (${form}) ${label}${known ? ` [known: ${known}]` : ''}:\n    ${why}`);
    }
  }
}

const counts = { candidates: 0, skipped_unsupported: 0, skipped_original_fails: 0, format_failed: 0, compared: 0, matched: 0, mismatched: 0 };
const problems = [];
const files = [...schemaFiles(args.schemas), ...(args.corpus && fs.existsSync(args.corpus) ? corpusFiles(args.corpus) : [])]
  .filter((f) => !args.only || f.includes(args.only));

for (const file of files) {
  const label = args.corpus && file.startsWith(args.corpus) ? path.relative(path.join(args.corpus, 'surrealdb-language-tests'), file) : path.relative(process.cwd(), file);
  const text = fs.readFileSync(file, 'utf8');
  counts.candidates++;
  if ((/allow-experimental/.test(text) || UNSUPPORTED.test(text)) && engine === 3) { counts.skipped_unsupported++; continue; }
  let original;
  try { original = await load(text, Boolean(args['parse-back'])); } catch (e) { counts.skipped_original_fails++; continue; }
  if (original.errors.length) { counts.skipped_original_fails++; if (args.verbose) console.log(`skip ${label}: ${original.errors[0]}`); continue; }
  if (args['parse-back']) checkParseBack(file, label, original.raw);
  if (args['parse-back-only']) continue;
  const formatted = format(file);
  if (formatted.error) {
    counts.format_failed++;
    problems.push(`FORMAT FAILED ${label}: ${formatted.error}`);
    continue;
  }
  counts.compared++;
  let reloaded;
  try { reloaded = await load(formatted.text); } catch (e) { reloaded = { errors: [e.message], info: {} }; }
  const diffs = [...reloaded.errors.map((e) => `formatted text fails: ${e}`), ...differences(original.info, reloaded.info)];
  if (diffs.length === 0) { counts.matched++; continue; }
  counts.mismatched++;
  problems.push(`MISMATCH ${label}:\n    ${diffs.slice(0, 5).join('\n    ')}`);
}

for (const p of problems) console.log(p);
console.log(`engine ${state.version}: ${counts.candidates} files, ${counts.skipped_unsupported} skipped (need capabilities or statements 3.0.2 lacks), ` +
  `${counts.skipped_original_fails} skipped (original has failing statements), ${counts.format_failed} format failed, ` +
  `${counts.compared} compared: ${counts.matched} matched, ${counts.mismatched} mismatched`);
if (args['parse-back'])
  for (const form of ['strings', 'structure'])
    if (parseBack[form].compared)
      console.log(`parse-back (${engine}.x ${form === 'strings' ? 'strings' : 'STRUCTURE'}): ${parseBack[form].compared} compared, ` +
        `${parseBack[form].matched} matched, ${parseBack[form].mismatched} mismatched` +
        (parseBack[form].known ? ` (${parseBack[form].known} known, listed with their cause in ${path.basename(args['parse-back-known'])})` : ''));
fs.rmSync(captureDir, { recursive: true, force: true });
await db.close();
stopOwnServer();
// Any parse-back mismatch that is not a known one fails the run (unless --parse-back-warn), and so does a known one
// that matches now.
const parseBackFailures = args['parse-back-warn'] ? 0 : ['strings', 'structure'].reduce(
  (n, form) => n + parseBack[form].mismatched - parseBack[form].known + parseBack[form].stale, 0);
process.exit(counts.mismatched + counts.format_failed + parseBackFailures === 0 ? 0 : 1);
