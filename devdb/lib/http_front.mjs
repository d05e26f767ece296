// HTTP front: `POST /rpc` (CBOR), `GET /health`, `GET /version`.
//
// Like the real server, HTTP RPC is stateless: every request gets a fresh engine context whose
// ns/db come from `Surreal-NS`/`Surreal-DB` and whose auth comes from `Authorization`
// (Basic user:pass, with `Surreal-Auth-NS`/`Surreal-Auth-DB` for namespace/database users, or
// Bearer <token>). Bad credentials are answered with HTTP 401 before the RPC runs.
// Replies are `{result}` or `{error}` without id: HTTP 200 for anything the RPC itself answered,
// HTTP 400 for a body that is not a valid request.
import { INTERNAL_ERROR, RpcFailure, errorMap, makeRequest, parseRequest } from './cbor_frames.mjs';
import { encodeRawMap } from './cbor.mjs';

const MAX_BODY = 256 * 1024 * 1024;

function header(req, ...names) {
  for (const n of names) { const v = req.headers[n]; if (typeof v === 'string' && v !== '') return v; }
  return undefined;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = []; let size = 0;
    req.on('data', (c) => { size += c.length; if (size > MAX_BODY) { reject(new Error('body too large')); req.destroy(); } else parts.push(c); });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export function makeHttpHandler(engine, log) {
  const versionText = `surrealdb-${engine.version}`;

  async function rpc(req, res) {
    const ctype = (req.headers['content-type'] || 'application/cbor').split(';')[0].trim().toLowerCase();
    if (ctype !== 'application/cbor') {
      res.writeHead(415, { 'Content-Type': 'text/plain' }).end('devdb speaks CBOR only: use Content-Type: application/cbor\n');
      return;
    }
    const body = await readBody(req);
    const reply = (status, key, raw) => {
      res.writeHead(status, { 'Content-Type': 'application/cbor' }).end(encodeRawMap([[key, raw]]));
    };
    let parsed;
    try { parsed = parseRequest(body); } catch (e) {
      if (e instanceof RpcFailure) return reply(400, 'error', errorMap(e.code, e.message));
      throw e;
    }

    const ctx = engine.createContext();
    try {
      const ns = header(req, 'surreal-ns', 'ns');
      const db = header(req, 'surreal-db', 'db');
      const auth = header(req, 'authorization');
      if (auth) {
        let authReq;
        const m = /^(Basic|Bearer)\s+(.+)$/i.exec(auth.trim());
        if (m && m[1].toLowerCase() === 'basic') {
          const dec = Buffer.from(m[2], 'base64').toString('utf8');
          const i = dec.indexOf(':');
          const creds = { user: i < 0 ? dec : dec.slice(0, i), pass: i < 0 ? '' : dec.slice(i + 1) };
          const ans = header(req, 'surreal-auth-ns'); const adb = header(req, 'surreal-auth-db');
          if (ans) creds.ns = ans;
          if (adb) creds.db = adb;
          authReq = makeRequest('signin', [creds]);
        } else if (m) {
          authReq = makeRequest('authenticate', [m[2].trim()]);
        }
        const r = authReq ? await engine.rpc(ctx, parseRequest(authReq)) : { errorRaw: true };
        if (r.errorRaw) {
          res.writeHead(401, { 'Content-Type': 'text/plain' }).end('There was a problem with authentication\n');
          return;
        }
      }
      if (ns !== undefined || db !== undefined) {
        const r = await engine.rpc(ctx, parseRequest(makeRequest('use', [ns, db])));
        if (r.errorRaw) return reply(200, 'error', r.errorRaw);
      }
      const r = await engine.rpc(ctx, parsed);
      return r.errorRaw ? reply(200, 'error', r.errorRaw) : reply(200, 'result', r.resultRaw);
    } finally {
      engine.dispose(ctx).catch(() => {});
    }
  }

  return async (req, res) => {
    try {
      const path = (req.url || '/').split('?')[0];
      if (path === '/rpc' && req.method === 'POST') return await rpc(req, res);
      if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) return res.writeHead(200).end();
      if (path === '/status' && (req.method === 'GET' || req.method === 'HEAD')) return res.writeHead(200).end();
      if (path === '/version' && req.method === 'GET') return res.writeHead(200, { 'Content-Type': 'text/plain' }).end(versionText);
      if (path === '/rpc') return res.writeHead(405, { Allow: 'POST' }).end();
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
    } catch (e) {
      log(`http request failed: ${e?.stack ?? e}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/cbor' }).end(encodeRawMap([['error', errorMap(INTERNAL_ERROR, String(e?.message ?? e))]]));
      } else res.destroy();
    }
  };
}
