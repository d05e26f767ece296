// The SurrealDB 2.x engine (npm @surrealdb/node@1.0.0-beta.3, embeds 2.1.1) behind devdb's
// engine interface.
//
// The 2.x addon has exactly one session and no notification stream. To still give every client
// connection its own ns/db/auth/variables, devdb keeps that state per connection and runs all
// requests one at a time (a promise-chain lock). Before a request of a connection other than the
// one whose state is currently loaded, the state is re-applied: `invalidate`, `authenticate`
// with the connection's token, `use`, and its `let` variables. After a request, the state
// changes it made are recorded (use/signin/signup/authenticate/invalidate/let/unset, and USE
// statements inside queries). Live queries can be started but never notify: a documented
// difference, not something devdb fakes.
import { Raw, Tag, decode } from './cbor.mjs';
import { loadNative } from './native.mjs';
import { codeForThrown, errorMap, makeRequest, paramsOf, rawParamsOf, rebuildRequest } from './cbor_frames.mjs';

const isNoneValue = (v) => v instanceof Tag && v.tag === 6;

export class Engine2 {
  constructor(native, engine) {
    this.native = native;
    this.engine = engine;
    this.major = 2;
    this.version = String(native.SurrealdbNodeEngine.version()).replace(/^surrealdb-/, '');
    this.liveQueries = false;
    this.queue = Promise.resolve(); // the lock: every engine call chains onto this
    this.current = null;            // the context whose state the engine session holds now
    this.closed = false;
  }

  static async open({ store }) {
    const native = loadNative(2);
    const engine = await native.SurrealdbNodeEngine.connect(store);
    return new Engine2(native, engine);
  }

  /** Runs `fn` while holding the engine lock. */
  #locked(fn) {
    const run = this.queue.then(fn, fn);
    this.queue = run.then(() => {}, () => {});
    return run;
  }

  /** Executes raw bytes; returns {resultRaw} | {errorRaw}. The 2.x addon throws message strings. */
  async #exec(bytes) {
    try {
      return { resultRaw: Buffer.from(await this.engine.execute(bytes)) };
    } catch (e) {
      const msg = String(e?.message ?? e);
      return { errorRaw: errorMap(codeForThrown(msg), msg) };
    }
  }

  /** Low-level execution on the engine's current state (startup statements). */
  async execRaw(bytes) {
    return this.#locked(() => this.#exec(bytes));
  }

  createContext() {
    return { ns: null, db: null, token: null, vars: new Map(), notify: null, ready: Promise.resolve() };
  }

  async dispose(ctx) {
    if (this.current === ctx) this.current = null; // its vars stay until the next switch unsets them
  }

  /** Loads `ctx`'s state into the single engine session (called with the lock held). */
  async #apply(ctx) {
    const prev = this.current;
    await this.#exec(makeRequest('invalidate'));
    if (ctx.token) {
      const r = await this.#exec(makeRequest('authenticate', [ctx.token]));
      if (r.errorRaw) ctx.token = null; // expired: the connection is now unauthenticated
    }
    await this.#exec(makeRequest('use', [ctx.ns, ctx.db]));
    if (prev && prev !== ctx) for (const name of prev.vars.keys()) if (!ctx.vars.has(name)) await this.#exec(makeRequest('unset', [name]));
    if (!prev) for (const name of this.lastVars ?? []) if (!ctx.vars.has(name)) await this.#exec(makeRequest('unset', [name]));
    for (const [name, raw] of ctx.vars) await this.#exec(makeRequest('let', [name, new Raw(raw)]));
    this.current = ctx;
    this.lastVars = [...ctx.vars.keys()];
  }

  async rpc(ctx, req) {
    return this.#locked(async () => {
      if (this.current !== ctx) await this.#apply(ctx);
      // 2.x knows no sessions or transactions over RPC: drop `session` and forward the rest.
      const r = await this.#exec(rebuildRequest(req, null));
      if (!r.errorRaw) await this.#record(ctx, req, r.resultRaw);
      this.lastVars = [...ctx.vars.keys()];
      return r;
    });
  }

  /** Records the session-state effects of a successful request (lock held). */
  async #record(ctx, req, resultRaw) {
    const params = paramsOf(req);
    switch (req.method) {
      case 'use': {
        // NONE/absent keeps a value, null unsets it, a string sets it (2.x semantics).
        const [ns, db] = params;
        if (!(ns === undefined || isNoneValue(ns))) ctx.ns = typeof ns === 'string' ? ns : null;
        if (!(db === undefined || isNoneValue(db))) ctx.db = typeof db === 'string' ? db : null;
        break;
      }
      case 'signin': case 'signup': {
        let v; try { v = decode(resultRaw); } catch { v = null; }
        if (typeof v === 'string') ctx.token = v;
        else if (v && typeof v.token === 'string') ctx.token = v.token;
        break;
      }
      case 'authenticate': if (typeof params[0] === 'string') ctx.token = params[0]; break;
      case 'invalidate': ctx.token = null; break;
      case 'let': {
        const raws = rawParamsOf(req);
        if (typeof params[0] === 'string' && raws[1]) ctx.vars.set(params[0], Buffer.from(raws[1]));
        break;
      }
      case 'unset': if (typeof params[0] === 'string') ctx.vars.delete(params[0]); break;
      case 'query': {
        // A `USE NS x DB y` statement inside a query changes the session too: read it back.
        if (typeof params[0] === 'string' && /\buse\b/i.test(params[0])) {
          const r = await this.#exec(makeRequest('query', ['RETURN [session::ns(), session::db()]']));
          try {
            const [first] = decode(r.resultRaw);
            const [ns, db] = first.result;
            ctx.ns = typeof ns === 'string' ? ns : null;
            ctx.db = typeof db === 'string' ? db : null;
          } catch { /* keep what we had */ }
        }
        break;
      }
    }
  }

  async close() {
    this.closed = true;
    try { await this.engine.free(); } catch { /* exiting anyway */ }
  }
}
