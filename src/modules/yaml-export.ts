/**
 * A module as the YAML file to commit under content/modules/ (browser-safe, no YAML library:
 * every string is written as a JSON string, which is a valid YAML double-quoted scalar, so titles
 * with `:`, `#`, quotes or newlines round-trip exactly).
 */
import type { SharedModule } from './link.ts';

/** A file name stem for a title: `Week 1: References!` → `week-1-references`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'module';
}

export function moduleYaml(module: SharedModule, id = slugify(module.title)): string {
  const lines = [`# content/modules/${id}.yaml`, `id: ${id}`, `title: ${JSON.stringify(module.title)}`];
  lines.push(`description: ${JSON.stringify(module.description || module.title)}`);
  if (module.instructor) lines.push(`instructor: ${JSON.stringify(module.instructor)}`);
  if (module.due) lines.push(`due: ${JSON.stringify(module.due)}`);
  lines.push(module.pass.kind === 'all' ? 'pass: all' : `pass:\n  atLeast: ${module.pass.count}`);
  lines.push('items:');
  for (const item of module.items) lines.push(`  - ${item.kind}: ${item.id}`);
  return `${lines.join('\n')}\n`;
}
