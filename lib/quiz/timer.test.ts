import { describe, expect, it } from 'vitest';
import { formatRemaining, isExpired, isMilestone, remainingMs, spokenRemaining } from './timer';

// A fake clock: times are plain numbers, nothing waits.
const start = 1_700_000_000_000;
const at = (seconds: number) => start + seconds * 1000;

describe('quiz timer', () => {
  it('is off when no minutes are chosen', () => {
    expect(remainingMs(start, 0, at(10_000))).toBeNull();
    expect(isExpired(start, 0, at(10_000))).toBe(false);
  });

  it('counts down from the start time and stops at zero', () => {
    expect(remainingMs(start, 5, start)).toBe(300_000);
    expect(remainingMs(start, 5, at(61))).toBe(239_000);
    expect(remainingMs(start, 5, at(299.5))).toBe(500);
    expect(remainingMs(start, 5, at(301))).toBe(0);
  });

  it('expires exactly when the time is up, also when the page comes back late', () => {
    expect(isExpired(start, 5, at(299.999))).toBe(false);
    expect(isExpired(start, 5, at(300))).toBe(true);
    expect(isExpired(start, 10, at(3600))).toBe(true);
  });

  it('shows mm:ss rounding up, so 00:00 means time is up', () => {
    expect(formatRemaining(300_000)).toBe('05:00');
    expect(formatRemaining(61_000)).toBe('01:01');
    expect(formatRemaining(500)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
  });

  it('announces at whole minutes and the last 30 and 10 seconds, in Vietnamese', () => {
    expect(isMilestone(120_000)).toBe(true);
    expect(isMilestone(119_000)).toBe(false);
    expect(isMilestone(30_000)).toBe(true);
    expect(isMilestone(10_000)).toBe(true);
    expect(isMilestone(0)).toBe(false);
    expect(spokenRemaining(120_000)).toBe('còn 2 phút');
    expect(spokenRemaining(10_000)).toBe('còn 10 giây');
  });
});
