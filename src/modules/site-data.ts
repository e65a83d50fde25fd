/**
 * Build-time data for the module pages (runs in Node during `astro build`, never in the browser):
 * the course catalog without solutions, the validated modules, and the course version that
 * reports carry. A bad module file throws here too, so the build fails with its message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourseContent } from './catalog.ts';
import { loadModules } from './load-modules.ts';
import type { Catalog, ModuleData } from './types.ts';

// Astro builds from the project root.
const ROOT = process.cwd();

let cached: { catalog: Catalog; modules: ModuleData[]; courseVersion: string } | null = null;

export function siteData(): { catalog: Catalog; modules: ModuleData[]; courseVersion: string } {
  if (cached) return cached;
  const content = loadCourseContent(ROOT);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  cached = { catalog: content.catalog, modules: loadModules(ROOT, content.known), courseVersion: pkg.version ?? '0.0.0' };
  return cached;
}

/** For `<script type="application/json">`: `<` escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
