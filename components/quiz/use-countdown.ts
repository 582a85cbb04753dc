'use client';
// Ticks once a second while a timed quiz runs; calls onExpire once when time is up (also right away
// after a reload that comes back too late). The clock is injected; Playwright's fake clock drives it.
import { useEffect, useRef, useState } from 'react';
import { remainingMs, type Clock } from '@/lib/quiz/timer';

export function useCountdown(startedAt: number, minutes: number, running: boolean, clock: Clock, onExpire: () => void): number | null {
  const [now, setNow] = useState(() => clock.now());
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    if (!running || minutes <= 0) return;
    let fired = false;
    const tick = () => {
      const current = clock.now();
      setNow(current);
      if (!fired && remainingMs(startedAt, minutes, current) === 0) {
        fired = true;
        expire.current();
      }
    };
    tick();
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [running, startedAt, minutes, clock]);

  return remainingMs(startedAt, minutes, now);
}
