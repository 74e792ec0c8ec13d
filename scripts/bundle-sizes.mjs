// Reads a Vite build manifest and measures what each page loads, in gzip bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size (level 9, like a static server's precompression) of one built file. */
function gzipBytes(dir, file) {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
}

/** Every chunk key reachable from `key` through static imports, `key` included. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/**
 * First-page JavaScript (the entry and its static imports) and, per lazily loaded page, the
 * JavaScript that page adds on top of the first page.
 */
export function measureBuild(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error(`no entry in ${dir}`);
  const first = staticClosure(manifest, entryKey);
  const size = (keys) => [...keys].reduce((sum, k) => sum + gzipBytes(dir, manifest[k].file), 0);
  const files = (keys) => [...keys].map((k) => manifest[k].file);
  const routes = Object.keys(manifest)
    .filter((k) => manifest[k].isDynamicEntry)
    .map((k) => {
      const own = new Set([...staticClosure(manifest, k)].filter((c) => !first.has(c)));
      // A page's lazily loaded parts (its chart) count towards it too.
      for (const d of manifest[k].dynamicImports ?? []) {
        for (const c of staticClosure(manifest, d)) if (!first.has(c)) own.add(c);
      }
      return { source: k, gzipBytes: size(own), files: files(own) };
    })
    .sort((a, b) => a.source.localeCompare(b.source));
  const allJs = Object.values(manifest)
    .map((m) => m.file)
    .filter((f) => f.endsWith('.js'));
  return {
    entry: entryKey,
    firstPage: { gzipBytes: size(first), files: files(first) },
    routes,
    // The in-page demo API (Hono, the seed) and msw must never weigh on the first page.
    demoApiInFirstPage: [...first].some((k) => k.startsWith('server/') || k.includes('node_modules/hono')),
    demoApiAnywhere: Object.keys(manifest).some((k) => k.startsWith('server/')),
    mswAnywhere: allJs.some((f) => /mockServiceWorker|msw\//.test(readFileSync(join(dir, f), 'utf8'))),
  };
}
