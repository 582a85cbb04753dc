// The mixed quiz's optional time limit ("Bấm giờ"). Pure: the current time is passed in, so the
// countdown is tested with a fake clock, and a reload resumes it from the saved start time.

/** Minutes offered; 0 is "off", the default. */
export const TIMER_CHOICES = [0, 5, 10, 15] as const;

export type TimerMinutes = (typeof TIMER_CHOICES)[number];

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Milliseconds left, never negative; null when the quiz is not timed. */
export function remainingMs(startedAt: number, minutes: number, now: number): number | null {
  if (minutes <= 0) return null;
  return Math.max(0, startedAt + minutes * 60_000 - now);
}

export function isExpired(startedAt: number, minutes: number, now: number): boolean {
  return remainingMs(startedAt, minutes, now) === 0;
}

/** `mm:ss`, rounding up so "00:00" is shown only when time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** Spoken form for screen readers, announced only at milestones: "còn 5 phút". */
export function spokenRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  if (seconds >= 60) return `còn ${Math.ceil(seconds / 60)} phút`;
  return `còn ${seconds} giây`;
}

/** Whether a screen-reader announcement is due: each whole minute, and at 30 and 10 seconds. */
export function isMilestone(ms: number): boolean {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return (seconds > 0 && seconds % 60 === 0) || seconds === 30 || seconds === 10;
}
