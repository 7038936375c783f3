/**
 * No import cycles (ARCHITECTURE.md): a cycle makes two modules one in disguise, breaks initialisation order under
 * the bundler and hides which layer owns what. `local/no-import-cycle` reports an import whose target leads back
 * to the importing file. The project's module graph is read from disk once per lint run (TypeScript's own
 * import scanner, type-only imports included); the file being linted contributes its edges from the text being
 * linted, so an editor buffer or a probe file is judged as written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = import.meta.dirname;
const SOURCE_DIRS = ['shared', 'electron', 'renderer', 'server', 'scripts', 'tests'];
const SKIP = new Set(['node_modules', 'dist', 'release', 'coverage', 'test-output', '.cache', 'fixtures']);
const EXTENSIONS = ['.ts', '.tsx'];

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A relative specifier resolved to a project file, or null for packages and anything outside the project. */
function resolveImport(from, spec, files) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, `index${e}`)),
  ])
    if (files.has(candidate)) return candidate;
  return null;
}

const importsOf = (file, text, files) =>
  ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => resolveImport(file, i.fileName, files))
    .filter((x) => x !== null);

let cached = null;
function projectGraph() {
  if (cached !== null) return cached;
  const files = new Set(SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d), [])));
  const graph = new Map();
  for (const f of files) graph.set(f, importsOf(f, readFileSync(f, 'utf8'), files));
  cached = { files, graph };
  return cached;
}

/** The path from `start` back to `target` through the graph, or null. */
function pathBack(graph, start, target) {
  const seen = new Set([start]);
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [node, path] = stack.pop();
    for (const next of graph.get(node) ?? []) {
      if (next === target) return path;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push([next, [...path, next]]);
    }
  }
  return null;
}

const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between project modules' },
    schema: [],
    messages: {
      cycle: 'Import cycle: {{chain}}. Move the shared piece into its own module (ARCHITECTURE.md).',
    },
  },
  create(context) {
    const file = resolve(context.filename);
    const { files, graph } = projectGraph();
    const known = new Set(files).add(file);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const target = resolveImport(file, spec, known);
      if (target === null) return;
      if (target === file) {
        context.report({ node, messageId: 'cycle', data: { chain: `${relative(ROOT, file)} → itself` } });
        return;
      }
      const back = pathBack(graph, target, file);
      if (back === null) return;
      const chain = [file, ...back, file].map((f) => relative(ROOT, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { chain } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export const cycles = [
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  },
];
