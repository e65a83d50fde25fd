/**
 * The output panel. Program output is untrusted text: it is only ever inserted with text nodes and
 * textContent, never parsed as HTML.
 */
export class OutputView {
  constructor(private readonly panel: HTMLElement) {}

  clear(): void {
    this.panel.replaceChildren();
    this.panel.hidden = true;
  }

  start(): void {
    this.panel.replaceChildren();
    this.panel.hidden = false;
  }

  append(stream: 'stdout' | 'stderr', text: string): void {
    const last = this.panel.lastChild;
    if (stream === 'stdout') {
      if (last instanceof Text) last.appendData(text);
      else this.panel.append(document.createTextNode(text));
      return;
    }
    if (last instanceof HTMLElement && last.classList.contains('pml-stderr')) {
      last.textContent += text;
      return;
    }
    const span = document.createElement('span');
    span.className = 'pml-stderr';
    span.textContent = text;
    this.panel.append(span);
  }

  /** A message from the site (not from the program), visually distinct from output. */
  notice(text: string): void {
    const p = document.createElement('span');
    p.className = 'pml-notice';
    const lead = this.panel.textContent && !this.panel.textContent.endsWith('\n') ? '\n' : '';
    p.textContent = `${lead}${text}\n`;
    this.panel.append(p);
  }

  get text(): string {
    return this.panel.textContent ?? '';
  }
}
