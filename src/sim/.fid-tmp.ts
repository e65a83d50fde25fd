import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from './index.ts';
const corpus = '/work/shared/fidelity';
const only = process.argv.slice(2);
let ok = 0, n = 0;
for (const topic of readdirSync(corpus).sort()) {
  const dir = join(corpus, topic);
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.py')) continue;
    const name = `${topic}/${f}`;
    if (only.length && !only.some((o) => name.includes(o))) continue;
    n++;
    const base = join(corpus, name.slice(0, -3));
    const r = runProgram(readFileSync(join(corpus, name), 'utf8'), { filename: '<string>' });
    const wo = readFileSync(base + '.out', 'utf8');
    const we = existsSync(base + '.err') ? readFileSync(base + '.err', 'utf8') : '';
    const ge = r.stderr.replace(/0x[0-9a-fA-F]{6,}/g, '0xADDR');
    if (r.stdout === wo && ge === we) { ok++; continue; }
    console.log(`=== ${name}`);
    const a = wo.split('\n'), b = r.stdout.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) console.log(`  line ${i + 1}: want ${JSON.stringify(a[i])}\n          got  ${JSON.stringify(b[i])}`);
    if (ge !== we) console.log('  stderr want:', JSON.stringify(we.slice(0, 300)), '\n  stderr got: ', JSON.stringify(ge.slice(0, 600)));
  }
}
console.log(`${ok}/${n}`);
