// Development aid: runs the library (from source, via tsx) over ../shared/seeds.jsonl and prints
// the JSON that score.mjs reads, so extractor work can be scored without a build:
//   npx tsx scripts/seeds-json.ts | node ../shared/tools/score.mjs --gold ../shared/gold --texts ../shared/seeds --verbose
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';

const file = process.argv[2] ?? '../shared/seeds.jsonl';
const documents = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; date?: string })
  .map((r) => extract(r.text, { id: r.id, source: file, referenceDate: r.date ?? null }));
process.stdout.write(JSON.stringify({ documents }, null, 2) + '\n');
