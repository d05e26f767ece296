// Minimal CBOR (RFC 8949) reader/writer for devdb.
//
// Why our own instead of a CBOR library: devdb must forward requests to the engine
// "byte-for-byte apart from the injected session". A decode/re-encode round trip through a
// generic library can change number widths, float sizes or SurrealDB's custom tags, so the
// fronts work on *raw slices*: `skip()` finds where an item ends, `mapEntries()` lists a
// top-level map's keys with the raw bytes of each value, and the writer splices those raw
// slices into new frames. `decode()` is only used to *inspect* small values (id, method,
// ns/db, tokens), never to rebuild what is forwarded.

export class CborError extends Error {}

/** A tagged item as decoded by `decode()` (tag 6 is SurrealDB's NONE). */
export class Tag {
  constructor(tag, value) { this.tag = tag; this.value = value; }
}

// ---------------------------------------------------------------- reading

function need(buf, pos, n) {
  if (pos + n > buf.length) throw new CborError('truncated CBOR item');
}

/** Reads an item head: {major, info, arg, pos}. `arg` is a number (BigInt when > 2^53). */
export function readHead(buf, pos) {
  need(buf, pos, 1);
  const b = buf[pos];
  const major = b >> 5;
  const info = b & 31;
  pos += 1;
  let arg;
  if (info < 24) arg = info;
  else if (info === 24) { need(buf, pos, 1); arg = buf[pos]; pos += 1; }
  else if (info === 25) { need(buf, pos, 2); arg = (buf[pos] << 8) | buf[pos + 1]; pos += 2; }
  else if (info === 26) { need(buf, pos, 4); arg = new DataView(buf.buffer, buf.byteOffset + pos, 4).getUint32(0); pos += 4; }
  else if (info === 27) {
    need(buf, pos, 8);
    const big = new DataView(buf.buffer, buf.byteOffset + pos, 8).getBigUint64(0);
    arg = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    pos += 8;
  } else if (info === 31) {
    if (major === 0 || major === 1 || major === 6) throw new CborError('invalid indefinite length');
    arg = -1; // indefinite length (or "break" for major 7)
  } else throw new CborError('reserved additional info');
  return { major, info, arg, pos };
}

const BREAK = 0xff;

/** Returns the offset just past the item starting at `pos`. Validates structure. */
export function skip(buf, pos, depth = 0) {
  if (depth > 512) throw new CborError('CBOR nesting too deep');
  const h = readHead(buf, pos);
  pos = h.pos;
  switch (h.major) {
    case 0: case 1: return pos;
    case 2: case 3:
      if (h.arg === -1) { // indefinite string: chunks of the same major type until break
        for (;;) {
          need(buf, pos, 1);
          if (buf[pos] === BREAK) return pos + 1;
          if (buf[pos] >> 5 !== h.major) throw new CborError('bad chunk in indefinite string');
          pos = skip(buf, pos, depth + 1);
        }
      }
      if (typeof h.arg === 'bigint') throw new CborError('string too long');
      need(buf, pos, h.arg);
      return pos + h.arg;
    case 4: case 5: {
      const per = h.major === 5 ? 2 : 1;
      if (h.arg === -1) {
        for (;;) {
          need(buf, pos, 1);
          if (buf[pos] === BREAK) return pos + 1;
          for (let k = 0; k < per; k++) pos = skip(buf, pos, depth + 1);
        }
      }
      if (typeof h.arg === 'bigint') throw new CborError('container too long');
      for (let i = 0; i < h.arg * per; i++) pos = skip(buf, pos, depth + 1);
      return pos;
    }
    case 6: return skip(buf, pos, depth + 1);
    case 7:
      if (h.info === 31) throw new CborError('unexpected break');
      return pos;
  }
  throw new CborError('unreachable');
}

/** Decodes one complete item (the whole buffer must be exactly one item). For inspection only. */
export function decode(buf) {
  const [v, end] = decodeAt(buf, 0, 0);
  if (end !== buf.length) throw new CborError('trailing bytes after CBOR item');
  return v;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function halfToFloat(h) {
  const s = h & 0x8000 ? -1 : 1, e = (h >> 10) & 31, f = h & 1023;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

export function decodeAt(buf, pos, depth) {
  if (depth > 512) throw new CborError('CBOR nesting too deep');
  const start = pos;
  const h = readHead(buf, pos);
  pos = h.pos;
  switch (h.major) {
    case 0: return [h.arg, pos];
    case 1: return [typeof h.arg === 'bigint' ? -1n - h.arg : -1 - h.arg, pos];
    case 2: case 3: {
      const end = skip(buf, start, depth);
      let bytes;
      if (h.arg === -1) { // concatenate chunks
        const parts = []; let p = pos;
        while (buf[p] !== BREAK) { const c = readHead(buf, p); parts.push(buf.subarray(c.pos, c.pos + c.arg)); p = c.pos + c.arg; }
        bytes = Buffer.concat(parts);
      } else bytes = buf.subarray(pos, pos + h.arg);
      if (h.major === 2) return [Uint8Array.from(bytes), end];
      try { return [utf8.decode(bytes), end]; } catch { throw new CborError('invalid UTF-8 in text string'); }
    }
    case 4: {
      const out = [];
      if (h.arg === -1) { while ((need(buf, pos, 1), buf[pos]) !== BREAK) { const [v, p] = decodeAt(buf, pos, depth + 1); out.push(v); pos = p; } return [out, pos + 1]; }
      for (let i = 0; i < h.arg; i++) { const [v, p] = decodeAt(buf, pos, depth + 1); out.push(v); pos = p; }
      return [out, pos];
    }
    case 5: {
      const out = {};
      const one = () => { const [k, p1] = decodeAt(buf, pos, depth + 1); const [v, p2] = decodeAt(buf, p1, depth + 1); out[String(k)] = v; pos = p2; };
      if (h.arg === -1) { while ((need(buf, pos, 1), buf[pos]) !== BREAK) one(); return [out, pos + 1]; }
      for (let i = 0; i < h.arg; i++) one();
      return [out, pos];
    }
    case 6: { const [v, p] = decodeAt(buf, pos, depth + 1); return [new Tag(Number(h.arg), v), p]; }
    case 7:
      if (h.info === 20) return [false, pos];
      if (h.info === 21) return [true, pos];
      if (h.info === 22) return [null, pos];
      if (h.info === 23) return [undefined, pos];
      if (h.info === 25) return [halfToFloat(h.arg), pos];
      if (h.info === 26) return [new DataView(buf.buffer, buf.byteOffset + pos - 4, 4).getFloat32(0), pos];
      if (h.info === 27) return [new DataView(buf.buffer, buf.byteOffset + pos - 8, 8).getFloat64(0), pos];
      if (h.info === 31) throw new CborError('unexpected break');
      return [new Tag(-1, h.arg), pos]; // unassigned simple value
  }
  throw new CborError('unreachable');
}

/**
 * Lists the entries of the map at `pos` without decoding values:
 * [{key, keyStart, valueStart, valueEnd}] (key decoded when it is a text string, else null).
 * Returns null when the item is not a map.
 */
export function mapEntries(buf, pos = 0) {
  const h = readHead(buf, pos);
  if (h.major !== 5) return null;
  const out = [];
  let p = h.pos;
  const one = () => {
    const keyStart = p;
    const kh = readHead(buf, p);
    const keyEnd = skip(buf, p);
    const key = kh.major === 3 ? decodeAt(buf, p, 0)[0] : null;
    const valueEnd = skip(buf, keyEnd);
    out.push({ key, keyStart, valueStart: keyEnd, valueEnd });
    p = valueEnd;
  };
  if (h.arg === -1) { while ((need(buf, p, 1), buf[p]) !== BREAK) one(); p += 1; }
  else for (let i = 0; i < h.arg; i++) one();
  out.end = p;
  return out;
}

/** Raw slices of the items of the array at `pos` (null when not an array). */
export function arrayItems(buf, pos = 0) {
  const h = readHead(buf, pos);
  if (h.major !== 4) return null;
  const out = [];
  let p = h.pos;
  const one = () => { const e = skip(buf, p); out.push(buf.subarray(p, e)); p = e; };
  if (h.arg === -1) { while ((need(buf, p, 1), buf[p]) !== BREAK) one(); }
  else for (let i = 0; i < h.arg; i++) one();
  return out;
}

/** True when `raw` is exactly SurrealDB's NONE (tag 6 around null/undefined). */
export function isNone(raw) {
  return raw.length === 2 && raw[0] === 0xc6 && (raw[1] === 0xf6 || raw[1] === 0xf7);
}

// ---------------------------------------------------------------- writing

/** Encodes an item head (major type + argument). */
export function head(major, n) {
  if (typeof n === 'bigint') {
    const b = Buffer.alloc(9); b[0] = (major << 5) | 27; b.writeBigUInt64BE(n, 1); return b;
  }
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (n < 0x100000000) { const b = Buffer.alloc(5); b[0] = (major << 5) | 26; b.writeUInt32BE(n, 1); return b; }
  const b = Buffer.alloc(9); b[0] = (major << 5) | 27; b.writeBigUInt64BE(BigInt(n), 1); return b;
}

export const NONE = Buffer.from([0xc6, 0xf6]);

/** Encodes simple JS values: string, integer/float, boolean, null, undefined (NONE), Uint8Array,
 *  arrays, plain objects, Tag, and `Raw` (pre-encoded bytes spliced verbatim). */
export function encode(v) {
  if (v instanceof Raw) return v.bytes;
  if (v === undefined) return NONE;
  if (v === null) return Buffer.from([0xf6]);
  if (v === true) return Buffer.from([0xf5]);
  if (v === false) return Buffer.from([0xf4]);
  if (typeof v === 'string') { const s = Buffer.from(v, 'utf8'); return Buffer.concat([head(3, s.length), s]); }
  if (typeof v === 'bigint') return v >= 0n ? head(0, v) : head(1, -1n - v);
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v >= 0 ? head(0, v) : head(1, -1 - v);
    const b = Buffer.alloc(9); b[0] = 0xfb; b.writeDoubleBE(v, 1); return b;
  }
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), v]);
  if (v instanceof Tag) return Buffer.concat([head(6, v.tag), encode(v.value)]);
  if (Array.isArray(v)) return Buffer.concat([head(4, v.length), ...v.map(encode)]);
  if (typeof v === 'object') {
    const ks = Object.keys(v).filter((k) => v[k] !== undefined || v[k] instanceof Raw);
    return Buffer.concat([head(5, ks.length), ...ks.flatMap((k) => [encode(k), encode(v[k])])]);
  }
  throw new CborError(`cannot encode ${typeof v}`);
}

/** Pre-encoded CBOR bytes, embedded verbatim by `encode()`. */
export class Raw {
  constructor(bytes) { this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length); }
}

/** Encodes a map from [[key, rawValueBytes], ...] pairs, keeping insertion order. */
export function encodeRawMap(pairs) {
  return Buffer.concat([head(5, pairs.length), ...pairs.flatMap(([k, raw]) => [encode(k), raw])]);
}

/** CBOR for a UUID as SurrealDB sends it: tag 37 around a 16-byte byte string. */
export function encodeUuid(bytes16) {
  return Buffer.concat([Buffer.from([0xd8, 0x25, 0x50]), bytes16]);
}

/** If `raw` is a tag-37 16-byte UUID, returns its hex; else null. */
export function uuidHex(raw) {
  if (raw && raw.length === 19 && raw[0] === 0xd8 && raw[1] === 0x25 && raw[2] === 0x50) return Buffer.from(raw.subarray(3)).toString('hex');
  return null;
}
