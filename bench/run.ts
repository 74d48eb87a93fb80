/**
 * `npm run bench [-- --json PATH] [--only NAME]`: runs every `bench/*.bench.ts` (each exports
 * `run(): Promise<Record<string, number>>`), prints a table and optionally writes one flat JSON
 * object of all figures. Figures are ratios against baselines measured in the same run where the
 * issue asks for one, so they compare across machines.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const figures: Record<string, number> = {};
for (const file of files) {
  const started = Date.now();
  process.stdout.write(`▶ ${file}… `);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<Record<string, number>> };
  const result = await module.run();
  Object.assign(figures, result);
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const width = Math.max(...Object.keys(figures).map((k) => k.length), 10);
console.log(`\n${'figure'.padEnd(width)}  value`);
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(3)}`);
if (jsonPath) {
  writeFileSync(jsonPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${jsonPath}`);
}
process.exit(0);
