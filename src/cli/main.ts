/**
 * Process entry of the `shillguard` command: wires the real process streams to `run`.
 * Importing this module has no effect; `main()` runs the command (bin/shillguard.mjs calls it, and it
 * runs itself when executed directly, as in `npm run cli -- scan page.html`).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { run } from './run';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The environment's locale as a language tag: LC_ALL, LC_MESSAGES or LANG without its encoding (zh_CN.UTF-8 → zh_CN). */
function envLocale(): string | undefined {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  const tag = raw?.split(/[.@]/u)[0];
  return tag && tag !== 'C' && tag !== 'POSIX' ? tag : undefined;
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // Output piped into a reader that closed early (`| head`): stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await run(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      stdoutIsTTY: process.stdout.isTTY === true,
      stdinIsTTY: process.stdin.isTTY === true,
    },
    { version: packageVersion(), locale: envLocale() },
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
