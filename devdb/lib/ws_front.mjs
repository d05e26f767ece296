// WebSocket front: `GET /rpc` upgraded with subprotocol `cbor`, binary CBOR frames.
//
// One engine context (= one SurrealDB session on 3.x) per socket, created on open and disposed
// on close. Requests on a socket run concurrently, as on the real server, and every failure is
// answered on the socket instead of escaping: client input must never crash the process.
import { WebSocketServer } from 'ws';
import { INTERNAL_ERROR, RpcFailure, errorFrame, errorMap, okFrame, parseRequest } from './cbor_frames.mjs';

export function attachWebSocket(httpServer, engine, log) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 256 * 1024 * 1024,
    // The real server (and the JS SDK, which refuses otherwise) agree on `cbor`.
    handleProtocols: (protocols) => (protocols.has('cbor') ? 'cbor' : false),
  });

  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url || '').split('?')[0];
    if (path !== '/rpc') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.on('error', () => {});
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws) => {
    const ctx = engine.createContext();
    const send = (frame) => { if (ws.readyState === ws.OPEN) ws.send(frame, { binary: true }); };
    ctx.notify = send;

    ws.on('message', async (data) => {
      const bytes = Buffer.isBuffer(data) ? data : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
      let req = null;
      try {
        req = parseRequest(bytes);
        const r = await engine.rpc(ctx, req);
        send(r.errorRaw ? errorFrame(req.idRaw, r.errorRaw) : okFrame(req.idRaw, r.resultRaw));
      } catch (e) {
        if (e instanceof RpcFailure) {
          send(errorFrame(e.idRaw ?? null, errorMap(e.code, e.message)));
        } else {
          log(`request failed: ${e?.stack ?? e}`);
          send(errorFrame(req?.idRaw ?? null, errorMap(INTERNAL_ERROR, String(e?.message ?? e))));
        }
      }
    });
    ws.on('error', (e) => log(`socket error: ${e?.message ?? e}`));
    ws.on('close', () => {
      ctx.notify = null;
      engine.dispose(ctx).catch((e) => log(`dispose failed: ${e?.message ?? e}`));
    });
  });

  return wss;
}
