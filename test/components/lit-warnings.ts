// Lit's development build warns on misuse (a property changed during update, a missing
// directive, and so on). A component test fails on any such warning, as Spectrum's do. The one-off
// "Lit is in dev mode" banner is not printed at all (web-test-runner.config.mjs marks it as said).
// Import this first.
import { expect } from '@open-wc/testing';

const warnings: string[] = [];
const originalWarn = console.warn.bind(console);

let echo = true;

console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  if (echo) originalWarn(...args);
};

/** Runs a test's deliberate misuse, collecting its warnings without printing them to the log. */
export async function withoutEcho(run: () => Promise<void>): Promise<void> {
  echo = false;
  try {
    await run();
  } finally {
    echo = true;
  }
}

/** Warnings collected since the last call, cleared. */
export function takeLitWarnings(): string[] {
  return warnings.splice(0, warnings.length);
}

export function expectNoLitWarnings(): void {
  const seen = takeLitWarnings();
  expect(seen, seen.join('\n')).to.deep.equal([]);
}

afterEach(expectNoLitWarnings);
