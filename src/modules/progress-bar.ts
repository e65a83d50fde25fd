/**
 * A progress bar for long grading batches, on stderr so the CSV on stdout stays clean. On a
 * terminal it redraws one line; in a log (not a TTY) it prints a line every 10 %.
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class ProgressBar {
  private lastDecile = -1;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly label = 'reports',
  ) {}

  render(done: number, note = ''): string {
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const tail = note ? `  ${note}` : '';
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${this.label}  ${seconds} s${tail}`;
  }

  update(done: number, note = ''): void {
    if (this.stream.isTTY) {
      const line = this.render(done, note).slice(0, Math.max(20, (this.stream.columns ?? 80) - 1));
      this.stream.write(`\r\x1b[2K${line}`);
      return;
    }
    const decile = this.total === 0 ? 10 : Math.floor((done / this.total) * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.render(done, note)}\n`);
    }
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
