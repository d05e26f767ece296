// The SurrealDB 3.x engine (npm @surrealdb/node@3.0.3, embeds 3.0.2) behind devdb's engine interface.
//
// 3.x supports sessions natively: `{method:"attach", session:<uuid>}` creates one and any later
// request carrying that `session` runs in it with its own ns/db/auth/vars/transactions. devdb
// gives every client connection (and every HTTP request) a session of its own, so connections
// are isolated exactly like on a real server. Clients may attach further sessions themselves
// (the SDK's session API); those are tracked per connection so that their live notifications
// are routed back to the right socket and they are detached when the socket closes.
import { randomBytes } from 'node:crypto';
import { loadNative } from './native.mjs';
import { NONE, decode, encodeRawMap, encodeUuid, mapEntries, uuidHex } from './cbor.mjs';
import { INVALID_REQUEST, codeForThrown, engineErrorOf, errorMap, makeRequest, rebuildRequest } from './cbor_frames.mjs';

export class Engine3 {
  /** @param native the loaded addon; @param engine a connected SurrealNodeEngine */
  constructor(native, engine) {
    this.native = native;
    this.engine = engine;
    this.major = 3;
    this.version = String(native.SurrealNodeEngine.version?.() ?? '').replace(/^surrealdb-/, '');
    this.liveQueries = true;
    /** session hex -> {ctx, isDefault} for notification routing */
    this.owners = new Map();
    this.closed = false;
  }

  static async open({ store }) {
    const native = loadNative(3);
    const engine = await native.SurrealNodeEngine.connect(store);
    const e = new Engine3(native, engine);
    if (!e.version) {
      const v = await e.execRaw(makeRequest('version'));
      let version = '';
      try { version = v.resultRaw ? String(decode(v.resultRaw)) : ''; } catch { /* left empty */ }
      e.version = version.replace(/^surrealdb-/, '');
    }
    e.#pumpNotifications();
    return e;
  }

  /** Executes raw request bytes; returns {resultRaw} | {errorRaw}. Never throws. */
  async execRaw(bytes) {
    try {
      const out = Buffer.from(await this.engine.execute(bytes));
      const err = engineErrorOf(out);
      if (err) return { errorRaw: err };
      // Passed on undecoded: decoding every answer here cost the server about as much as a large select's
      // own work, and only open() reads a result (the version), which it decodes itself.
      return { resultRaw: out };
    } catch (e) {
      // The addon throws plain messages: "Invalid request" for a map without method, serde
      // messages for undecodable input, "Expected a CBOR byte array with 16 elements" for a
      // session that is not a tag-37 byte UUID. Frames were validated before, so anything left
      // is an invalid request rather than a parse error.
      const msg = String(e?.message ?? e);
      let code = codeForThrown(msg);
      if (code === -32000) code = INVALID_REQUEST;
      return { errorRaw: errorMap(code, code === INVALID_REQUEST && msg !== 'Invalid request' ? `Invalid request: ${msg}` : msg) };
    }
  }

  /** A per-connection context: its own session, attached before any request runs. */
  createContext() {
    const sessionRaw = encodeUuid(randomBytes(16));
    const ctx = { sessionRaw, sessions: new Set(), notify: null };
    this.owners.set(uuidHex(sessionRaw), { ctx, isDefault: true });
    ctx.ready = this.execRaw(makeRequest('attach', null, sessionRaw)).then((r) => {
      if (r.errorRaw) throw new Error('could not attach a session');
    });
    ctx.ready.catch(() => {});
    return ctx;
  }

  async dispose(ctx) {
    this.owners.delete(uuidHex(ctx.sessionRaw));
    const all = [ctx.sessionRaw, ...[...ctx.sessions].map((h) => encodeUuid(Buffer.from(h, 'hex')))];
    for (const s of ctx.sessions) this.owners.delete(s);
    ctx.sessions.clear();
    if (this.closed) return;
    try { await ctx.ready; } catch { return; }
    // Detaching drops the session's live queries and rolls back open transactions.
    for (const s of all) await this.execRaw(makeRequest('detach', null, s));
  }

  /** Runs one parsed request in `ctx`: the client's own session if it named one, else ctx's. */
  async rpc(ctx, req) {
    await ctx.ready;
    const bytes = rebuildRequest(req, req.sessionRaw ?? ctx.sessionRaw);
    const r = await this.execRaw(bytes);
    // Track sessions the client attaches/detaches itself, for routing and cleanup.
    const hex = req.sessionRaw ? uuidHex(req.sessionRaw) : null;
    if (hex && !r.errorRaw) {
      if (req.method === 'attach') { ctx.sessions.add(hex); this.owners.set(hex, { ctx, isDefault: false }); }
      if (req.method === 'detach') { ctx.sessions.delete(hex); this.owners.delete(hex); }
    }
    return r;
  }

  /**
   * Reads the engine's notification stream forever. Each notification carries the `session` it
   * belongs to; it goes to the connection owning that session as `{result: notification}`. For a
   * connection's own (implicit) session the `session` field is reset to NONE, which is what a real
   * server sends for a connection's default session.
   */
  async #pumpNotifications() {
    let rx;
    try { rx = await this.engine.notifications(); } catch (e) { console.error('devdb: no notification stream:', e?.message ?? e); return; }
    while (!this.closed) {
      let v;
      try { v = await rx.recv(); } catch (e) { if (!this.closed) console.error('devdb: notification error:', e?.message ?? e); return; }
      if (v === null || v === undefined) return;
      try {
        const buf = Buffer.from(v);
        const entries = mapEntries(buf, 0);
        if (!entries) continue;
        const se = entries.find((x) => x.key === 'session');
        const owner = se ? this.owners.get(uuidHex(buf.subarray(se.valueStart, se.valueEnd))) : null;
        if (!owner || !owner.ctx.notify) continue; // e.g. a LIVE started over HTTP: nobody to tell
        let notif = buf;
        if (owner.isDefault) {
          notif = encodeRawMap(entries.map((x) => [x.key, x === se ? NONE : buf.subarray(x.valueStart, x.valueEnd)]));
        }
        owner.ctx.notify(encodeRawMap([['result', notif]]));
      } catch (e) {
        console.error('devdb: dropped a malformed notification:', e?.message ?? e);
      }
    }
  }

  async close() {
    this.closed = true;
    try { await this.engine.free?.(); } catch { /* exiting anyway */ }
  }
}
