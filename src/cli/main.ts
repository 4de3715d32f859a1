/** Process entry of the `shillguard` command: wires the real process streams to `run`. */
import { readFileSync } from 'node:fs';
import { run } from './run';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes to stdout, ignoring EPIPE (output piped into `head` that closed early). */
function writeOut(text: string): void {
  process.stdout.write(text);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await run(
  process.argv.slice(2),
  {
    stdout: writeOut,
    stderr: (text) => process.stderr.write(text),
    readStdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  },
  { version: packageVersion() },
);
process.exitCode = code;
