/**
 * Pure serializers: data in, string out. JSON is indented by two spaces; YAML keeps the same data
 * (strings that look like numbers, dates or booleans stay strings) and parses back to it; NDJSON
 * writes one compact line per record.
 */
import YAML from 'yaml';

export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 2) + '\n';
}

export function toYaml(data: unknown): string {
  return YAML.stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function toNdjsonLine(data: unknown): string {
  return JSON.stringify(data) + '\n';
}
