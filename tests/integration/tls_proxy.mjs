#!/usr/bin/env node
// A TLS front for devdb, for the client's TLS tests: terminates TLS with the given certificate and pipes the bytes
// to devdb's plain port, so wss:// and https:// reach the real server.
//
//   node tls_proxy.mjs --cert FILE --key FILE --target PORT
// prints one line `tls proxy listening on PORT pid PID` when ready.
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!args.cert || !args.key || !args.target) {
  process.stderr.write('usage: node tls_proxy.mjs --cert FILE --key FILE --target PORT\n');
  process.exit(2);
}

const server = tls.createServer({ cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key) }, (client) => {
  const upstream = net.connect(Number(args.target), '127.0.0.1');
  client.pipe(upstream);
  upstream.pipe(client);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.on('error', close);
  upstream.on('error', close);
  client.on('close', close);
  upstream.on('close', close);
});
server.on('tlsClientError', () => {});  // a client refusing our certificate is what some tests expect
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`tls proxy listening on ${server.address().port} pid ${process.pid}\n`);
});
