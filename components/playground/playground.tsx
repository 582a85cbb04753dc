'use client';
// /playground: any Dockerfile, every rule, a share link carrying the code in the URL hash.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_SAVED_CODE_CHARS } from '@/lib/progress/limits';
import { applyFix } from '@/lib/dockerfile/fix';
import type { Fix } from '@/lib/dockerfile/types';
import { MAX_LINK_FILE_CHARS, PLAYGROUND_PATH, playgroundHref, readPlaygroundHash, sharePlaygroundLink, type PlaygroundHash } from '@/lib/share/playground-link';
import { useProgress } from '@/lib/store';
import { CodeWorkspace } from '@/components/editor/code-workspace';
import { FindingsList } from '@/components/editor/findings-list';
import { LayerCacheView } from '@/components/editor/layer-cache-view';
import { useAnalysis } from '@/components/editor/use-analysis';
import type { WorkspaceFile } from '@/components/editor/workspace-file';
import { SaveStateLabel } from '@/components/exercise/save-state';
import { UndoToast, type UndoToastState } from '@/components/exercise/undo-toast';
import { AUTOSAVE_DELAY_MS, flushAutosaves, useAutosave, type SaveState } from '@/components/exercise/use-autosave';
import { SAVED_ELSEWHERE, useSavesElsewhere } from '@/components/exercise/use-saves-elsewhere';
import { firstBinaryLine } from '@/components/editor/binary-content';
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

interface Start {
  draft: Draft;
  linkError: string | null;
  /** The draft came from a link and the learner has other work saved here: edits stay in the link. */
  fromLink: boolean;
}

function initialDraft(hash: string, saved: Draft | undefined): Start {
  const own = saved ?? { code: DEFAULT_DOCKERFILE, dockerignore: DEFAULT_DOCKERIGNORE };
  if (hash === '' || hash === '#') return { draft: own, linkError: null, fromLink: false };
  let fromLink: PlaygroundHash;
  try {
    fromLink = readPlaygroundHash(hash);
  } catch {
    fromLink = { ok: false, reason: 'corrupt' };
  }
  if (!fromLink.ok) {
    const shown = saved ? 'bản bạn đã lưu' : 'Dockerfile mặc định';
    return {
      draft: own,
      linkError:
        fromLink.reason === 'too-large'
          ? `Liên kết chứa một tệp quá lớn (hơn ${MAX_LINK_FILE_CHARS.toLocaleString('vi-VN')} ký tự sau khi giải nén) nên không được mở. Đang hiển thị ${shown}.`
          : `Liên kết không đọc được (có thể bị cắt hoặc sửa). Đang hiển thị ${shown}.`,
      fromLink: false,
    };
  }
  const draft = { code: fromLink.dockerfile, dockerignore: fromLink.dockerignore ?? '' };
  // Nothing of the learner's own to replace: the link's code becomes the playground's draft as it is edited.
  const replacesOwnWork = saved !== undefined && (saved.code !== draft.code || saved.dockerignore !== draft.dockerignore);
  return { draft, linkError: null, fromLink: replacesOwnWork };
}

/** Keeps a link's edited code in the address bar (so a reload keeps it), never in the learner's own saved draft. */
function useLinkAutosave(enabled: boolean, initial: Draft, code: string, dockerignore: string | undefined): SaveState {
  // What the address bar holds: at first, the files the link opened with.
  const [written, setWritten] = useState({ code: initial.code, dockerignore: initial.dockerignore === '' ? undefined : initial.dockerignore });
  const blocked: SaveState | null =
    code.length > MAX_SAVED_CODE_CHARS || (dockerignore?.length ?? 0) > MAX_SAVED_CODE_CHARS
      ? 'too-large'
      : firstBinaryLine(code) !== null || (dockerignore !== undefined && firstBinaryLine(dockerignore) !== null)
        ? 'binary'
        : null;
  const inAddressBar = written.code === code && written.dockerignore === dockerignore;
  useEffect(() => {
    if (!enabled || blocked || inAddressBar) return;
    const timer = setTimeout(() => {
      const href = playgroundHref(code, dockerignore);
      lastWrittenHash = href.slice(href.indexOf('#'));
      window.history.replaceState(null, '', href);
      setWritten({ code, dockerignore });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, blocked, inAddressBar, code, dockerignore]);
  return blocked ?? (inAddressBar ? 'saved' : 'pending');
}

export function Playground() {
  const hydrated = useHydrated();
  const [start, setStart] = useState<(Start & { key: number }) | null>(null);

  useEffect(() => {
    if (!hydrated) return;
    const read = () => {
      // Keystrokes of the workspace being replaced, still waiting for their save, are part of the learner's saved work.
      flushAutosaves();
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
  return <PlaygroundWorkspace key={start.key} initial={start.draft} linkError={start.linkError} fromLink={start.fromLink} />;
}

let lastWrittenHash = '';

/** The playground's files before the learner saves any. */
const DEFAULT_DRAFT: Draft = { code: DEFAULT_DOCKERFILE, dockerignore: DEFAULT_DOCKERIGNORE };

function PlaygroundWorkspace({ initial, linkError, fromLink: openedFromLink }: { initial: Draft; linkError: string | null; fromLink: boolean }) {
  const [draft, setDraft] = useState(initial);
  const [fromLink, setFromLink] = useState(openedFromLink);
  const saveCode = useProgress((state) => state.saveCode);
  const [toast, setToast] = useState<UndoToastState | null>(null);
  const toastId = useRef(0);
  // Another tab saved the learner's own playground: this one takes it up, with "Hoàn tác".
  const endUndoOfSavesElsewhere = useSavesElsewhere(fromLink ? null : PLAYGROUND_ID, DEFAULT_DRAFT, draft, (before, saved) => {
    setDraft(saved);
    toastId.current += 1;
    setToast({ id: toastId.current, message: SAVED_ELSEWHERE, undo: () => setDraft(before), origin: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  });
  const closeToast = useCallback(() => {
    endUndoOfSavesElsewhere();
    setToast(null);
  }, [endUndoOfSavesElsewhere]);
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
  const ownSaveState = useAutosave(fromLink ? null : PLAYGROUND_ID, draft.code, dockerignore);
  const linkSaveState = useLinkAutosave(fromLink, initial, draft.code, dockerignore);
  const saveState = fromLink ? linkSaveState : ownSaveState;

  function keepAsOwn() {
    if (!saveCode(PLAYGROUND_ID, { code: draft.code, ...(dockerignore === undefined ? {} : { dockerignore }) })) {
      setShareMessage({ text: 'Không lưu được: mã quá lớn để lưu trên máy này.' });
      return;
    }
    lastWrittenHash = '';
    window.history.replaceState(null, '', PLAYGROUND_PATH);
    setFromLink(false);
    setShareMessage({ text: 'Đã lưu thành bản của bạn trong sân chơi.' });
  }

  const files: WorkspaceFile[] = [
    { path: 'Dockerfile', value: draft.code, language: 'dockerfile', readOnly: false },
    { path: '.dockerignore', value: draft.dockerignore, language: 'plaintext', readOnly: false },
  ];

  const jump = useCallback((line: number) => {
    setActivePath('Dockerfile');
    setReveal((old) => ({ line, nonce: (old?.nonce ?? 0) + 1 }));
  }, []);

  async function share() {
    const shared = sharePlaygroundLink({ dockerfile: draft.code, dockerignore });
    if (!shared.ok) {
      setShareMessage({ text: shared.error });
      return;
    }
    const { href } = shared;
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
      {fromLink ? (
        <div className="share-message playground-from-link" data-testid="playground-from-link">
          <p>
            Dockerfile này mở từ một liên kết. Sửa ở đây chỉ đổi liên kết trên thanh địa chỉ: bản bạn đã lưu trong sân chơi vẫn giữ nguyên.
          </p>
          <button type="button" className="button button--small" onClick={keepAsOwn}>
            Lưu thành bản của tôi
          </button>
          <a className="button button--small" href={PLAYGROUND_PATH}>
            Mở bản đã lưu của tôi
          </a>
        </div>
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
      <UndoToast toast={toast} onClose={closeToast} />
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
