#!/usr/bin/env node
// The suite's command. In this repository it runs the TypeScript source through tsx; a packed copy
// (which ships dist/, not src/) runs the bundle `npm run build -w conformance` made.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli.mjs', import.meta.url).href);
}
