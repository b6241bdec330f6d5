/** Thin wrapper over node's `parseArgs` that turns its errors into usage errors. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ISO_DATE_MESSAGE, isIsoDate } from '../times/iso-date.js';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

/** Node's wording, shortened where it teaches the wrong thing (how to pass a file named `--x`). */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/u.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  // Node: "Option '--published <value>' argument missing".
  const valued = /'(?:-\w, )?(--?[\w-]+) <value>' argument missing/u.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && valued) return `${valued} needs a value`;
  return message;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be ${ISO_DATE_MESSAGE} (got "${value}")`);
  return value;
}
