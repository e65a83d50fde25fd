/** Finds the module a grading run is for: a content module's id, or a shared module link. */
import { decodeModuleLink } from './link.ts';
import { loadModules } from './load-modules.ts';
import type { KnownIds } from './module-schema.ts';
import type { ModuleData } from './types.ts';

export type ResolvedModule = { ok: true; module: ModuleData; source: 'content' | 'link' } | { ok: false; message: string };

export function looksLikeLink(arg: string): boolean {
  return arg.includes('?') || /^[a-z]+:\/\//i.test(arg) || arg.startsWith('/');
}

export function resolveModule(arg: string, root: string, known: KnownIds): ResolvedModule {
  if (looksLikeLink(arg)) {
    const decoded = decodeModuleLink(arg, known);
    if (decoded.ok) return { ok: true, module: decoded.module, source: 'link' };
    return { ok: false, message: `the module link is not valid:\n${decoded.problems.map((p) => `  - ${p}`).join('\n')}` };
  }
  const modules = loadModules(root, known);
  const module = modules.find((m) => m.id === arg);
  if (module) return { ok: true, module, source: 'content' };
  const ids = modules.map((m) => m.id).join(', ') || '(none)';
  return { ok: false, message: `no module "${arg}" in content/modules/ (known: ${ids}); pass its id or its shared link` };
}
