/** `/modules/shared/?v=1&…`: validates the link against the course, then shows the module or the problems. */
import { decodeModuleLink, SHARED_PATH } from './link.ts';
import { initModulePage } from './module-page.ts';
import { renderModule, renderProblems } from './render-module.ts';
import type { Catalog } from './types.ts';

export function initSharedPage(main: HTMLElement): void {
  const data = main.querySelector<HTMLScriptElement>('script[data-shared-json]');
  const slot = main.querySelector<HTMLElement>('[data-shared-slot]');
  const report = main.querySelector<HTMLElement>('[data-shared-report]');
  if (!data?.textContent || !slot || !report) return;
  const { catalog, courseVersion } = JSON.parse(data.textContent) as { catalog: Catalog; courseVersion: string };
  const decoded = decodeModuleLink(location.search, {
    lessons: new Set(catalog.lessons.map((l) => l.id)),
    exercises: new Set(catalog.exercises.map((e) => e.id)),
  });
  if (!decoded.ok) {
    slot.replaceChildren(renderProblems(decoded.problems));
    document.title = 'Module link problem · Python Memory Lab';
    return;
  }
  const { module } = decoded;
  const root = renderModule(module, catalog, `${SHARED_PATH}${location.search}`);
  report.hidden = false;
  root.append(report);
  slot.replaceChildren(root);
  document.title = `${module.title} · Python Memory Lab`;
  const kinds = Object.fromEntries(catalog.exercises.filter((e) => module.items.some((i) => i.kind === 'exercise' && i.id === e.id)).map((e) => [e.id, e.kind]));
  initModulePage(root, { module, kinds, courseVersion, link: location.search });
}
