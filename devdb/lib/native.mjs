// Loads the engines' native addons directly.
//
// The engines are installed under npm aliases (see package.json):
// - surreal-engine-3 = @surrealdb/node@3.0.3, whose tarball ships every platform's binary in dist/;
// - surreal-engine-2 = @surrealdb/node-linux-x64-gnu@1.0.0-beta.3, the bare platform package of
//   @surrealdb/node@1.0.0-beta.3. Depending on that umbrella package instead breaks `npm ci`
//   (some of its optional per-platform packages cannot be locked), and its loader would look
//   the platform package up by a name both versions share.
// So devdb requires the exact .node file from each alias directory, bypassing the JS loaders.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
    candidates.push(join(dir, `surrealdb.node.${triple}.node`));
  } else {
    throw new Error(`unknown engine ${major} (use 3 or 2)`);
  }
  for (const file of candidates) if (existsSync(file)) return require(file);
  throw new Error(`no SurrealDB ${major}.x addon for ${triple}; looked at:\n  ${candidates.join('\n  ')}\n(run "npm ci" in devdb/)`);
}
