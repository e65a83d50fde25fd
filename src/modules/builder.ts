/**
 * The module builder page (`/modules/new/`): search and filter the course, add items, reorder them
 * with buttons (keyboard-operable, focus kept on the moved item, moves announced), and read off
 * the shareable link and the YAML as the form changes.
 */
import { addItem, builderOutput, emptyState, itemKey, matches, moveItem, removeItem, type BuilderState } from './builder-state.ts';
import type { ModuleItem } from './types.ts';

export function initBuilder(form: HTMLFormElement): void {
  let state: BuilderState = emptyState();
  const $ = <T extends Element>(selector: string): T => form.querySelector<T>(selector)!;
  const title = $<HTMLInputElement>('#builder-title');
  const description = $<HTMLTextAreaElement>('#builder-description');
  const instructor = $<HTMLInputElement>('#builder-instructor');
  const due = $<HTMLInputElement>('#builder-due');
  const passCount = $<HTMLInputElement>('#builder-pass-count');
  const search = $<HTMLInputElement>('#builder-search');
  const topic = $<HTMLSelectElement>('#builder-topic');
  const count = $<HTMLElement>('[data-catalog-count]');
  const catalogItems = [...form.querySelectorAll<HTMLLIElement>('[data-catalog-item]')];
  const chosen = $<HTMLOListElement>('[data-chosen]');
  const empty = $<HTMLElement>('[data-chosen-empty]');
  const problems = $<HTMLElement>('[data-output-problems]');
  const link = $<HTMLInputElement>('#builder-link');
  const open = $<HTMLAnchorElement>('[data-open-link]');
  const yaml = $<HTMLTextAreaElement>('#builder-yaml');
  const yamlLabel = $<HTMLElement>('[data-yaml-file]');
  const announce = $<HTMLElement>('[data-announce]');
  const titles = new Map(catalogItems.map((li) => [`${li.dataset.kind}:${li.dataset.id}`, li.dataset.title ?? '']));

  const say = (text: string): void => {
    announce.textContent = text;
  };

  function filter(): void {
    let shown = 0;
    for (const li of catalogItems) {
      const wanted = topic.value === '' || (topic.value === 'lessons' ? li.dataset.kind === 'lesson' : li.dataset.topic === topic.value);
      li.hidden = !(wanted && matches(li.dataset.search ?? '', search.value));
      if (!li.hidden) shown++;
    }
    count.textContent = `${shown} of ${catalogItems.length} shown`;
  }

  function button(label: string, name: string, action: string, key: string, disabled: boolean): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'pml-button';
    b.textContent = label;
    b.setAttribute('aria-label', name);
    b.dataset.action = action;
    b.dataset.key = key;
    if (disabled) b.setAttribute('aria-disabled', 'true');
    return b;
  }

  function renderChosen(focus?: { key: string; action: string }): void {
    chosen.replaceChildren(
      ...state.items.map((item, i) => {
        const key = itemKey(item);
        const name = titles.get(key) ?? item.id;
        const li = document.createElement('li');
        li.dataset.key = key;
        const label = document.createElement('span');
        label.textContent = `${i + 1}. ${name} `;
        const meta = document.createElement('span');
        meta.className = 'pml-builder__meta';
        meta.textContent = item.kind === 'lesson' ? '(lesson)' : '(exercise)';
        label.append(meta);
        const buttons = document.createElement('span');
        buttons.className = 'pml-builder__buttons';
        buttons.append(
          button('↑', `Move ${name} up`, 'up', key, i === 0),
          button('↓', `Move ${name} down`, 'down', key, i === state.items.length - 1),
          button('Remove', `Remove ${name}`, 'remove', key, false),
        );
        li.append(label, buttons);
        return li;
      }),
    );
    empty.hidden = state.items.length > 0;
    for (const li of catalogItems) {
      const added = state.items.some((item) => itemKey(item) === `${li.dataset.kind}:${li.dataset.id}`);
      const add = li.querySelector<HTMLButtonElement>('[data-add]')!;
      add.textContent = added ? 'Added' : 'Add';
      if (added) add.setAttribute('aria-disabled', 'true');
      else add.removeAttribute('aria-disabled');
    }
    if (focus) {
      const target =
        chosen.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(focus.key)}"][data-action="${focus.action}"]:not([aria-disabled])`) ??
        chosen.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(focus.key)}"][data-action="${focus.action === 'up' ? 'down' : 'up'}"]`);
      target?.focus();
    }
  }

  function update(): void {
    state = {
      ...state,
      title: title.value,
      description: description.value,
      instructor: instructor.value,
      due: due.value,
      passAll: form.querySelector<HTMLInputElement>('input[name="pass"]:checked')?.value !== 'at-least',
      passCount: Number(passCount.value),
    };
    passCount.disabled = state.passAll;
    const out = builderOutput(state);
    if (!out.ok) {
      problems.textContent = `To get a link: ${out.problems.join(' ')}`;
      link.value = '';
      yaml.value = '';
      open.hidden = true;
      return;
    }
    problems.textContent = 'The link and the YAML below are up to date.';
    link.value = `${location.origin}${out.path}`;
    open.href = out.path;
    open.hidden = false;
    yaml.value = out.yaml;
    yamlLabel.textContent = `content/modules/${out.fileName}`;
  }

  catalogItems.forEach((li) => {
    li.querySelector<HTMLButtonElement>('[data-add]')!.addEventListener('click', () => {
      const item = { kind: li.dataset.kind, id: li.dataset.id } as ModuleItem;
      const before = state.items.length;
      state = addItem(state, item);
      if (state.items.length === before) return;
      renderChosen();
      update();
      say(`Added ${li.dataset.title} as item ${state.items.length}.`);
    });
  });

  chosen.addEventListener('click', (event) => {
    const b = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!b || b.getAttribute('aria-disabled') === 'true') return;
    const key = b.dataset.key!;
    const name = titles.get(key) ?? key;
    if (b.dataset.action === 'remove') {
      const index = state.items.findIndex((i) => itemKey(i) === key);
      state = removeItem(state, key);
      const next = state.items[Math.min(index, state.items.length - 1)];
      renderChosen(next ? { key: itemKey(next), action: 'remove' } : undefined);
      if (!next) search.focus();
      say(`Removed ${name}.`);
    } else {
      state = moveItem(state, key, b.dataset.action === 'up' ? -1 : 1);
      renderChosen({ key, action: b.dataset.action! });
      say(`Moved ${name} to position ${state.items.findIndex((i) => itemKey(i) === key) + 1} of ${state.items.length}.`);
    }
    update();
  });

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    if (event.target === search) filter();
    else update();
  });
  topic.addEventListener('change', filter);

  form.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) => {
    b.addEventListener('click', async () => {
      const source = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${b.dataset.copy}`)!;
      if (!source.value) return say('Nothing to copy yet.');
      try {
        await navigator.clipboard.writeText(source.value);
        say('Copied.');
      } catch {
        source.select();
        say('Selected: press Ctrl+C (⌘C) to copy.');
      }
    });
  });

  filter();
  renderChosen();
  update();
}
