/** The README's options table, made from the same data as `--help` (a test keeps them in step). */
import { OPTIONS } from './cli-options.js';

export function optionsTable(): string {
  const rows = OPTIONS.map((o) => `| \`${o.flags}\` | ${o.commands.join(', ')} | ${o.description.replace(/\|/g, '\\|')} |`);
  return ['| option | commands | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}
