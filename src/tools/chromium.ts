/**
 * How our tools start Chromium on these machines: Debian's build when it is installed (Playwright
 * cannot download its own here), and the flags that keep it off the closed network.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium if present; undefined lets Playwright use its own browser. */
export const chromiumExecutable: string | undefined = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** Without the networking flags Chromium keeps calling home on a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
