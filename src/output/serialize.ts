/**
 * Pure serializers: data in, string out. JSON is indented by two spaces; YAML keeps the same data
 * (strings that look like numbers, dates or booleans stay strings) and parses back to it; NDJSON
 * writes one compact line per record.
 */
import { yaml } from '../io/yaml.js';
import { SCHEMA_NAME } from './envelope.js';

export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 2) + '\n';
}

export function toYaml(data: unknown): string {
  return yaml().stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function toNdjsonLine(data: unknown): string {
  return JSON.stringify(data) + '\n';
}

/**
 * `-f json` written as it goes: the same text as toJson(envelope(documents, summary)), one
 * document at a time, so a run never holds more than one document's output; the summary comes
 * out entry by entry.
 */
export class JsonEnvelopeWriter {
  private count = 0;

  /** The text to write for the next document (the envelope's opening comes with the first). */
  document(doc: unknown): string {
    return this.documentHead() + envelopeDocument(doc);
  }

  /** What comes before the next document's own text (written on a worker, as bytes): the envelope's opening, or a comma. */
  documentHead(): string {
    return this.count++ === 0 ? `{\n  "schema": ${JSON.stringify(SCHEMA_NAME)},\n  "documents": [\n` : ',\n';
  }

  /**
   * The rest, in pieces: the documents' closing, the inputs that failed (when any), the summary
   * (when given) and the envelope's closing.
   */
  *end(summary: unknown | null, failed: readonly unknown[] = []): Generator<string> {
    yield this.count === 0 ? `{\n  "schema": ${JSON.stringify(SCHEMA_NAME)},\n  "documents": []` : '\n  ]';
    if (failed.length) yield `,\n  "failed": ${jsonText(failed, '  ')}`;
    if (summary !== null && summary !== undefined) {
      yield ',\n  "summary": ';
      yield* jsonPieces(summary, '  ', 2);
    }
    yield '\n}\n';
  }
}

/** A document as the JSON envelope writes it, in its list: indented four spaces. */
export function envelopeDocument(doc: unknown): string {
  return '    ' + jsonText(doc, '    ');
}

/** JSON.stringify(value, null, 2) for a value written at indentation `pad`. */
function jsonText(value: unknown, pad: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/**
 * jsonText(value, pad) in pieces: objects and arrays are opened `levels` deep, so no piece holds
 * more than one entry of a long list.
 */
function* jsonPieces(value: unknown, pad: string, levels: number): Generator<string> {
  if (levels === 0 || value === null || typeof value !== 'object') {
    yield jsonText(value, pad);
    return;
  }
  const inner = pad + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // JSON.stringify writes undefined and functions in arrays as null
      yield* jsonPieces(value[i] === undefined || typeof value[i] === 'function' ? null : value[i], inner, levels - 1);
    }
    yield `\n${pad}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
    yield* jsonPieces(v, inner, levels - 1);
  }
  yield `\n${pad}}`;
}

/** `-f yaml` written as it goes, as JsonEnvelopeWriter: parses back to the same data as toYaml(envelope(…)). */
export class YamlEnvelopeWriter {
  private count = 0;

  document(doc: unknown): string {
    const head = this.count++ === 0 ? `schema: ${SCHEMA_NAME}\ndocuments:\n` : '';
    return head + indent(toYaml([doc]).replace(/\n$/, ''), '  ') + '\n';
  }

  /** The rest, in pieces: the inputs that failed (when any), the summary section by section, each list entry by entry. */
  *end(summary: unknown | null, failed: readonly unknown[] = []): Generator<string> {
    if (this.count === 0) yield `schema: ${SCHEMA_NAME}\ndocuments: []\n`;
    if (failed.length) yield toYaml({ failed });
    if (summary === null || summary === undefined) return;
    yield 'summary:\n';
    for (const [k, v] of Object.entries(summary as Record<string, unknown>)) {
      if (Array.isArray(v) && v.length > 0) {
        yield `  ${k}:\n`;
        for (const item of v) yield indent(toYaml([item]).replace(/\n$/, ''), '    ') + '\n';
      } else yield indent(toYaml({ [k]: v }).replace(/\n$/, ''), '  ') + '\n';
    }
  }
}

/** Every line of `s` indented by `pad` (empty lines too, as JSON.stringify never makes them). */
function indent(s: string, pad: string): string {
  return pad + s.replace(/\n/g, `\n${pad}`);
}
