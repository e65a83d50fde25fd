/** Shared helpers for the tests: load a fixture made by gen_fixtures.py, decode its values. */
import { readFileSync } from 'node:fs';

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

export function toBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

export function fromUnits(units: number[]): string {
  let s = '';
  for (const u of units) s += String.fromCharCode(u);
  return s;
}

export type Outcome<T> = { result: T; error?: undefined } | { result?: undefined; error: [string, string] };
