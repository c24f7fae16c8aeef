#!/usr/bin/env node
// Compiles the package in the current folder: src/**/*.ts to dist/**/*.js (with source maps) and every other file
// of src/ copied beside, so that paths made from import.meta.url (schema.graphql, ../../drizzle) hold in both.
// The sources import each other without extensions (TypeScript's bundler resolution, as tsx and vitest read them);
// plain node needs the file itself, so each relative import is rewritten to the .js file it compiles to. Each file
// is compiled on its own (the sources are written for isolatedModules); `npm run typecheck` checks the types.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const source = resolve('src');
const output = resolve('dist');

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** './config' → './config.js', './resolvers' → './resolvers/index.js'; anything else is left alone. */
function runnableSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return specifier;
  const target = resolve(dirname(fromFile), specifier);
  if (existsSync(`${target}.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.ts'))) return `${specifier}/index.js`;
  return specifier;
}

const IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\2/g;

rmSync(output, { recursive: true, force: true });
for (const file of filesUnder(source)) {
  const target = join(output, relative(source, file));
  mkdirSync(dirname(target), { recursive: true });
  if (!file.endsWith('.ts') || file.endsWith('.d.ts')) {
    if (statSync(file).isFile()) copyFileSync(file, target);
    continue;
  }
  const compiled = ts.transpileModule(await readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      sourceMap: true,
    },
  });
  const js = target.replace(/\.ts$/, '.js');
  const code = compiled.outputText.replace(
    IMPORT,
    (_all, keyword, quote, specifier) => `${keyword}${quote}${runnableSpecifier(file, specifier)}${quote}`,
  );
  writeFileSync(js, code);
  writeFileSync(`${js}.map`, compiled.sourceMapText ?? '');
}
