import { z } from 'astro/zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when year-month-day names a day that exists (2024-02-29 yes, 2024-02-30 no). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar day (YYYY-MM-DD) that an ISO date or date-time string begins with. */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** True for a string the date schemas accept: a real day, or an instant on a real day. */
export function isIsoDayOrInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = (value.includes('T') ? DATE_TIME : DATE).exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

// YAML turns an unquoted 2024-12-11 into a timestamp and rolls 2024-02-30 over to 1 March,
// so dates must arrive as quoted strings that are checked here digit by digit.
const quotedHint = 'write it as a quoted string, for example "2024-12-11"';

function checkDay(value: string, ctx: z.core.$RefinementCtx<string>, pattern: RegExp, shape: string) {
  const match = pattern.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an ISO ${shape}` });
    return;
  }
  const [, y, m, d] = match;
  if (!isRealDay(Number(y), Number(m), Number(d))) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar day` });
  }
}

function stringOnly(shape: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : issue.input instanceof Date
          ? `must be a quoted ${shape} string (unquoted YAML dates are converted silently); ${quotedHint}`
          : `must be a ${shape} string; ${quotedHint}`,
  });
}

/** A calendar day as a quoted ISO 8601 string, YYYY-MM-DD, that exists on the calendar. */
export const isoDate = () =>
  stringOnly('YYYY-MM-DD date').superRefine((value, ctx) => checkDay(value, ctx, DATE, 'date (YYYY-MM-DD)'));

/** A day (YYYY-MM-DD) or an instant with its UTC offset (YYYY-MM-DDTHH:MM[:SS]Z). */
export const isoDateOrDateTime = () =>
  stringOnly('YYYY-MM-DD date or ISO date-time').superRefine((value, ctx) =>
    checkDay(
      value,
      ctx,
      value.includes('T') ? DATE_TIME : DATE,
      value.includes('T') ? 'date-time with offset (YYYY-MM-DDTHH:MM:SSZ)' : 'date (YYYY-MM-DD)',
    ),
  );
