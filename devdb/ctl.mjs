#!/usr/bin/env node
// devdb fixture control, used by ctest fixtures and scripts/with-devdb.sh.
//
//   node devdb/ctl.mjs start --engine 3|2 --state FILE [--port N] [--store URL] [--host H]
//   node devdb/ctl.mjs stop --state FILE
//
// `start` spawns devdb/server.mjs detached (own process group, stdout+stderr to FILE.log), waits
// up to 30 s for its ready line, then writes FILE atomically as key=value lines:
//   ws_url=ws://127.0.0.1:PORT/rpc
//   http_url=http://127.0.0.1:PORT
//   port=PORT
//   pid=PID
//   engine=3
//   version=3.0.2
// `stop` sends SIGTERM to the server's process group, waits up to 10 s (then SIGKILL) and
// removes FILE; it succeeds quietly when the server is already gone.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url));
const USAGE = 'usage: node devdb/ctl.mjs start --engine 3|2 --state FILE [--port N] [--store URL] [--host H]\n       node devdb/ctl.mjs stop --state FILE';
const READY = /^devdb listening on ws:\/\/(.+):(\d+)\/rpc \(SurrealDB ([^)]+)\)$/m;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (msg) => { process.stderr.write(`devdb ctl: ${msg}\n`); process.exit(1); };

function parseArgs(argv) {
  const o = { engine: '3', port: '0', host: '127.0.0.1', store: null, state: null };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m || !(m[1] in o)) fail(`unknown argument ${argv[i]}\n${USAGE}`);
    const v = m[2] ?? argv[++i];
    if (v === undefined) fail(`--${m[1]} needs a value`);
    o[m[1]] = v;
  }
  if (!o.state) fail(`--state FILE is required\n${USAGE}`);
  o.state = resolve(o.state);
  return o;
}

function readState(file) {
  const out = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** Signals the server's process group (it is a group leader), falling back to the pid. */
function signal(pid, sig) {
  try { process.kill(-pid, sig); return; } catch { /* not a group leader any more */ }
  try { process.kill(pid, sig); } catch { /* gone */ }
}

async function stop(o) {
  if (!existsSync(o.state)) return;
  const st = readState(o.state);
  const pid = Number(st.pid);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    signal(pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    if (alive(pid)) {
      process.stderr.write(`devdb ctl: pid ${pid} ignored SIGTERM for 10 s, sending SIGKILL\n`);
      signal(pid, 'SIGKILL');
      const d2 = Date.now() + 5_000;
      while (alive(pid) && Date.now() < d2) await sleep(100);
    }
  }
  rmSync(o.state, { force: true });
}

async function start(o) {
  if (o.engine !== '3' && o.engine !== '2') fail(`--engine must be 3 or 2, not ${o.engine}`);
  if (existsSync(o.state)) {
    const st = readState(o.state);
    if (Number(st.pid) > 0 && alive(Number(st.pid))) fail(`${o.state} names a running devdb (pid ${st.pid}); stop it first`);
    rmSync(o.state, { force: true });
  }
  const logFile = `${o.state}.log`;
  const fd = openSync(logFile, 'w');
  const args = [SERVER, '--engine', o.engine, '--port', o.port, '--host', o.host];
  if (o.store) args.push('--store', o.store);
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd], cwd: dirname(SERVER) });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, sig) => { exited = sig ?? code; });
  child.unref();

  const deadline = Date.now() + 30_000;
  let m = null;
  while (Date.now() < deadline) {
    m = READY.exec(readFileSync(logFile, 'utf8'));
    if (m || exited !== null) break;
    await sleep(100);
  }
  if (!m) {
    if (exited === null) signal(child.pid, 'SIGKILL');
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    fail(`devdb (engine ${o.engine}) did not become ready${exited !== null ? ` (exited: ${exited})` : ' within 30 s'}; log ${logFile}:\n${tail}`);
  }
  const [, host, port, version] = m;
  const text = [
    `ws_url=ws://${host}:${port}/rpc`,
    `http_url=http://${host}:${port}`,
    `port=${port}`,
    `pid=${child.pid}`,
    `engine=${o.engine}`,
    `version=${version}`,
  ].join('\n') + '\n';
  const tmp = `${o.state}.tmp.${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, o.state); // atomic: readers never see a half-written file
  process.stdout.write(`devdb ${version} (engine ${o.engine}) on ws://${host}:${port}/rpc, pid ${child.pid}, state ${o.state}\n`);
  process.exit(0);
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'start') await start(parseArgs(rest));
else if (cmd === 'stop') await stop(parseArgs(rest));
else fail(USAGE);
