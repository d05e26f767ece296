// RPC framing shared by the WebSocket and HTTP fronts.
//
// A request is inspected (id, method, session, txn, params) but forwarded as the client's own
// bytes: only `session` is spliced in or out (see `rebuildRequest`). Replies wrap the engine's
// raw result bytes, so values the client gets are exactly what SurrealDB encoded.
import { CborError, decodeAt, encode, encodeRawMap, head, isNone, mapEntries, arrayItems, readHead, skip, Raw } from './cbor.mjs';

/** JSON-RPC style error codes used by SurrealDB's server. */
export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
export const THROWN = -32000;

/** An RPC failure that carries a code; `idRaw` is null for frame-level failures (no id). */
export class RpcFailure extends Error {
  constructor(code, message, idRaw = null) { super(message); this.code = code; this.idRaw = idRaw; }
}

/**
 * Parses a request frame. Mirrors SurrealDB's server (core/src/rpc/request.rs):
 * - not decodable CBOR                              -> -32700 "Parse error" (no id)
 * - not a map, bad id type, missing/non-text method -> -32600 "Invalid request" (no id)
 * - `id` is optional: a request without one is executed and answered without id.
 * Returns {bytes, entries, idRaw, method, sessionRaw, txnRaw, paramsRaw}.
 */
export function parseRequest(bytes) {
  let entries;
  try {
    const end = skip(bytes, 0); // validates the whole item
    if (end !== bytes.length) throw new CborError('trailing bytes');
    entries = mapEntries(bytes, 0);
  } catch (e) {
    if (e instanceof CborError || e instanceof RangeError) throw new RpcFailure(PARSE_ERROR, 'Parse error');
    throw e;
  }
  if (!entries) throw new RpcFailure(INVALID_REQUEST, 'Invalid request');
  const get = (k) => { const e = entries.find((x) => x.key === k); return e ? bytes.subarray(e.valueStart, e.valueEnd) : null; };
  let idRaw = get('id');
  if (idRaw) {
    const { major, arg } = readHead(idRaw, 0);
    if (isNone(idRaw)) idRaw = null; // NONE id == absent
    else if (major === 0 || major === 1 || major === 3) { /* number or string: fine */ }
    else if (major === 7 && (arg === 22 || idRaw[0] >= 0xf9)) { /* null or float */ }
    else if (major === 6 && (arg === 0 || arg === 9 || arg === 12 || arg === 37)) { /* datetime / uuid */ }
    else throw new RpcFailure(INVALID_REQUEST, 'Invalid request');
  }
  const methodRaw = get('method');
  let method = null;
  if (methodRaw && readHead(methodRaw, 0).major === 3) method = decodeAt(methodRaw, 0, 0)[0];
  if (method === null) throw new RpcFailure(INVALID_REQUEST, 'Invalid request', idRaw);
  let sessionRaw = get('session');
  if (sessionRaw && isNone(sessionRaw)) sessionRaw = null; // the JS SDK sends unused session as NONE
  let txnRaw = get('txn');
  if (txnRaw && isNone(txnRaw)) txnRaw = null;
  return { bytes, entries, idRaw, method, sessionRaw, txnRaw, paramsRaw: get('params') };
}

/** Decoded params (for inspection); [] when absent or not an array. */
export function paramsOf(req) {
  if (!req.paramsRaw) return [];
  try { const v = decodeAt(req.paramsRaw, 0, 0)[0]; return Array.isArray(v) ? v : []; } catch { return []; }
}

/** Raw bytes of each param. */
export function rawParamsOf(req) {
  if (!req.paramsRaw) return [];
  return arrayItems(req.paramsRaw, 0) || [];
}

/**
 * Re-emits the request's map with `session` set to `sessionRaw` (or removed when null) and NONE
 * `txn` dropped; every other entry is copied byte-for-byte, in the client's order.
 */
export function rebuildRequest(req, sessionRaw) {
  const pairs = [];
  for (const e of req.entries) {
    if (e.key === 'session') continue;
    if (e.key === 'txn' && !req.txnRaw) continue;
    pairs.push([e.keyStart, e.valueEnd]);
  }
  const parts = [head(5, pairs.length + (sessionRaw ? 1 : 0))];
  for (const [s, t] of pairs) parts.push(req.bytes.subarray(s, t));
  if (sessionRaw) parts.push(encode('session'), sessionRaw);
  return Buffer.concat(parts);
}

/** A standalone request built by devdb itself (e.g. attach, use, signin). */
export function makeRequest(method, params, sessionRaw) {
  const obj = { id: 0, method };
  if (params) obj.params = params;
  if (sessionRaw) obj.session = new Raw(sessionRaw);
  return encode(obj);
}

/** `{id, result}` (id omitted when null), result given as raw CBOR. */
export function okFrame(idRaw, resultRaw) {
  const pairs = [];
  if (idRaw) pairs.push(['id', idRaw]);
  pairs.push(['result', resultRaw]);
  return encodeRawMap(pairs);
}

/** `{id, error}` (id omitted when null), error given as raw CBOR map. */
export function errorFrame(idRaw, errorRaw) {
  const pairs = [];
  if (idRaw) pairs.push(['id', idRaw]);
  pairs.push(['error', errorRaw]);
  return encodeRawMap(pairs);
}

/** Raw CBOR for `{code, message}`. */
export function errorMap(code, message) {
  return encode({ code, message });
}

/**
 * The 3.x engine answers an RPC error as a one-key map `{error: {code, message, …}}` (the same
 * test its own JS engine uses). Returns the raw inner error map, or null for a normal result.
 */
export function engineErrorOf(raw) {
  try {
    const entries = mapEntries(raw, 0);
    if (!entries || entries.length !== 1 || entries[0].key !== 'error') return null;
    const inner = raw.subarray(entries[0].valueStart, entries[0].valueEnd);
    const ie = mapEntries(inner, 0);
    if (!ie || !ie.some((x) => x.key === 'code')) return null;
    return inner;
  } catch { return null; }
}

/** Maps an error thrown by an engine's `execute` (a message string) to a code, as the server would. */
export function codeForThrown(message) {
  switch (message) {
    case 'Parse error': return PARSE_ERROR;
    case 'Invalid request': return INVALID_REQUEST;
    case 'Method not found': return METHOD_NOT_FOUND;
    case 'Invalid params': return INVALID_PARAMS;
    case 'Internal error': return INTERNAL_ERROR;
    default: return THROWN;
  }
}
