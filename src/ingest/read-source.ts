/**
 * Reading one source named on the command line: a file path, or `-` for standard input.
 * Every failure is an `InputError` with one line naming the source; callers carry on with the
 * other sources.
 */
import { readFile, stat } from 'node:fs/promises';
import type { AnalysisInput } from '../core/layers.js';
import { decodeTextBytes } from './decode-text.js';
import { InputError } from './errors.js';
import { MAX_INPUT_BYTES } from './limits.js';

export interface SourceDocument {
  /** How the user named it: a path, a URL or `-`. */
  readonly source: string;
  readonly input: AnalysisInput;
}

export async function readSource(source: string): Promise<SourceDocument[]> {
  if (/^https?:\/\//i.test(source)) throw new InputError(source, 'fetching URLs is not supported yet');
  const bytes = source === '-' ? await readStdin(source) : await readFileBytes(source);
  return [{ source, input: { text: decodeTextBytes(source, bytes) } }];
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(
      path,
      `too large (${formatMb(info.size)}; the limit is ${formatMb(MAX_INPUT_BYTES)})`,
    );
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
}

async function readStdin(source: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(source, `too large (over ${formatMb(MAX_INPUT_BYTES)})`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
