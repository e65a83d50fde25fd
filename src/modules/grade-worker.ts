/**
 * A grading worker thread: loads the course's exercises and the real checker once, then grades
 * report texts one at a time. The pool (grade-pool.ts) watches the clock and replaces a worker
 * whose check hangs, so one learner's submission can never stall the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCourseContent } from './catalog.ts';
import type { CheckExercise } from './check-contract.ts';
import { GRADER_LIMITS, loadRealChecker } from './checker-adapter.ts';
import { gradeReportText, type GradeContext } from './grade.ts';
import type { ToGradeWorker, FromGradeWorker, GradeWorkerData } from './grade-protocol.ts';

const data = workerData as GradeWorkerData;
const port = parentPort!;
const post = (message: FromGradeWorker): void => port.postMessage(message);

try {
  const context: GradeContext = {
    module: data.module,
    exercises: loadCourseContent(data.root).exercises,
    check: data.checkerUrl ? ((await import(data.checkerUrl)) as { checkExercise: CheckExercise }).checkExercise : await loadRealChecker(),
    limits: { ...GRADER_LIMITS, ...data.limits },
  };
  port.on('message', (message: ToGradeWorker) => {
    post({ type: 'graded', job: message.job, result: gradeReportText(message.text, message.source, context) });
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
