/**
 * Turns command-line operands into the list of pages to read: files as named, directories walked
 * recursively in sorted order (HTML extensions only, hidden entries skipped), `-` for standard input.
 */
import type { Dirent, Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { ScanError } from '../report/types';

/** File extensions scanned when walking a directory (compared lower-cased). A file named explicitly is always read. */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml', '.mhtml', '.mht'] as const;

/** Files larger than this are reported as errors rather than read into memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The source name used for standard input in reports. */
export const STDIN_SOURCE = '<stdin>';

/** The file-system calls the scanner uses, injectable for tests. */
export interface FileSystem {
  lstat(p: string): Promise<Stats>;
  stat(p: string): Promise<Stats>;
  readdir(p: string): Promise<Dirent[]>;
  realpath(p: string): Promise<string>;
  readFile(p: string): Promise<Uint8Array>;
}

export const nodeFileSystem: FileSystem = {
  lstat: (p) => fsp.lstat(p),
  stat: (p) => fsp.stat(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  realpath: (p) => fsp.realpath(p),
  readFile: async (p) => new Uint8Array(await fsp.readFile(p)),
};

export type Input = { kind: 'stdin'; source: string } | { kind: 'file'; source: string; path: string };

export function hasHtmlExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A short human message for a file-system error. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a component of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      if (err instanceof Error) return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
      return String(err);
  }
}

/** Stats of a path, following symbolic links, with a clear message for a broken link. */
async function statPath(fs: FileSystem, p: string): Promise<Stats | ScanError> {
  try {
    return await fs.stat(p);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') {
      const link = await fs.lstat(p).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      if (link) return { source: p, message: 'broken symbolic link (its target does not exist)' };
    }
    return { source: p, message: describeFsError(err) };
  }
}

function isError(x: Stats | ScanError): x is ScanError {
  return 'message' in x && 'source' in x;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Expands operands into inputs (in operand order, each directory in sorted order) and errors. */
export async function expandInputs(
  operands: readonly string[],
  fs: FileSystem = nodeFileSystem,
): Promise<{ inputs: Input[]; errors: ScanError[] }> {
  const inputs: Input[] = [];
  const errors: ScanError[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  let stdinTaken = false;

  const addFile = (p: string) => {
    const key = path.resolve(p);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    inputs.push({ kind: 'file', source: p, path: p });
  };

  const walk = async (dir: string) => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      errors.push({ source: dir, message: describeFsError(err) });
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or the same directory named twice
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir);
    } catch (err) {
      errors.push({ source: dir, message: describeFsError(err) });
      return;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(p);
      } else if (entry.isSymbolicLink()) {
        const st = await statPath(fs, p);
        if (isError(st)) {
          if (hasHtmlExtension(entry.name)) errors.push(st);
        } else if (st.isDirectory()) {
          await walk(p);
        } else if (hasHtmlExtension(entry.name)) {
          addFile(p);
        }
      } else if (entry.isFile() && hasHtmlExtension(entry.name)) {
        addFile(p);
      }
    }
  };

  for (const op of operands) {
    if (op === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin', source: STDIN_SOURCE });
      stdinTaken = true;
      continue;
    }
    const st = await statPath(fs, op);
    if (isError(st)) errors.push(st);
    else if (st.isDirectory()) await walk(op);
    else addFile(op);
  }
  return { inputs, errors };
}

/** Reads one named file, refusing directories and files over MAX_FILE_BYTES. */
export async function readInputFile(fs: FileSystem, p: string): Promise<Uint8Array | ScanError> {
  const st = await statPath(fs, p);
  if (isError(st)) return st;
  if (st.isDirectory()) return { source: p, message: 'is a directory' };
  if (st.isFile() && st.size > MAX_FILE_BYTES) {
    return { source: p, message: `file too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})` };
  }
  try {
    return await fs.readFile(p);
  } catch (err) {
    return { source: p, message: describeFsError(err) };
  }
}
