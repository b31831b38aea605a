import { describe, expect, it } from 'vitest';
import { datePrecision, formatPartialDate, isRealPartialDate } from '../../src/model/partial-date.ts';
import { describeDate } from '../../src/model/describe.ts';
import { modelWords } from '../../src/components/i18n/words.ts';

const EN = modelWords('en');

describe('partial dates', () => {
  it.each([
    ['2024', true],
    ['2024-11', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13', false],
    ['2025-04-31', false],
    ['24-11-20', false],
  ])('%s is real: %s', (d, ok) => expect(isRealPartialDate(d)).toBe(ok));

  it('keeps the precision the source gave', () => {
    expect(datePrecision('2024-11')).toBe('month');
    expect(formatPartialDate('2024-11')).toBe('November 2024');
    expect(describeDate('2024-11', EN)).toBe('November 2024 (month only)');
    expect(describeDate('2024-11-20', EN)).toBe('20 November 2024');
  });

  it('says a missing date is not given', () => {
    expect(describeDate(null, EN)).toBe('Date not given');
  });
});
