import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checklists } from '@/lib/dockerfile/checklists';
import { Checklist } from './checklist';

describe('<Checklist>', () => {
  it.each(checklists.map((c) => [c.id, c] as const))('%s shows how each item is graded, from the data', (id, checklist) => {
    const html = renderToStaticMarkup(<Checklist id={id} />);
    for (const item of checklist.items) {
      const row = new RegExp(`<li[^>]*data-item="${item.id}" data-kind="${item.check.kind}"`);
      expect(html, item.id).toMatch(row);
      if (item.check.kind === 'rules') for (const rule of item.check.rules) expect(html).toMatch(new RegExp(`href="/rules/${rule}/?"`)); // next/link drops the slash outside Next
    }
    const manual = checklist.items.filter((i) => i.check.kind === 'manual').length;
    expect(html.match(/Không kiểm tra tự động được</g)?.length ?? 0).toBe(manual);
  });

  it('keeps question 7 groups as labels around their leaves', () => {
    const html = renderToStaticMarkup(<Checklist id="q7-ml-models" />);
    for (const group of ['Efficiency:', 'Reliability:', 'Observability:', 'Operations:', 'Documentation:']) expect(html).toContain(`>${group}</span>`);
    expect(html).toContain('<strong>Versioning:</strong> Pin all dependency versions');
  });

  it('names the fact a fact item looks for', () => {
    const html = renderToStaticMarkup(<Checklist id="q6-optimization" />);
    expect(html).toContain('COPY --from');
  });

  it('says so for an unknown id instead of failing the page', () => {
    expect(renderToStaticMarkup(<Checklist id="q0-none" />)).toContain('Không tìm thấy checklist');
  });
});
