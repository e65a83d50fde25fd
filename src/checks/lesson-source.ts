/**
 * What the tests need from a lesson's MDX source: its `<Editor code={`…`}/>` programs and its
 * `<Exercise id="…"/>` embeds. Same rules as validate_with_cpython.py, so both run the same code.
 */

export interface LessonEditor {
  id: string;
  code: string;
  expectError: boolean;
}

const EXERCISE_TAG = /<Exercise\s+id="([^"]+)"\s*\/>/g;
const EDITOR_TAG = /<Editor\b([\s\S]*?)code=\{`((?:[^`\\]|\\.)*)`\}([\s\S]*?)\/>/g;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '`': '`', $: '$', "'": "'", '"': '"' };

export function embeddedExercises(mdx: string): string[] {
  return [...mdx.matchAll(EXERCISE_TAG)].map((m) => m[1]);
}

/**
 * The value of an editor's template literal as the built page shows it. MDX removes up to two
 * leading spaces from every continuation line of an expression (syntax-tree/mdast-util-mdx-jsx#15),
 * so lessons indent code lines by two; undo it the same way.
 */
export function templateLiteralValue(raw: string): string {
  const lines = raw.split('\n');
  const dedented = [lines[0], ...lines.slice(1).map((line) => line.replace(/^ {1,2}/, ''))].join('\n');
  return dedented.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? c);
}

export function lessonEditors(mdx: string): LessonEditor[] {
  return [...mdx.matchAll(EDITOR_TAG)].map((m) => {
    const attrs = `${m[1]} ${m[3]}`;
    return {
      id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '',
      code: templateLiteralValue(m[2]),
      expectError: /\bexpectError\b/.test(attrs),
    };
  });
}

/** Addresses differ between runs (ASLR in CPython, allocation order here): compare their shape. */
export function normalizeAddresses(text: string): string {
  return text.replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}
