/**
 * `npm run bench:web`: builds the site, serves it with `astro preview`, and prints for the model
 * lesson page:
 *   1. bytes of JavaScript (gzip) loaded before the first interaction,
 *   2. ms from navigation start to the first program output after clicking Run as soon as the
 *      button exists (cold: a new browser context each time, median of 5),
 *   3. the Lighthouse (mobile, default config) performance score.
 * Targets (issue 3): <= 60 KB, <= 1000 ms, >= 0.98.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './chromium.ts';

const PORT = 4329;
const ORIGIN = `http://localhost:${PORT}`;
const LESSON = '/lessons/01-variables-are-references/';
const RUNS = 5;
const FLAGS = CHROMIUM_FLAGS;
const executablePath = chromiumExecutable ?? chromium.executablePath();

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npm', ['run', 'preview', '--', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN + '/')).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not start');
}

async function jsBeforeInteraction(browser: Browser): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<{ url: string; size: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || response.url().endsWith('.js')) {
      scripts.push(response.body().then((body) => ({ url: response.url(), size: gzipSync(body).length })));
    }
  });
  await page.goto(ORIGIN + LESSON, { waitUntil: 'networkidle' });
  // Inline scripts count too.
  const inline = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
  const loaded = await Promise.all(scripts);
  await context.close();
  const inlineBytes = inline.reduce((n, text) => n + gzipSync(Buffer.from(text)).length, 0);
  return {
    bytes: loaded.reduce((n, s) => n + s.size, 0) + inlineBytes,
    files: [...loaded.map((s) => `${new URL(s.url).pathname} ${s.size} B`), `inline scripts ${inlineBytes} B`],
  };
}

async function msToFirstOutput(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const out = document.querySelector('[data-output]');
      if (out && out.textContent) {
        (window as unknown as { firstOutputAt: number }).firstOutputAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(ORIGIN + LESSON, { waitUntil: 'commit' });
  await page.locator('figure[data-editor] [data-run]').first().click();
  await page.waitForFunction(() => (window as unknown as { firstOutputAt?: number }).firstOutputAt !== undefined);
  const ms = await page.evaluate(() => (window as unknown as { firstOutputAt: number }).firstOutputAt);
  await context.close();
  return ms;
}

async function lighthouseScore(): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'pml-lh-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(executablePath, [...FLAGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const result = await lighthouse(ORIGIN + LESSON, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const audit = (id: string): string => lhr.audits[id]?.displayValue ?? '?';
    console.log(`  FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`);
    return lhr.categories.performance.score ?? 0;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build']);
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  let failed = false;
  try {
    const js = await jsBeforeInteraction(browser);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await msToFirstOutput(browser));
    await browser.close();
    const score = await lighthouseScore();

    const kb = js.bytes / 1024;
    const ms = median(times);
    console.log(`\nLesson page ${LESSON}`);
    for (const file of js.files) console.log(`  ${file}`);
    const line = (label: string, value: string, ok: boolean, target: string): void => {
      failed ||= !ok;
      console.log(`${ok ? 'ok  ' : 'MISS'} ${label.padEnd(44)} ${value.padStart(10)}   (target ${target})`);
    };
    line('JS before first interaction (gzip)', `${kb.toFixed(1)} KB`, kb <= 60, '<= 60 KB');
    line(`navigation -> first output, median of ${RUNS}`, `${Math.round(ms)} ms`, ms <= 1000, '<= 1000 ms');
    console.log(`     (runs: ${times.map((t) => Math.round(t)).join(', ')} ms)`);
    line('Lighthouse performance (mobile)', score.toFixed(2), score >= 0.98, '>= 0.98');
  } finally {
    await browser.close().catch(() => undefined);
    if (preview.pid) process.kill(-preview.pid);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
