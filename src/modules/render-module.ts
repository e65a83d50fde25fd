/**
 * Builds a module's view in the browser, for modules that arrive in a link. The same markup as
 * ModuleView.astro, made with createElement/textContent only: nothing from the link is ever
 * parsed as HTML.
 */
import { formatDue } from './due.ts';
import { exerciseHref, lessonHref } from './hrefs.ts';
import { describePassRule, exerciseIds } from './pass-rule.ts';
import type { Catalog, ModuleData } from './types.ts';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const KIND_LABEL = { code: 'write code', predict: 'predict the output', choose: 'choose' } as const;

/** @param back the page's own path and query, for the exercises' way back */
export function renderModule(module: ModuleData, catalog: Catalog, back: string): HTMLElement {
  const lessons = new Map(catalog.lessons.map((l) => [l.id, l]));
  const exercises = new Map(catalog.exercises.map((e) => [e.id, e]));
  const total = exerciseIds(module).length;

  const header = el('header', { class: 'pml-module__header' }, el('p', { class: 'pml-module__kicker' }, el('a', { href: '/modules/' }, 'Modules'), ' · shared by link'));
  header.append(el('h1', { 'data-module-title': '' }, module.title));
  const meta: (Node | string)[] = [];
  if (module.instructor) meta.push(el('span', {}, `Set by ${module.instructor}`));
  if (module.instructor && module.due) meta.push(' · ');
  if (module.due) meta.push(el('span', {}, 'Due ', el('time', { datetime: module.due }, formatDue(module.due))));
  if (meta.length) header.append(el('p', { class: 'pml-module__meta' }, ...meta));
  if (module.description) header.append(el('p', { class: 'pml-module__description' }, module.description));
  header.append(el('p', { class: 'pml-module__rule' }, describePassRule(module)));

  const progress = el(
    'section',
    { class: 'pml-module__progress', 'aria-labelledby': 'module-progress-heading' },
    el('h2', { id: 'module-progress-heading' }, 'Your progress'),
    el('progress', { 'data-module-progress-bar': '', max: String(Math.max(total, 1)), value: '0', 'aria-labelledby': 'module-progress-heading', 'aria-describedby': 'module-progress-text' }),
    el('p', { id: 'module-progress-text', 'data-module-progress-text': '' }, `0 of ${total} exercises passed.`),
  );

  const list = el('ol', { class: 'pml-module__items' });
  for (const item of module.items) {
    if (item.kind === 'lesson') {
      list.append(
        el('li', { 'data-item-kind': 'lesson', 'data-item-id': item.id, 'data-status': 'not-started' },
          el('span', { class: 'pml-module__kind' }, 'Lesson'),
          el('a', { href: lessonHref(item.id) }, lessons.get(item.id)?.title ?? item.id),
          el('span', { class: 'pml-module__status', 'data-item-status': '' }, 'Not read yet')),
      );
    } else {
      const exercise = exercises.get(item.id);
      list.append(
        el('li', { 'data-item-kind': 'exercise', 'data-item-id': item.id, 'data-status': 'not-started' },
          el('span', { class: 'pml-module__kind' }, `Exercise (${exercise ? KIND_LABEL[exercise.kind] : 'exercise'})`),
          el('a', { href: exerciseHref(item.id, back) }, exercise?.title ?? item.id),
          el('span', { class: 'pml-module__status', 'data-item-status': '' }, 'Not started')),
      );
    }
  }
  const items = el('section', { 'aria-labelledby': 'module-items-heading' }, el('h2', { id: 'module-items-heading' }, 'Lessons and exercises, in order'), list);
  return el('article', { class: 'pml-module', 'data-module-root': '', 'data-module-id': module.id }, header, progress, items);
}

/** The error view of a link that failed validation: every problem, as text. */
export function renderProblems(problems: readonly string[]): HTMLElement {
  const box = el('div', { class: 'pml-module__problems', role: 'alert' });
  box.append(el('h1', {}, 'This module link can’t be opened'));
  box.append(el('p', {}, 'The link has these problems, so none of it was used. Ask the person who shared it for a corrected link.'));
  box.append(el('ul', {}, ...problems.map((p) => el('li', {}, p))));
  box.append(el('p', {}, el('a', { href: '/modules/' }, 'See the course’s modules')));
  return box;
}
