import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { docsOf } from '@/lib/dockerfile/docs';
import { rules, rulesById } from '@/lib/dockerfile/rules';
import { ruleLesson } from '@/components/rules/catalog.server';
import { withoutBackticks } from '@/components/rules/inline-code';
import { docText } from '@/components/rules/labels';
import { RuleDoc } from '@/components/rules/rule-doc';
import styles from '@/components/rules/rules.module.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return rules.map((rule) => ({ id: rule.meta.id }));
}

export async function generateMetadata({ params }: PageProps<'/rules/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const rule = rulesById.get(id);
  if (!rule) return {};
  return {
    title: `${id} — Quy tắc Dockerfile`,
    description: withoutBackticks(docText(docsOf(id).summary) ?? `Quy tắc ${id} của trình phân tích Dockerfile.`),
  };
}

export default async function RulePage({ params }: PageProps<'/rules/[id]'>) {
  const { id } = await params;
  const rule = rulesById.get(id);
  if (!rule) notFound();
  return (
    <div className={styles.page}>
      <RuleDoc meta={rule.meta} lesson={ruleLesson(rule.meta)} />
    </div>
  );
}
