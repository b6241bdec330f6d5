/**
 * The one check of a date a user gives (`--published`, `?from=`, a posted document's or a JSON
 * Lines record's `published`): `YYYY-MM-DD` or `YYYY-MM`, and a day the calendar has. The CLI, the
 * API and the JSONL reader all use it, so `2024-13-45` is refused the same way everywhere.
 */
import { z } from 'zod';
import { isValidDate } from './calendar.js';

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
export const ISO_DATE_MESSAGE = 'a date as YYYY-MM-DD or YYYY-MM';

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return match[3] === undefined
    ? month >= 1 && month <= 12
    : isValidDate(Number(match[1]), month, Number(match[3]));
}

/** The zod form, for request and record schemas. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, ISO_DATE_MESSAGE)
  .refine(isIsoDate, {
    message: `${ISO_DATE_MESSAGE}, a day the calendar has`,
  });
