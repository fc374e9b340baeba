/**
 * The one error type the library throws: for bad options and for inputs it cannot read. Odd text
 * never throws. `code` is stable and machine-readable; `hint` says what to do.
 */
export type ErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'EISDIR'
  | 'NO_TEXT_FILES'
  | 'BINARY'
  | 'EMPTY'
  | 'BAD_JSONL'
  | 'BAD_OPTION'
  | 'BAD_DATA'
  | 'READ_FAILED';

export class ExtractError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, opts: { path?: string | null; hint?: string } = {}) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
    this.path = opts.path ?? null;
    this.hint = opts.hint ?? '';
  }

  /** `<path>: <what happened>. <what to do>.` — the one-line form the CLI prints. */
  describe(): string {
    const where = this.path ? `${this.path}: ` : '';
    const hint = this.hint ? ` ${this.hint}` : '';
    return `${where}${this.message}.${hint}`;
  }
}
