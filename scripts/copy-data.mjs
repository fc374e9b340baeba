// Copies the data files (gazetteers, lexicons) next to the compiled code, where lexicon.ts looks
// for them: `src/data/*` -> `dist/data/*`. Run by `npm run build`.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist'), { recursive: true });
cpSync(join(root, 'src', 'data'), join(root, 'dist', 'data'), { recursive: true });
