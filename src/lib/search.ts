/**
 * Search page: queries the Pagefind index that `npm run build` writes to dist/pagefind/ after
 * `astro build`. Results are built with DOM APIs; Pagefind's excerpt is reduced to text + <mark>.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
  return pagefind;
}

function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(excerpt, 'text/html');
  const nodes: Node[] = [];
  doc.body.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  });
  return nodes;
}

async function search(query: string, status: HTMLElement, list: HTMLElement): Promise<void> {
  list.replaceChildren();
  status.textContent = 'Searching…';
  let engine: Pagefind;
  try {
    engine = await loadPagefind();
  } catch {
    status.textContent = 'Search is available on the built site (npm start).';
    return;
  }
  const { results } = await engine.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  for (const item of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta.title ?? item.url;
    const p = document.createElement('p');
    p.append(...excerptNodes(item.excerpt));
    li.append(a, p);
    list.append(li);
  }
  status.textContent = data.length === 0 ? `No lesson mentions “${query}”.` : `${data.length} result${data.length === 1 ? '' : 's'} for “${query}”.`;
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial, status, list);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void search(query, status, list);
  });
}
