// Evaluates a rubric over one analysis: checklist items (by rules, by fact, or manual) and task
// requirements. Pure and deterministic; it never throws — a failure becomes a failed item that says so.
import { analyze, isRuleEnabled, type Analysis } from './analyze';
import { getChecklist, getChecklistItem, type Checklist, type ChecklistItem } from './checklists';
import { buildItem } from './build-stops';
import { factsById, secretWrittenToImage, where } from './facts';
import { healthProbeProblem } from './health-probe';
import { evaluateRequirement, type RequirementContext } from './requirements';
import { rulesById } from './rules';
import type { Grade, GradeItem, RequirementRef, Rubric } from './rubric';

export interface GradeContext {
  /** The `.dockerignore` graded with the Dockerfile (some requirements read it). */
  dockerignore?: string;
  /**
   * The build context's paths (an exercise's files): a COPY of a near miss of one of them
   * (`requirement.txt`) fails the `builds` item, since the build would stop there.
   */
  contextFiles?: readonly string[];
  /** The contents of the context's text files by path (requirements.txt): the pins pip reads. */
  contextTexts?: Readonly<Record<string, string>>;
}

const MANUAL_WHY = 'Không kiểm tra tự động được từ Dockerfile: tự đánh giá, mục này không tính điểm.';

export function grade(analysis: Analysis, rubric: Rubric, context: GradeContext = {}): Grade {
  const items: GradeItem[] = [];
  try {
    // First: a build that stops (a misspelt COPY, an install before any update) makes the rest moot.
    const stops = buildItem(analysis, context.contextFiles, context.dockerignore, context.contextTexts);
    if (stops) items.push(stops);
    for (const { checklist, item } of selectedItems(rubric)) items.push(safely(item.id, item.text, () => gradeItem(analysis, rubric, checklist, item, context)));
    for (const id of unknownSelections(rubric)) {
      items.push({ id, label: `Mục "${id}"`, kind: 'requirement', status: 'fail', why: `Mục "${id}" không tồn tại trong checklist nào (có thể link đã cũ).`, lines: [] });
    }
    const requirementContext: RequirementContext = {
      analysis,
      ...(context.dockerignore !== undefined ? { dockerignore: context.dockerignore } : {}),
      ...(context.contextTexts ? { contextTexts: context.contextTexts } : {}),
    };
    for (const [id, ref] of requirementIds(rubric.requirements ?? [])) {
      items.push(
        safely(id, `Yêu cầu "${ref.id}"`, () => {
          const result = evaluateRequirement(ref, requirementContext);
          return { id, label: result.label, kind: 'requirement', status: result.pass ? 'pass' : 'fail', why: result.why, lines: result.lines };
        }),
      );
    }
  } catch (error) {
    items.push(analyzerFailure(error));
  }
  return summarize(items);
}

/** Runs the analyzer with the rubric's extra rules, then grades. Never throws. */
export function analyzeAndGrade(source: string, options: GradeContext & { rubric: Rubric }): { analysis: Analysis | null; grade: Grade } {
  const { rubric, contextFiles, contextTexts } = options;
  try {
    const analysis = analyze(source, {
      ...(options.dockerignore !== undefined ? { dockerignore: options.dockerignore } : {}),
      ...(rubric.enable ? { enable: rubric.enable } : {}),
    });
    return {
      analysis,
      grade: grade(analysis, rubric, { ...(options.dockerignore !== undefined ? { dockerignore: options.dockerignore } : {}), ...(contextFiles ? { contextFiles } : {}), ...(contextTexts ? { contextTexts } : {}) }),
    };
  } catch (error) {
    return { analysis: null, grade: summarize([analyzerFailure(error)]) };
  }
}

/** Item ids of requirements: the registry id, numbered when the rubric uses it more than once. */
export function requirementIds(refs: RequirementRef[]): [string, RequirementRef][] {
  const total = new Map<string, number>();
  for (const ref of refs) total.set(ref.id, (total.get(ref.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return refs.map((ref) => {
    const n = (seen.get(ref.id) ?? 0) + 1;
    seen.set(ref.id, n);
    return [(total.get(ref.id) ?? 0) > 1 ? `${ref.id}-${n}` : ref.id, ref];
  });
}

/** The checklist items a rubric grades, in checklist order; `rubric.items` narrows them. */
export function selectedItems(rubric: Rubric): { checklist: Checklist; item: ChecklistItem }[] {
  const wanted = rubric.items ? new Set(rubric.items) : null;
  const result: { checklist: Checklist; item: ChecklistItem }[] = [];
  const seen = new Set<string>();
  for (const id of rubric.checklists ?? []) {
    const checklist = getChecklist(id);
    if (!checklist) continue;
    for (const item of checklist.items) {
      if ((wanted && !wanted.has(item.id)) || seen.has(item.id)) continue;
      seen.add(item.id);
      result.push({ checklist, item });
    }
  }
  // An instructor may pick items from a checklist the rubric does not list as a whole.
  for (const id of rubric.items ?? []) {
    const found = getChecklistItem(id);
    if (found && !seen.has(id)) {
      seen.add(id);
      result.push(found);
    }
  }
  return result;
}

function unknownSelections(rubric: Rubric): string[] {
  const unknownChecklists = (rubric.checklists ?? []).filter((id) => !getChecklist(id));
  const unknownItems = (rubric.items ?? []).filter((id) => !getChecklistItem(id));
  return [...unknownChecklists, ...unknownItems];
}

function gradeItem(analysis: Analysis, rubric: Rubric, checklist: Checklist, item: ChecklistItem, context: GradeContext): GradeItem {
  const base = { id: item.id, label: item.group ? `${item.group} ${item.text}` : item.text, checklist: checklist.id };
  const { check } = item;
  if (check.kind === 'manual') return { ...base, kind: 'manual', status: 'manual', why: MANUAL_WHY, lines: [] };

  if (check.kind === 'fact') {
    const fact = factsById.get(check.fact);
    if (!fact) return { ...base, kind: 'fact', status: 'fail', why: `Dấu hiệu "${check.fact}" không tồn tại.`, lines: [] };
    const result = fact.evaluate(analysis);
    // A HEALTHCHECK that can never pass once the container runs (read with the context's files) is none.
    const probe = result.pass && check.fact === 'healthcheck' ? healthProbeProblem(analysis.ast, context.contextTexts) : null;
    if (probe) return { ...base, kind: 'fact', status: 'fail', why: probe.why, lines: probe.lines };
    return { ...base, kind: 'fact', status: result.pass ? 'pass' : 'fail', why: result.why, lines: result.lines };
  }

  // The item names its rules, so the rubric asks for them: their info findings count too.
  const enabled = check.rules.filter((id) => {
    const rule = rulesById.get(id);
    return rule !== undefined && isRuleEnabled(rule, { enable: rubric.enable ?? [] });
  });
  if (enabled.length === 0) {
    return {
      ...base,
      kind: 'manual',
      status: 'manual',
      rules: check.rules,
      why: `Quy tắc ${check.rules.join(', ')} đang tắt cho bài này nên mục này không được chấm.`,
      lines: [],
    };
  }
  const broken = analysis.ruleErrors.filter((e) => enabled.includes(e.rule));
  if (broken.length > 0) {
    return {
      ...base,
      kind: 'rules',
      status: 'fail',
      rules: check.rules,
      why: `Trình phân tích gặp lỗi khi chạy quy tắc ${broken.map((e) => e.rule).join(', ')}: không chấm được mục này.`,
      lines: [],
    };
  }
  // What an ignore comment silenced counts too: the comment hides the marker, it does not fix the line.
  const findings = [...analysis.findings, ...analysis.suppressed].filter((f) => enabled.includes(f.rule));
  if (findings.length === 0) {
    // no-secrets reads what the Dockerfile writes; a build secret copied out of its mount is in the image all the same.
    const leak = enabled.includes('no-secrets') ? secretWrittenToImage(analysis.ast) : null;
    if (leak) return { ...base, kind: 'rules', status: 'fail', rules: check.rules, why: leak.why, lines: [leak.line] };
    return { ...base, kind: 'rules', status: 'pass', rules: check.rules, why: `Không quy tắc nào báo vi phạm: ${enabled.join(', ')}.`, lines: [] };
  }
  const lines = [...new Set(findings.map((f) => f.line))].sort((a, b) => a - b);
  const first = findings[0]!;
  const more = findings.length > 1 ? ` (và ${findings.length - 1} chỗ khác)` : '';
  const silenced = findings.some((f) => analysis.suppressed.includes(f))
    ? ' Chú thích ignore chỉ ẩn cảnh báo trong editor, bài chấm vẫn tính: hãy sửa dòng đó.'
    : '';
  return {
    ...base,
    kind: 'rules',
    status: 'fail',
    rules: check.rules,
    why: `${first.rule}, ${where([first.line])}: ${first.message}${more}${silenced}`,
    lines,
  };
}

function safely(id: string, label: string, run: () => GradeItem): GradeItem {
  try {
    return run();
  } catch (error) {
    return { id, label, kind: 'requirement', status: 'fail', why: `Trình chấm gặp lỗi ở mục này: ${message(error)}.`, lines: [] };
  }
}

function analyzerFailure(error: unknown): GradeItem {
  return {
    id: 'analyzer',
    label: 'Trình phân tích Dockerfile',
    kind: 'requirement',
    status: 'fail',
    why: `Trình phân tích gặp lỗi nên không chấm được: ${message(error)}.`,
    lines: [],
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function summarize(items: GradeItem[]): Grade {
  const graded = items.filter((i) => i.status !== 'manual').length;
  const passed = items.filter((i) => i.status === 'pass').length;
  return { passed, graded, score: graded === 0 ? 100 : Math.round((100 * passed) / graded), items };
}
