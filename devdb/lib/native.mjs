// Loads the engines' native addons directly.
//
// Both engines are npm aliases of the same package name (@surrealdb/node), and their JS loaders
// look for platform packages by name (`@surrealdb/node-linux-x64-gnu`), so letting each loader
// resolve its own binary could pick the other version's one. Both tarballs ship their binaries
// inside the package itself, so devdb requires the exact .node file from each alias directory.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function platformTriple() {
  const { platform, arch } = process;
  if (platform === 'linux') {
    const glibc = process.report?.getReport?.()?.header?.glibcVersionRuntime;
    return `linux-${arch}-${glibc ? 'gnu' : 'musl'}`;
  }
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

// devdb/node_modules/<alias> (the aliases' `exports` hide package.json from require.resolve).
function pkgDir(alias) {
  const dir = fileURLToPath(new URL(`../node_modules/${alias}`, import.meta.url));
  if (!existsSync(dir)) throw new Error(`${alias} is not installed in devdb/node_modules (run "npm ci" in devdb/)`);
  return dir;
}

export function loadNative(major) {
  const triple = platformTriple();
  const candidates = [];
  if (major === 3) {
    candidates.push(join(pkgDir('surreal-engine-3'), 'dist', `surrealdb-node.${triple}.node`));
  } else if (major === 2) {
    const dir = pkgDir('surreal-engine-2');
    candidates.push(join(dir, 'npm', triple, `surrealdb.node.${triple}.node`));
    candidates.push(join(dir, `surrealdb.node.${triple}.node`));
    try { candidates.push(join(dirname(require.resolve(`@surrealdb/node-${triple}/package.json`)), `surrealdb.node.${triple}.node`)); } catch { /* not installed */ }
  } else {
    throw new Error(`unknown engine ${major} (use 3 or 2)`);
  }
  for (const file of candidates) if (existsSync(file)) return require(file);
  throw new Error(`no SurrealDB ${major}.x addon for ${triple}; looked at:\n  ${candidates.join('\n  ')}\n(run "npm ci" in devdb/)`);
}
