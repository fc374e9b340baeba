/**
 * The progress line on stderr for long runs: documents done (of the total, once counted), MB/s
 * and the time left. Drawn at most a few times a second, only on a terminal, and erased at the end.
 */
const REDRAW_MS = 250;
/** Runs shorter than this never draw: a quick run should leave the terminal as it was. */
const QUIET_START_MS = 1000;

/** The progress lines drawn now, erased by {@link eraseProgress} when the process must exit at once. */
const active = new Set<Progress>();

/**
 * Erases every progress line drawn (synchronously): for an exit that skips the normal end, as when
 * the reader of standard output goes away (`| head`).
 */
export function eraseProgress(): void {
  for (const p of active) p.end();
}

export class Progress {
  private done = 0;
  private bytes = 0;
  private total: number | null = null;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    total?: Promise<number | null>,
  ) {
    total?.then(
      (n) => (this.total = n),
      () => {},
    );
  }

  /** One document (or failed input) done; `bytes` is the size of its text. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.started < QUIET_START_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    active.add(this);
    this.stream.write(`\r${this.line(now)}\x1b[K`);
  }

  /** Erases the line. */
  end(): void {
    active.delete(this);
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private line(now: number): string {
    const secs = (now - this.started) / 1000;
    const mbps = this.bytes / 1e6 / secs;
    const of = this.total !== null ? `/${this.total}` : '';
    let eta = '';
    if (this.total !== null && this.done > 0 && this.total >= this.done) {
      eta = `, ${clock(((this.total - this.done) * secs) / this.done)} left`;
    }
    return `extract: ${this.done}${of} documents, ${mbps.toFixed(2)} MB/s${eta}`;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
