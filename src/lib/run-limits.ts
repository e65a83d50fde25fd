/** The limits of a learner's editor run in the browser (sim-client.ts), shared with `npm run bench:limits`. */
/** The page's watchdog: past it the worker is terminated and replaced (any hang at all). */
export const DEFAULT_TIME_LIMIT_MS = 5000;
/**
 * The simulator stops a run itself after this much time (a clean "ran for more than 1.5 seconds"
 * message, the worker kept); the watchdog is only the backstop for a hang inside one step.
 */
export const DEFAULT_RUN_TIME_MS = 1500;
export const DEFAULT_STEP_BUDGET = 10_000_000;
export const DEFAULT_MAX_OUTPUT_CHARS = 100_000;
