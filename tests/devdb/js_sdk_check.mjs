#!/usr/bin/env node
// Conformance check of devdb against SurrealDB's official JS SDK (npm `surrealdb` 2.x) and raw
// WebSocket/HTTP frames. Run against a devdb started by `devdb/ctl.mjs start`:
//
//   node --experimental-websocket tests/devdb/js_sdk_check.mjs --state FILE
//
// Prints one line per check ("ok", "FAIL" or "skip") and a closing "N passed, N failed, N skipped"
// line; exits non-zero when any check failed. Engine-2-only gaps (no sessions, transactions or
// live notifications on the 2.x engine) are printed as skipped, with the reason.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const devdbDir = fileURLToPath(new URL('../../devdb/', import.meta.url));
const require = createRequire(`${devdbDir}package.json`); // deps live in devdb/node_modules
const { Surreal, Table, RecordId, createRemoteEngines } = require('surrealdb');
const WebSocket = require('ws');
const cbor = await import(new URL('../../devdb/lib/cbor.mjs', import.meta.url));

// ------------------------------------------------------------------ arguments and state file
const argv = process.argv.slice(2);
const si = argv.indexOf('--state');
if (si < 0 || !argv[si + 1]) { console.error('usage: node --experimental-websocket tests/devdb/js_sdk_check.mjs --state FILE'); process.exit(2); }
const state = Object.fromEntries(readFileSync(argv[si + 1], 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
for (const k of ['ws_url', 'http_url', 'port', 'pid', 'engine', 'version']) if (!state[k]) { console.error(`state file lacks ${k}`); process.exit(2); }
const ENGINE = Number(state.engine);
const NS = 'devdb_check';
console.log(`devdb check: engine ${ENGINE} (SurrealDB ${state.version}) at ${state.ws_url}`);

// ------------------------------------------------------------------ tiny harness
let passed = 0, failed = 0, skipped = 0;
const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref())]);
async function check(name, fn) {
  try { const note = await withTimeout(Promise.resolve().then(fn), 20_000, name); passed++; console.log(`ok    ${name}${note ? ` (${note})` : ''}`); }
  catch (e) { failed++; console.log(`FAIL  ${name}: ${e?.message ?? e}`); }
}
function skip(name, why) { skipped++; console.log(`skip  ${name}: skipped (${why})`); }
function assert(cond, msg) { if (!cond) throw new Error(msg); }
const eq = (a, b, what) => assert(JSON.stringify(a) === JSON.stringify(b), `${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
const only3 = (name, fn) => (ENGINE >= 3 ? check(name, fn) : skip(name, '2.x engine: single shared session, no sessions/transactions/live notifications'));

// ------------------------------------------------------------------ SDK over WebSocket
const db = new Surreal({ engines: createRemoteEngines() });
await check('sdk ws: connect', async () => { await db.connect(state.ws_url); });
await check('sdk ws: signin as root', async () => {
  const t = await db.signin({ username: 'root', password: 'root' });
  assert(t && (typeof t === 'string' || typeof t.access === 'string'), `no token: ${JSON.stringify(t)}`);
});
await check('sdk ws: use ns/db', async () => { await db.use({ namespace: NS, database: 'ws' }); });
await check('sdk ws: query with bindings', async () => {
  await db.query('DEFINE TABLE OVERWRITE person SCHEMALESS; DELETE person');
  const [created] = await db.query('CREATE person:alice SET name = $name, age = $age RETURN AFTER', { name: 'Alice', age: 41 });
  eq(created?.[0]?.name, 'Alice', 'created name');
  const [rows, n] = await db.query('SELECT name, age FROM person WHERE age > $min; RETURN $min + 1', { min: 40 });
  eq(rows.map((r) => [r.name, r.age]), [['Alice', 41]], 'selected rows');
  eq(n, 41, 'bound arithmetic');
});
await check('sdk ws: query error surfaces as an error', async () => {
  let threw = false;
  try { await db.query('THROW "boom"'); } catch (e) { threw = /boom/.test(String(e?.message)); }
  assert(threw, 'THROW did not reject with its message');
});

await only3('sdk ws: live query receives CREATE, UPDATE, DELETE', async () => {
  await db.query('DEFINE TABLE OVERWRITE event SCHEMALESS; DELETE event');
  const sub = await db.live(new Table('event'));
  const got = []; let wake = null;
  sub.subscribe((m) => { got.push(m); wake?.(); });
  const waitFor = async (action) => {
    const t0 = Date.now();
    while (!got.some((m) => m.action === action)) {
      if (Date.now() - t0 > 5000) throw new Error(`no ${action} notification (got ${got.map((m) => m.action).join(',') || 'none'})`);
      await new Promise((r) => { wake = r; setTimeout(r, 100); });
    }
    return got.find((m) => m.action === action);
  };
  await db.query('CREATE event:e1 SET n = 1');
  const c = await waitFor('CREATE'); eq(c.value?.n, 1, 'CREATE value');
  await db.query('UPDATE event:e1 SET n = 2');
  const u = await waitFor('UPDATE'); eq(u.value?.n, 2, 'UPDATE value');
  await db.query('DELETE event:e1');
  await waitFor('DELETE');
  await sub.kill();
  return got.map((m) => m.action).join(',');
});

await only3('sdk ws: transaction commit and cancel', async () => {
  await db.query('DEFINE TABLE OVERWRITE acct SCHEMALESS; DELETE acct');
  const tx = await db.beginTransaction();
  await tx.query('CREATE acct:a SET bal = 10');
  await tx.commit();
  const tx2 = await db.beginTransaction();
  await tx2.query('CREATE acct:b SET bal = 20');
  await tx2.cancel();
  const [rows] = await db.query('SELECT VALUE id FROM acct ORDER BY id');
  eq(rows.map(String), ['acct:a'], 'committed rows');
});

await only3('sdk ws: two sessions on one connection use different databases', async () => {
  const s2 = await db.newSession();
  await s2.signin({ username: 'root', password: 'root' });
  await s2.use({ namespace: NS, database: 'other' });
  const [[a], [b]] = await Promise.all([db.query('RETURN session::db()'), s2.query('RETURN session::db()')]);
  eq([a, b], ['ws', 'other'], 'session databases');
  await s2.query('DEFINE TABLE OVERWRITE only_other; UPSERT only_other:1');
  const [[inOther]] = await s2.query('RETURN count(SELECT * FROM only_other)').then((r) => [r]);
  eq(inOther, 1, 'record in session 2');
  await s2.closeSession?.();
});

// Two connections with different databases, interleaved: on the 2.x engine this exercises the
// re-application of each connection's state on the single shared engine session.
await check('sdk ws: two connections keep their own ns/db and auth', async () => {
  const db2 = new Surreal({ engines: createRemoteEngines() });
  await db2.connect(state.ws_url);
  await db2.signin({ username: 'root', password: 'root' });
  await db2.use({ namespace: NS, database: 'second' });
  await db2.query('DEFINE TABLE OVERWRITE person SCHEMALESS; DELETE person; CREATE person:bob SET name = "Bob"');
  const rounds = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? db2 : db).query('RETURN [session::db(), (SELECT VALUE name FROM person)]')));
  rounds.forEach(([r], i) => eq(r, i % 2 ? ['second', ['Bob']] : ['ws', ['Alice']], `round ${i}`));
  await db2.close();
});

// ------------------------------------------------------------------ SDK over HTTP
await check('sdk http: signin, use, query with bindings', async () => {
  const h = new Surreal({ engines: createRemoteEngines() });
  await h.connect(`${state.http_url}/rpc`);
  await h.signin({ username: 'root', password: 'root' });
  await h.use({ namespace: NS, database: 'ws' });
  const [rows] = await h.query('SELECT VALUE name FROM person WHERE age = $age', { age: 41 });
  eq(rows, ['Alice'], 'rows over http');
  await h.close();
});

// ------------------------------------------------------------------ raw HTTP
const post = (bytes, headers = {}) => fetch(`${state.http_url}/rpc`, { method: 'POST', headers: { 'Content-Type': 'application/cbor', Accept: 'application/cbor', ...headers }, body: bytes });
const basic = (u, p) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
await check('http: GET /health is 200, GET /version names the engine', async () => {
  eq((await fetch(`${state.http_url}/health`)).status, 200, '/health status');
  eq(await (await fetch(`${state.http_url}/version`)).text(), `surrealdb-${state.version}`, '/version body');
});
await check('http: Basic auth + Surreal-NS/DB headers; reply {result} without id', async () => {
  const r = await post(cbor.encode({ id: 7, method: 'query', params: ['RETURN session::db()'] }), { Authorization: basic('root', 'root'), 'Surreal-NS': NS, 'Surreal-DB': 'ws' });
  eq(r.status, 200, 'status');
  const body = cbor.decode(Buffer.from(await r.arrayBuffer()));
  eq(Object.keys(body), ['result'], 'reply keys');
  eq(body.result[0].result, 'ws', 'database from header');
});
await check('http: bad Basic credentials -> 401', async () => {
  eq((await post(cbor.encode({ id: 1, method: 'version' }), { Authorization: basic('root', 'wrong') })).status, 401, 'status');
});
await check('http: bad Bearer token -> 401', async () => {
  eq((await post(cbor.encode({ id: 1, method: 'version' }), { Authorization: 'Bearer not.a.token' })).status, 401, 'status');
});
await check('http: unknown method -> {error: -32601}', async () => {
  const r = await post(cbor.encode({ id: 1, method: 'no_such_method' }), { Authorization: basic('root', 'root') });
  const body = cbor.decode(Buffer.from(await r.arrayBuffer()));
  eq([Object.keys(body), body.error?.code], [['error'], -32601], 'reply');
});

// ------------------------------------------------------------------ raw WebSocket frames
function rawSocket() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(state.ws_url, 'cbor');
    const inbox = []; const waiters = [];
    ws.on('message', (d) => { const m = cbor.decode(Buffer.from(d)); const w = waiters.shift(); if (w) w(m); else inbox.push(m); });
    ws.next = (ms = 3000) => (inbox.length ? Promise.resolve(inbox.shift()) : withTimeout(new Promise((r) => waiters.push(r)), ms, 'frame'));
    ws.call = async (obj) => { ws.send(cbor.encode(obj)); return ws.next(); };
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}
await check('ws raw: handshake answers Sec-WebSocket-Protocol: cbor', async () => {
  const ws = await rawSocket(); eq(ws.protocol, 'cbor', 'protocol'); ws.close();
});
await check('ws raw: not-CBOR bytes -> -32700 without id, socket stays usable', async () => {
  const ws = await rawSocket();
  ws.send(Buffer.from([0xff, 0x00, 0x13]));
  const e = await ws.next();
  eq([Object.keys(e), e.error?.code, e.error?.message], [['error'], -32700, 'Parse error'], 'parse error reply');
  const v = await ws.call({ id: 'v1', method: 'version' });
  eq([v.id, v.result], ['v1', `surrealdb-${state.version}`], 'version after parse error');
  ws.close();
});
await check('ws raw: unknown method -> -32601 with the request id', async () => {
  const ws = await rawSocket();
  const e = await ws.call({ id: 42, method: 'no_such_method' });
  eq([e.id, e.error?.code], [42, -32601], 'reply');
  ws.close();
});
await check('ws raw: request without method / not a map -> -32600', async () => {
  const ws = await rawSocket();
  const e1 = await ws.call({ id: 5, params: [] });
  eq(e1.error?.code, -32600, 'map without method');
  const e2 = await ws.call([1, 2, 3]);
  eq(e2.error?.code, -32600, 'array frame');
  ws.close();
});
// SurrealDB's server treats `id` as optional (core/src/rpc/request.rs): the request runs and the
// reply simply has no id. devdb does the same.
await check('ws raw: request without id runs and is answered without id', async () => {
  const ws = await rawSocket();
  const r = await ws.call({ method: 'version' });
  eq([Object.keys(r), r.result], [['result'], `surrealdb-${state.version}`], 'reply');
  ws.close();
});
await check('ws raw: NONE session/txn from the client are treated as absent', async () => {
  const ws = await rawSocket();
  const NONE = new cbor.Tag(6, null);
  const r = await ws.call({ id: '1', method: 'query', params: ['RETURN 1 + 1'], session: NONE, txn: NONE });
  eq(r.result?.[0]?.result, 2, 'result');
  ws.close();
});
await only3('ws raw: live notifications go only to the connection that owns the query', async () => {
  const a = await rawSocket(); const b = await rawSocket();
  for (const s of [a, b]) { await s.call({ id: 1, method: 'signin', params: [{ user: 'root', pass: 'root' }] }); await s.call({ id: 2, method: 'use', params: [NS, 'ws'] }); }
  await a.call({ id: 3, method: 'query', params: ['DEFINE TABLE OVERWRITE rawlive SCHEMALESS; DELETE rawlive'] });
  const live = await a.call({ id: 4, method: 'query', params: ['LIVE SELECT * FROM rawlive'] });
  const lqid = live.result?.[0]?.result;
  assert(lqid instanceof cbor.Tag && lqid.tag === 37, `LIVE did not return a uuid: ${JSON.stringify(live)}`);
  const created = await b.call({ id: 5, method: 'query', params: ['CREATE rawlive:1 SET x = 1'] });
  eq(created.result?.[0]?.status, 'OK', 'create');
  const n = await a.next();
  assert(!('id' in n), 'notification has a top-level id');
  eq([n.result?.action, n.result?.result?.x], ['CREATE', 1], 'notification');
  eq(Buffer.from(n.result.id.value).toString('hex'), Buffer.from(lqid.value).toString('hex'), 'live query id');
  let leaked = null;
  try { leaked = await b.next(500); } catch { /* expected: nothing */ }
  assert(leaked === null, `other connection got ${JSON.stringify(leaked)}`);
  a.close(); b.close();
});

await db.close().catch(() => {});
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
