import { describe, expect, it } from 'vitest';
import { isoDate, isoDateOrDateTime, isRealDay } from '../../../src/schemas/dates';

describe('dates', () => {
  it('knows which days exist', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2024, 2, 30)).toBe(false);
    expect(isRealDay(2024, 13, 1)).toBe(false);
  });

  it('accepts a quoted ISO day and keeps it as written', () => {
    expect(isoDate().parse('2024-12-11')).toBe('2024-12-11');
  });

  it.each(['2024-02-30', '2024-12-1', '11 December 2024', '2024-12-11T10:00:00Z', ''])(
    'refuses %j as a day',
    (value) => {
      expect(isoDate().safeParse(value).success).toBe(false);
    },
  );

  it('refuses the Date that YAML makes of an unquoted date, and says to quote it', () => {
    const result = isoDate().safeParse(new Date('2024-03-01'));
    expect(result.error?.issues[0]?.message).toMatch(/must be a quoted YYYY-MM-DD date string/);
  });

  it('accepts a capture instant only with its UTC offset', () => {
    expect(isoDateOrDateTime().safeParse('2024-12-11T09:30:00Z').success).toBe(true);
    expect(isoDateOrDateTime().safeParse('2024-12-11T09:30+03:00').success).toBe(true);
    expect(isoDateOrDateTime().safeParse('2024-12-11T09:30:00').success).toBe(false);
    expect(isoDateOrDateTime().safeParse('2024-02-30T09:30:00Z').success).toBe(false);
  });
});
