/** `npm run --silent sim -- path/to/program.py`: run a program like `python3 -S path` does. */
import { readFileSync } from 'node:fs';
import { runProgram } from './index.ts';

const path = process.argv[2];
if (path === undefined) {
  process.stderr.write('usage: npm run --silent sim -- path/to/program.py\n');
  process.exit(2);
}
let source: string;
try {
  source = readFileSync(path, 'utf8');
} catch {
  process.stderr.write(`python3: can't open file '${path}': [Errno 2] No such file or directory\n`);
  process.exit(2);
}
const result = runProgram(source, {
  filename: path,
  onStdout: (s) => process.stdout.write(s),
  onStderr: (s) => process.stderr.write(s),
});
process.exitCode = result.exitCode;
