/** The completion report's JSON Schema, generated from the zod schema the grader validates with. */
import type { APIRoute } from 'astro';
import { reportJsonSchema } from '../../modules/report-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
