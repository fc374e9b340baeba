/**
 * The README's table of every output field, made from the JSON Schema's descriptions (a test keeps
 * them in step): the document, then each kind of fact and the speaker.
 */
import { readFileSync } from 'node:fs';
import { TOP } from '../paths.js';

interface Node {
  type?: string | string[];
  enum?: unknown[];
  $ref?: string;
  items?: Node;
  description?: string;
  properties?: Record<string, Node>;
}

const typeOf = (n: Node): string => {
  if (n.enum) return n.enum.map((v) => (v === null ? 'null' : String(v))).join(' \\| ');
  if (n.$ref) return n.$ref.split('/').pop()!;
  if (n.type === 'array' && n.items) return `${typeOf(n.items)}[]`;
  return Array.isArray(n.type) ? n.type.join(' \\| ') : (n.type ?? '');
};

export function fieldsTable(schemaPath = new URL('../schema/extract.schema.json', TOP)): string {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { definitions: Record<string, Node> };
  const rows: string[] = ['| where | field | type | what it is |', '| --- | --- | --- | --- |'];
  for (const [where, def] of [
    ['document', 'document'],
    ['every fact', 'offsets'],
    ['every fact', 'fact'],
    ['number', 'number'],
    ['date', 'date'],
    ['place', 'place'],
    ['quote', 'quote'],
    ['quote speaker', 'speaker'],
  ] as const) {
    for (const [field, node] of Object.entries(schema.definitions[def]?.properties ?? {})) {
      rows.push(`| ${where} | \`${field}\` | ${typeOf(node)} | ${(node.description ?? '').replace(/\|/g, '\\|')} |`);
    }
  }
  return rows.join('\n');
}
