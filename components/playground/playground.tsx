'use client';
// /playground: any Dockerfile, every rule, a share link carrying the code in the URL hash.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyFix } from '@/lib/dockerfile/fix';
import type { Fix } from '@/lib/dockerfile/types';
import { playgroundHref, readPlaygroundHash } from '@/lib/share/playground-link';
import { useProgress } from '@/lib/store';
import { CodeWorkspace } from '@/components/editor/code-workspace';
import { FindingsList } from '@/components/editor/findings-list';
import { LayerCacheView } from '@/components/editor/layer-cache-view';
import { useAnalysis } from '@/components/editor/use-analysis';
import type { WorkspaceFile } from '@/components/editor/workspace-file';
import { SaveStateLabel } from '@/components/exercise/save-state';
import { useAutosave } from '@/components/exercise/use-autosave';
import { HeadingLevelProvider } from '@/components/layout/heading-level';
import { useHydrated } from '@/components/progress/use-hydrated';
import { DEFAULT_DOCKERFILE, DEFAULT_DOCKERIGNORE } from './default-dockerfile';

/** The build context the playground pretends to have, for the layer-cache view. */
const PLAYGROUND_CONTEXT = ['requirements.txt', 'src/api.py', 'src/model.py', 'src/train.py', 'models/model.pkl', '.env', 'README.md'];

/** Saved progress key of the playground's own autosave. */
export const PLAYGROUND_ID = 'playground';

interface Draft {
  code: string;
  dockerignore: string;
}

function initialDraft(hash: string, saved: Draft | undefined): { draft: Draft; linkError: string | null } {
  if (hash === '' || hash === '#') return { draft: saved ?? { code: DEFAULT_DOCKERFILE, dockerignore: DEFAULT_DOCKERIGNORE }, linkError: null };
  let fromLink: ReturnType<typeof readPlaygroundHash> = null;
  try {
    fromLink = readPlaygroundHash(hash);
  } catch {
    fromLink = null;
  }
  if (!fromLink) {
    return {
      draft: { code: DEFAULT_DOCKERFILE, dockerignore: DEFAULT_DOCKERIGNORE },
      linkError: 'Liên kết không đọc được (có thể bị cắt hoặc sửa). Đang hiển thị Dockerfile mặc định.',
    };
  }
  return { draft: { code: fromLink.dockerfile, dockerignore: fromLink.dockerignore ?? '' }, linkError: null };
}

export function Playground() {
  const hydrated = useHydrated();
  const [start, setStart] = useState<{ draft: Draft; linkError: string | null; key: number } | null>(null);

  useEffect(() => {
    if (!hydrated) return;
    const read = () => {
      const saved = useProgress.getState().exercises[PLAYGROUND_ID];
      const next = initialDraft(window.location.hash, saved ? { code: saved.code, dockerignore: saved.dockerignore ?? '' } : undefined);
      setStart((old) => ({ ...next, key: (old?.key ?? 0) + 1 }));
    };
    read();
    // A pasted link opened in the same tab changes only the hash.
    const onHashChange = () => {
      if (window.location.hash !== lastWrittenHash) read();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [hydrated]);

  if (!start) return <p className="editor-loading">Đang tải trình soạn thảo…</p>;
  return <PlaygroundWorkspace key={start.key} initial={start.draft} linkError={start.linkError} />;
}

let lastWrittenHash = '';

function PlaygroundWorkspace({ initial, linkError }: { initial: Draft; linkError: string | null }) {
  const [draft, setDraft] = useState(initial);
  const [activePath, setActivePath] = useState('Dockerfile');
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(null);
  const [showInfo, setShowInfo] = useState(false);
  const [showCache, setShowCache] = useState(false);
  const [shareMessage, setShareMessage] = useState<{ text: string; link?: string } | null>(null);

  const dockerignore = draft.dockerignore === '' ? undefined : draft.dockerignore;
  const options = useMemo(() => ({ allRules: true, ...(dockerignore === undefined ? {} : { dockerignore }) }), [dockerignore]);
  const result = useAnalysis(draft.code, options);
  const analysis = result?.ok ? result.analysis : null;
  const findings = analysis?.findings ?? [];
  const shown = showInfo ? findings : findings.filter((f) => f.severity !== 'info');
  const infoCount = findings.length - findings.filter((f) => f.severity !== 'info').length;
  const saveState = useAutosave(PLAYGROUND_ID, draft.code, dockerignore);

  const files: WorkspaceFile[] = [
    { path: 'Dockerfile', value: draft.code, language: 'dockerfile', readOnly: false },
    { path: '.dockerignore', value: draft.dockerignore, language: 'plaintext', readOnly: false },
  ];

  const jump = useCallback((line: number) => {
    setActivePath('Dockerfile');
    setReveal((old) => ({ line, nonce: (old?.nonce ?? 0) + 1 }));
  }, []);

  async function share() {
    const href = playgroundHref(draft.code, dockerignore);
    lastWrittenHash = href.slice(href.indexOf('#'));
    window.history.replaceState(null, '', href);
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setShareMessage({ text: 'Đã sao chép liên kết chia sẻ. Mã nằm trong liên kết, không gửi lên máy chủ nào.' });
    } catch {
      setShareMessage({ text: 'Không sao chép tự động được; hãy sao chép liên kết này:', link });
    }
  }

  return (
    <div className="playground">
      {linkError ? (
        <p role="alert" className="playground-link-error">
          {linkError}
        </p>
      ) : null}
      <CodeWorkspace
        scope={PLAYGROUND_ID}
        files={files}
        onChange={(path, value) => setDraft((d) => (path === 'Dockerfile' ? { ...d, code: value } : { ...d, dockerignore: value }))}
        findings={shown}
        analyzedSource={result?.source ?? ''}
        onGrade={() => document.getElementById('playground-findings')?.focus()}
        gradeActionLabel="tới danh sách phát hiện"
        reveal={reveal}
        activePath={activePath}
        onActivePathChange={setActivePath}
      />
      <div className="playground-actions">
        <button type="button" className="button" onClick={() => void share()}>
          Chia sẻ liên kết
        </button>
        <SaveStateLabel state={saveState} />
        <label className="playground-option">
          <input type="checkbox" checked={showInfo} onChange={(event) => setShowInfo(event.target.checked)} /> Hiện cả gợi ý mức
          “info” ({infoCount})
        </label>
        <label className="playground-option">
          <input type="checkbox" checked={showCache} onChange={(event) => setShowCache(event.target.checked)} /> Mô phỏng layer cache
        </label>
      </div>
      {shareMessage ? (
        <p role="status" className="share-message">
          {shareMessage.text}
          {shareMessage.link ? <input readOnly value={shareMessage.link} aria-label="Liên kết chia sẻ" onFocus={(e) => e.target.select()} /> : null}
        </p>
      ) : null}
      {result && !result.ok ? (
        <p role="alert" className="analysis-error">
          {result.message}
        </p>
      ) : null}
      <h2 id="playground-findings" tabIndex={-1}>
        Phát hiện ({shown.length})
      </h2>
      {showCache && analysis ? (
        <LayerCacheView analysis={analysis} dockerignore={dockerignore} contextFiles={PLAYGROUND_CONTEXT} onJump={jump} />
      ) : null}
      <HeadingLevelProvider level={3}>
        {analysis ? <FindingsList findings={shown} onFix={(fix: Fix) => setDraft((d) => ({ ...d, code: applyFix(d.code, fix) }))} onJump={jump} /> : null}
      </HeadingLevelProvider>
    </div>
  );
}
