/**
 * The `modules` content collection. The lead registers it with one line in src/content.config.ts:
 *   import { modulesCollection } from './modules/schema.ts';  …  collections = { lessons, exercises, modules: modulesCollection }
 * The loader has already checked every id against content/lessons and content/exercises; this schema
 * only describes the validated shape for Astro's types.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { modulesLoader } from './astro-loader.ts';

const item = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), id: z.string() }),
  z.object({ kind: z.literal('exercise'), id: z.string() }),
]);

export const moduleDataSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  instructor: z.string().optional(),
  due: z.string().optional(),
  items: z.array(item),
  pass: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('at-least'), count: z.number().int().min(1) }),
  ]),
});

export const modulesCollection = defineCollection({ loader: modulesLoader(), schema: moduleDataSchema });
