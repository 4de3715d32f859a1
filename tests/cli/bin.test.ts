import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'shillguard.mjs');

/** Runs the real command in a child process, from another working directory. */
function shillguard(args: string[], input?: Uint8Array) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: join(ROOT, 'tests'), input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/shillguard.mjs', () => {
  it('prints help and the package version', () => {
    const help = shillguard(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: shillguard scan/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(shillguard(['--version']).stdout).toBe(`${pkg.version}\n`);
  });

  it('scans standard input and writes the JSON report when piped', () => {
    const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-page.simplified.html'));
    const r = shillguard(['scan', '-'], seed);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schema).toBe('shillguard.report/1');
    expect(report.pages[0]?.handles.some((h) => h.kind === 'wechat' && h.value === 'xys8775' && h.suspect)).toBe(true);
  });

  it('exits 2 on bad usage with a message on stderr', () => {
    const r = shillguard(['scan', 'fixtures', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--format must be table, json, csv or report');
  });
});

describe('src/cli/main.ts', () => {
  it('does nothing when imported (tools that import every module must not start the command)', async () => {
    const before = process.exitCode;
    const mod = await import('../../src/cli/main');
    expect(typeof mod.main).toBe('function');
    expect(process.exitCode).toBe(before);
  });
});
