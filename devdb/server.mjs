#!/usr/bin/env node
// devdb: a real SurrealDB engine (npm @surrealdb/node) behind SurrealDB's own wire protocol,
// on loopback, for surrealpp's tests. See devdb/README.md.
//
//   node devdb/server.mjs [--host 127.0.0.1] [--port 8000|0] [--engine 3|2]
//                         [--store mem://|surrealkv://PATH] [--user root --pass root]
//
// Prints exactly one line on stdout when ready:
//   devdb listening on ws://HOST:PORT/rpc (SurrealDB X.Y.Z)
// Logs go to stderr. Exits 0 on SIGTERM/SIGINT.
import http from 'node:http';
import { Engine2 } from './lib/engine2.mjs';
import { Engine3 } from './lib/engine3.mjs';
import { makeRequest } from './lib/cbor_frames.mjs';
import { decode } from './lib/cbor.mjs';
import { makeHttpHandler } from './lib/http_front.mjs';
import { attachWebSocket } from './lib/ws_front.mjs';

const USAGE = 'usage: node devdb/server.mjs [--host 127.0.0.1] [--port 8000|0] [--engine 3|2] [--store mem://|surrealkv://PATH] [--user root --pass root]';

function parseArgs(argv) {
  const o = { host: '127.0.0.1', port: 8000, engine: 3, store: 'mem://', user: 'root', pass: 'root' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument ${a}`);
    const key = m[1];
    if (key === 'help') { console.log(USAGE); process.exit(0); }
    const val = m[2] ?? argv[++i];
    if (val === undefined) throw new Error(`--${key} needs a value`);
    switch (key) {
      case 'host': o.host = val; break;
      case 'port': o.port = Number(val); if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error(`bad --port ${val}`); break;
      case 'engine': o.engine = Number(val); if (o.engine !== 2 && o.engine !== 3) throw new Error(`--engine must be 3 or 2, not ${val}`); break;
      case 'store': o.store = val; break;
      case 'user': o.user = val; break;
      case 'pass': o.pass = val; break;
      default: throw new Error(`unknown option --${key}`);
    }
  }
  return o;
}

const log = (msg) => process.stderr.write(`devdb: ${msg}\n`);

// Anything that slips through the per-request handlers is logged, never fatal.
process.on('uncaughtException', (e) => log(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e?.stack ?? e}`));

/** SurrealQL string literal for a password (single-quoted, backslash-escaped). */
const quote = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const ident = (s) => `\`${String(s).replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;

async function main() {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) { console.error(`devdb: ${e.message}\n${USAGE}`); process.exit(2); }

  const engine = await (opts.engine === 3 ? Engine3 : Engine2).open({ store: opts.store });

  // The root user, so that `signin {user, pass}` works as on `surreal start --user --pass`.
  // OVERWRITE keeps a persistent (surrealkv://) store restartable.
  const def = await engine.execRaw(makeRequest('query', [`DEFINE USER OVERWRITE ${ident(opts.user)} ON ROOT PASSWORD ${quote(opts.pass)} ROLES OWNER`]));
  const statusOk = (() => { try { return !def.errorRaw && decode(def.resultRaw).every((s) => s.status === 'OK'); } catch { return false; } })();
  if (!statusOk) throw new Error('could not define the root user');

  const server = http.createServer(makeHttpHandler(engine, log));
  server.on('clientError', (err, socket) => { if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'); });
  const wss = attachWebSocket(server, engine, log);

  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(opts.port, opts.host, resolve); });
  const { port } = server.address();
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  process.stdout.write(`devdb listening on ws://${shownHost}:${port}/rpc (SurrealDB ${engine.version})\n`);

  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: shutting down`);
    // Never hang on shutdown: whatever is still open after 3 s is abandoned.
    setTimeout(() => process.exit(0), 3000).unref();
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    server.closeAllConnections?.();
    await new Promise((r) => server.close(() => r()));
    await engine.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e) => { log(`failed to start: ${e?.stack ?? e}`); process.exit(1); });
