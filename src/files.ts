/** The streaming API over files: read each input, extract, yield, one document at a time. */
import { ExtractError } from './errors.js';
import { extract } from './extract.js';
import { readInputs, type ReadOptions } from './input.js';
import type { DateStyle, DocResult, FactKind } from './types.js';

export interface FileOptions extends ReadOptions {
  /** Used for documents whose own metadata gives no date. */
  referenceDate?: string | null;
  only?: readonly FactKind[];
  dateStyle?: DateStyle;
  /** Receives the debug trace, prefixed with the document id. */
  trace?: (message: string) => void;
}

export type FileEvent =
  | { type: 'document'; result: DocResult; warnings: ExtractError[] }
  | { type: 'error'; error: ExtractError };

/**
 * Extracts from every document under `paths` (files, folders, `-` for standard input), yielding
 * results and errors in input order. One bad input never stops the others.
 *
 * @example for await (const ev of extractFiles(['seeds/'])) if (ev.type === 'document') console.log(ev.result.id)
 */
export async function* extractFiles(paths: readonly string[], opts: FileOptions = {}): AsyncGenerator<FileEvent> {
  for await (const ev of readInputs(paths, opts)) {
    if (ev.type === 'error') {
      yield ev;
      continue;
    }
    const { input } = ev;
    const trace = opts.trace ? (m: string) => opts.trace!(`${input.id}: ${m}`) : undefined;
    const result = extract(
      input.text,
      { id: input.id, source: input.source, referenceDate: input.date ?? opts.referenceDate ?? null, only: opts.only, dateStyle: opts.dateStyle },
      { trace },
    );
    yield { type: 'document', result, warnings: ev.warnings };
  }
}
