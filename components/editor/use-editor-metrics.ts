'use client';
// Monaco wraps long lines at the panel's width: measured before the first paint, and again if it
// changes, so whatever holds the editor's place (the loading notice, the exercise preview) is as
// tall as Monaco will be.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { measureEditorCharPx, type EditorMetrics } from './editor-height';

/** The panel's metrics while `active`; null before the first measure (and on the server). */
export function useEditorMetrics(panel: RefObject<HTMLElement | null>, active: boolean): EditorMetrics | null {
  const [metrics, setMetrics] = useState<EditorMetrics | null>(null);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!active || !element) return;
    const charPx = measureEditorCharPx();
    if (charPx === null) return;
    const measure = () => {
      // Fractional, as Monaco's own ResizeObserver reads it.
      const widthPx = element.getBoundingClientRect().width;
      setMetrics((old) => (old?.widthPx === widthPx && old.charPx === charPx ? old : { widthPx, charPx }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [panel, active]);
  return metrics;
}
