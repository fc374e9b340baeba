// Empties dist/ before a build, so that nothing from an older build (a renamed module, an old
// bundle or code cache) is run or packed. Run by `npm run build` first.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
