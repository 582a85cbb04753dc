import { afterEach, describe, expect, it, vi } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { starterDraft } from '@/components/exercise/starter';
import { estimatedEditorHeight, wrappingColumn, type EditorMetrics } from './editor-height';
import { heightsByColumn, previewHeightScript } from './editor-height-script';

const starters = exercises.map((exercise) => [exercise.id, starterDraft(exercise).code] as const);
// Droid Sans Mono, Menlo and Consolas at 14px, as the page measures them (a run of 256, in whole pixels).
const charWidths = [2158 / 256, 2152 / 256, 1971 / 256];
// Phones to desktops, in 1/64 px steps as layout gives them.
const widths = Array.from({ length: 1200 }, (_, i) => 240 + i * 0.828125);

describe('heightsByColumn', () => {
  it.each(starters)("gives %s's starter the estimate's height at every width", (_id, code) => {
    const table = heightsByColumn(code);
    const lineCount = code.split('\n').length;
    for (const charPx of charWidths) {
      for (const widthPx of widths) {
        const column = wrappingColumn({ widthPx, charPx }, lineCount);
        const height = table.prefix + table.heights[table.atColumn[Math.min(column, table.atColumn.length) - 1] ?? -1] + table.suffix;
        expect(height, `${widthPx}px wide, ${charPx}px a character`).toBe(estimatedEditorHeight(code, { widthPx, charPx }));
      }
    }
  });

  it('ends where nothing wraps any more', () => {
    expect(heightsByColumn('FROM python\nRUN pip install flask').atColumn).toHaveLength('RUN pip install flask'.length);
  });

  it('sends each height once, the text they share apart', () => {
    const table = heightsByColumn('RUN pip install flask');
    expect(table.heights).toEqual(['437', '247', '209', '152', '133', '114', '95', '76', '57']);
    expect([table.prefix, table.suffix]).toEqual(['clamp(12rem, ', 'px, min(60vh, 28rem))']);
  });
});

/** Runs the script as the page would, on a panel `metrics.widthPx` wide; the height it sets. */
function runInPage(script: string, { widthPx, charPx }: EditorMetrics): string | undefined {
  class FakeElement {}
  const heights: string[] = [];
  const panel = Object.assign(new FakeElement(), {
    getBoundingClientRect: () => ({ width: widthPx }),
    style: { setProperty: (name: string, value: string) => name === '--editor-height' && heights.push(value) },
  });
  vi.stubGlobal('HTMLElement', FakeElement);
  vi.stubGlobal('document', {
    currentScript: { previousElementSibling: { querySelector: () => panel } },
    createElement: () => ({ getContext: () => ({ font: '', measureText: (text: string) => ({ width: text.length * charPx }) }) }),
  });
  new Function(script)();
  return heights.at(-1);
}

describe('previewHeightScript', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(starters)("sizes %s's preview as the estimate does", (_id, code) => {
    const script = previewHeightScript(code);
    for (const metrics of [
      { widthPx: 318, charPx: charWidths[0]! },
      { widthPx: 348, charPx: charWidths[0]! },
      { widthPx: 736, charPx: charWidths[0]! },
      { widthPx: 318, charPx: charWidths[2]! },
    ]) {
      expect(runInPage(script, metrics)).toBe(estimatedEditorHeight(code, metrics));
    }
  });
});
