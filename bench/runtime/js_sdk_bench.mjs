// js_sdk_bench.mjs: the workloads of surreal-bench (bench/runtime/surreal_bench.cpp) with the official JavaScript
// SDK (surrealdb 2.0.8 from devdb/node_modules), printing the same lines, CPU from process.cpuUsage():
//   a. ws_seq_return1    sequential `RETURN 1` round trips over WebSocket;
//   b. ws_par64_return1  the same with 64 requests in flight on one connection;
//   c. insert_batch1000  records/second inserting 1,000-record batches;
//   d. select_100k       end-to-end `SELECT *` of 100,000 records (decoded by the SDK); select_100k_warm: the
//                        same select 3 more times.
// Usage: node --experimental-websocket bench/runtime/js_sdk_bench.mjs --url WS_URL [--seq N] [--par-per-thread N]
//        [--batches N] [--rows N]
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { Surreal, Table } = await import(
  pathToFileURL(path.join(root, "devdb/node_modules/surrealdb/dist/surrealdb.mjs")).href
);

const opts = { url: "", seq: 2000, perThread: 200, batches: 20, rows: 100000 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => argv[++i];
  if (a === "--url") opts.url = next();
  else if (a === "--seq") opts.seq = Number(next());
  else if (a === "--par-per-thread") opts.perThread = Number(next());
  else if (a === "--batches") opts.batches = Number(next());
  else if (a === "--rows") opts.rows = Number(next());
  else {
    console.error("usage: js_sdk_bench.mjs --url WS_URL [--seq N] [--par-per-thread N] [--batches N] [--rows N]");
    process.exit(2);
  }
}
if (!opts.url) opts.url = process.env.SURREAL_URL ?? "";
if (!opts.url) {
  console.error("js_sdk_bench.mjs: --url (or SURREAL_URL) is required");
  process.exit(2);
}

const faults = () => process.resourceUsage().minorPageFault;
const now = () => ({ wall: process.hrtime.bigint(), cpu: process.cpuUsage(), faults: faults() });
const since = (start) => {
  const wall = Number(process.hrtime.bigint() - start.wall) / 1e9;
  const cpu = process.cpuUsage(start.cpu);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, faults: faults() - start.faults };
};
const report = (name, unit, ops, s, extra = "") => {
  console.log(
    `bench ${name} ${unit}=${ops} wall_s=${s.wall.toFixed(4)} ${unit}_per_s=${(ops / s.wall).toFixed(1)} ` +
      `cpu_s=${s.cpu.toFixed(4)} cpu_us_per_op=${((s.cpu * 1e6) / ops).toFixed(3)} page_faults=${s.faults}${extra}`,
  );
};

const makeRows = (first, count) => {
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const n = first + i;
    rows[i] = { name: `row-${n}`, n, score: n * 0.5, active: n % 2 === 0, tags: ["alpha", "beta"] };
  }
  return rows;
};

const db = new Surreal();
try {
  console.log(`# js_sdk_bench (surrealdb JS SDK) against ${opts.url}`);
  await db.connect(opts.url);
  await db.signin({ username: "root", password: "root" });
  await db.use({ namespace: "bench", database: "js" });

  // a. sequential. Both benches warm up untimed first: V8 compiles the SDK's hot paths over the first thousands
  // of calls (its CPU per call more than halves), and a short timed run would charge the JIT to the SDK.
  for (let i = 0; i < 1000; i++) await db.query("RETURN 1");
  let start = now();
  for (let i = 0; i < opts.seq; i++) await db.query("RETURN 1");
  report("ws_seq_return1", "ops", opts.seq, since(start));

  // b. 64 in flight: 64 async workers, each awaiting its calls in turn (after an untimed warm-up round)
  const worker = (calls) => async () => {
    for (let i = 0; i < calls; i++) await db.query("RETURN 1");
  };
  await Promise.all(Array.from({ length: 64 }, worker(20)));
  start = now();
  await Promise.all(Array.from({ length: 64 }, worker(opts.perThread)));
  report("ws_par64_return1", "ops", 64 * opts.perThread, since(start), " in_flight=64");

  // c. inserts of 1,000-record batches
  await db.query("REMOVE TABLE IF EXISTS bench_insert");
  const data = Array.from({ length: opts.batches }, (_, b) => makeRows(b * 1000, 1000));
  await db.insert(new Table("bench_warm"), makeRows(0, 1000));
  start = now();
  for (const rows of data) await db.insert(new Table("bench_insert"), rows);
  report("insert_batch1000", "records", opts.batches * 1000, since(start), ` batches=${opts.batches} batch=1000`);

  // d. end-to-end select
  await db.query("REMOVE TABLE IF EXISTS bench_select");
  for (let first = 0; first < opts.rows; first += 1000) {
    await db.insert(new Table("bench_select"), makeRows(first, Math.min(1000, opts.rows - first)));
  }
  await db.query("SELECT * FROM bench_select LIMIT 1000");
  start = now();
  const [result] = await db.query("SELECT * FROM bench_select");
  const s = since(start);
  if (result.length !== opts.rows) throw new Error(`select returned ${result.length} records`);
  report("select_100k", "records", result.length, s);
  // the same select 3 more times, as surreal_bench.cpp does after its first
  const warmSelects = 3;
  start = now();
  for (let i = 0; i < warmSelects; i++) {
    const [again] = await db.query("SELECT * FROM bench_select");
    if (again.length !== opts.rows) throw new Error(`a repeated select returned ${again.length} records`);
  }
  report("select_100k_warm", "records", opts.rows * warmSelects, since(start), ` selects=${warmSelects}`);
} catch (e) {
  console.error(`js_sdk_bench.mjs: ${e?.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await db.close().catch(() => {});
}
