import { modulesCollection } from './modules/schema.ts';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One lesson per section of the article; the id is the file's slug (`01-variables-are-references`). */
const lessons = defineCollection({
  loader: glob({ pattern: '**/[0-9][0-9]-*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(1),
    /** The heading of the article section this lesson teaches. */
    section: z.string().min(1),
    order: z.number(),
    summary: z.string().min(1),
  }),
});

export const exerciseTopics = ['references', 'pass-by-assignment', 'refcounting', 'cycles', 'gc'] as const;

const exerciseBase = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase slug'),
  title: z.string().min(1),
  topic: z.enum(exerciseTopics),
  /** Id of the lesson the exercise belongs to. */
  lesson: z.string().min(1),
  hints: z.array(z.string()).default([]),
  /** Shown after the exercise is solved (Markdown). */
  explanation: z.string().optional(),
});

const choiceValue = z.union([z.string(), z.number()]);

/** An exercise is data: the checker (a later wave) reads exactly these fields. */
const exerciseSchema = z.discriminatedUnion('kind', [
  exerciseBase.extend({
    kind: z.literal('code'),
    starter: z.string(),
    solution: z.string(),
    /** Python run after the learner's code, with the learner's globals and the `lab` helper module. */
    check: z.string(),
  }),
  exerciseBase.extend({
    kind: z.literal('predict'),
    /** The program whose output the learner predicts; the answer comes from running it. */
    program: z.string(),
  }),
  exerciseBase.extend({
    kind: z.literal('choose'),
    /**
     * `heap`: the learner clicks objects in a HeapView of `program` stopped before line `stop`,
     * and the right ones are what that line's gc.collect() frees, computed by the simulator.
     */
    pick: z.enum(['options', 'heap']).default('options'),
    options: z.array(choiceValue).min(2).optional(),
    /** 0-based index of the right option, or the indices when several are right. */
    answer: z.union([z.number().int().min(0), z.array(z.number().int().min(0)).min(1)]).optional(),
    program: z.string().optional(),
    stop: z.number().int().min(1).optional(),
  }),
]);

/** Answers must point at existing options: a typo would make an exercise impossible to solve. */
const exerciseSchemaChecked = exerciseSchema.superRefine((data, ctx) => {
  if (data.kind !== 'choose') return;
  if (data.pick === 'heap') {
    // the answer is computed: one typed in would drift from what the simulator does
    if (data.program === undefined) ctx.addIssue({ code: 'custom', path: ['program'], message: 'pick: heap needs a program' });
    if (data.stop === undefined) ctx.addIssue({ code: 'custom', path: ['stop'], message: 'pick: heap needs the line to stop before' });
    if (data.answer !== undefined || data.options !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'pick: heap computes its answer: no options or answer' });
    }
    return;
  }
  if (data.options === undefined || data.answer === undefined) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choose exercise needs options and an answer' });
    return;
  }
  const answers = Array.isArray(data.answer) ? data.answer : [data.answer];
  for (const index of answers) {
    if (index >= data.options.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer ${index} is not an option index` });
    }
  }
});

const exercises = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: './content/exercises',
    generateId: ({ entry, data }) =>
      typeof data.id === 'string' ? data.id : (entry.split('/').pop() ?? entry).replace(/\.md$/, ''),
  }),
  schema: exerciseSchemaChecked,
});

export const collections = { lessons, exercises, modules: modulesCollection };
