'use client';
// The instructor's results board: result links pasted in bulk, each re-graded in this browser, one
// table row per link, copyable into a spreadsheet. The paste is kept on this device only.
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { copyText } from '@/components/share/copy-text';
import { savedPaste, savePaste } from './board-storage';
import { BOARD_MAX_CHARS, BOARD_MAX_LINKS, boardToTsv, mixedRubrics, readBoard, type Board, type BoardRow } from './read-board';
import styles from './results.module.css';

type Order = 'pasted' | 'name' | 'score';

const NOT_SAVED = 'Không lưu được danh sách trên trình duyệt này (bộ nhớ đầy hoặc bị chặn); bảng vẫn chấm bình thường.';
const PASTE_SAVE_DELAY_MS = 400;

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function ordered(rows: readonly BoardRow[], order: Order): BoardRow[] {
  if (order === 'pasted') return [...rows];
  // Lines that are not results stay at the end, in paste order.
  const results = rows.filter((row) => row.kind === 'result');
  const problems = rows.filter((row) => row.kind === 'problem');
  results.sort((a, b) =>
    order === 'name' ? byName.compare(a.name ?? '', b.name ?? '') || a.line - b.line : b.score - a.score || a.line - b.line,
  );
  return [...results, ...problems];
}

const noSubscription = () => () => {};

/** The board once in the browser: the paste of an earlier visit lives in this browser's storage. */
export function ResultsBoard() {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return inBrowser ? <BoardWithPaste saved={savedPaste()} /> : <p>Đang mở bảng kết quả…</p>;
}

/** `saved`: the paste of an earlier visit, graded again at once. */
function BoardWithPaste({ saved }: { saved: string }) {
  const [text, setText] = useState(saved);
  const [board, setBoard] = useState<Board | null>(() => (saved === '' ? null : readBoard(saved)));
  // The text the table was graded from: an edit since then leaves the table behind the list.
  const [gradedText, setGradedText] = useState(saved);
  const [order, setOrder] = useState<Order>('pasted');
  const [message, setMessage] = useState<string | null>(null);
  // What "Xoá danh sách" took away, until "Hoàn tác" or the next grading.
  const [cleared, setCleared] = useState<string | null>(null);
  const inputId = useId();
  const orderId = useId();
  const input = useRef<HTMLTextAreaElement>(null);

  // Links pasted and not graded yet are kept too: a reload or a click away does not lose them.
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    if (text === gradedText && unsaved.current === null) return;
    unsaved.current = text;
    const timer = setTimeout(() => {
      unsaved.current = null;
      if (!savePaste(text)) setMessage(NOT_SAVED);
    }, PASTE_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, gradedText]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current !== null) savePaste(unsaved.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  function gradeText(next: string) {
    setBoard(readBoard(next));
    setGradedText(next);
    setCleared(null);
    setMessage(savePaste(next) ? null : NOT_SAVED);
  }

  function grade(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    gradeText(text);
  }

  function clear() {
    setCleared(text);
    setText('');
    setBoard(null);
    setGradedText('');
    setMessage(savePaste('') ? 'Đã xoá danh sách liên kết khỏi trình duyệt này.' : null);
    input.current?.focus(); // the clicked button is disabled now: focus would fall to the page
  }

  function undoClear() {
    if (cleared === null) return;
    setText(cleared);
    gradeText(cleared);
    input.current?.focus(); // the button goes with the notice
  }

  async function copyTable() {
    if (!board) return;
    setMessage((await copyText(boardToTsv(ordered(board.rows, order)))) ? 'Đã sao chép bảng: dán vào bảng tính (Excel, Google Sheets).' : 'Trình duyệt không cho sao chép tự động.');
  }

  const rows = useMemo(() => (board ? ordered(board.rows, order) : []), [board, order]);
  const results = rows.filter((row) => row.kind === 'result');
  const problems = rows.length - results.length;
  const average = results.length ? Math.round(results.reduce((sum, row) => sum + row.score, 0) / results.length) : null;
  const mixed = useMemo(() => mixedRubrics(rows), [rows]);

  return (
    <div className={styles.board}>
      <form onSubmit={grade} className={styles.form}>
        <label htmlFor={inputId}>Liên kết kết quả (mỗi dòng một liên kết)</label>
        <textarea
          ref={input}
          id={inputId}
          value={text}
          rows={8}
          spellCheck={false}
          placeholder="https://…/share/#…"
          data-testid="board-input"
          // Never cut here: what is past the limit stays in the box, and the board says it was not graded.
          onChange={(event) => setText(event.target.value)}
        />
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            Chấm các liên kết
          </button>
          <button type="button" className="button" onClick={clear} disabled={text === '' && board === null}>
            Xoá danh sách
          </button>
        </div>
      </form>
      <p role="status" className={styles.status} data-testid="board-status">
        {message ??
          (board
            ? rows.length === 0
              ? 'Chưa có liên kết nào trong danh sách.'
              : `Đã chấm lại ${results.length} kết quả${average === null ? '' : `, điểm trung bình ${average}%`}${problems ? `; ${problems} dòng không đọc được` : ''}.`
            : '')}
      </p>
      {/* Offered until something else is typed in the box: an undo never replaces newer typing. */}
      {cleared !== null && text === '' ? (
        <p>
          <button type="button" className="button button--small" onClick={undoClear}>
            Hoàn tác xoá danh sách
          </button>
        </p>
      ) : null}
      {board && text !== gradedText ? (
        <p className={styles.warning} data-testid="board-stale">
          Danh sách đã thay đổi sau lần chấm trước: bảng dưới đây chưa tính các thay đổi đó. Bấm “Chấm các liên kết” để chấm lại.
        </p>
      ) : null}
      {board && (board.skipped > 0 || board.truncated) ? (
        <p className={styles.warning} data-testid="board-limit">
          {board.skipped > 0 ? `Chỉ chấm ${BOARD_MAX_LINKS} liên kết đầu tiên; ${board.skipped} dòng sau đó chưa được chấm. ` : ''}
          {board.truncated ? `Đoạn dán dài hơn ${BOARD_MAX_CHARS.toLocaleString('vi-VN')} ký tự: phần sau đó chưa được chấm. ` : ''}
          Hãy chia danh sách thành nhiều lần.
        </p>
      ) : null}
      {mixed.length > 0 ? (
        <p className={styles.warning} data-testid="board-mixed-rubrics">
          {mixed.map(({ question, codes }) => `Câu ${question}: các kết quả được chấm theo ${codes.length} bảng tiêu chí khác nhau (${codes.join(', ')}).`).join(' ')}{' '}
          Một lớp nhận cùng một liên kết bài giao thì có cùng một mã: mã khác là bài giao khác, kết quả gửi thẳng từ bài tập trong bài học (theo bảng
          đầy đủ), hoặc liên kết đã bị sửa. Đối chiếu với mã hiện khi tạo liên kết bài giao.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <div className={styles.tools}>
            <label htmlFor={orderId}>Sắp xếp</label>
            <select id={orderId} className="select" value={order} onChange={(event) => setOrder(event.target.value as Order)}>
              <option value="pasted">Theo thứ tự dán</option>
              <option value="name">Theo tên học viên</option>
              <option value="score">Theo điểm, cao trước</option>
            </select>
            <button type="button" className="button button--small" onClick={copyTable}>
              Sao chép bảng
            </button>
          </div>
          {/* Focusable so that a keyboard can scroll the table sideways on a narrow screen. */}
          <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="board-caption">
            <table className={styles.table} data-testid="board-table">
              <caption id="board-caption">Kết quả đã chấm lại</caption>
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Học viên</th>
                  <th scope="col">Bài tập</th>
                  <th scope="col">Điểm</th>
                  <th scope="col">Bảng tiêu chí</th>
                  <th scope="col">Chưa đạt</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (row.kind === 'problem' ? <ProblemRow key={row.line} row={row} /> : <ResultRow key={row.line} row={row} />))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

function ResultRow({ row }: { row: Extract<BoardRow, { kind: 'result' }> }) {
  return (
    <tr data-testid="board-row">
      <td>{row.line}</td>
      <td>
        <a href={row.href}>{row.name ?? 'không ghi tên'}</a>
        {row.duplicateOf !== null ? <span className={styles.aside}> (trùng dòng {row.duplicateOf})</span> : null}
        {row.solutionSeen ? (
          <span className={styles.aside} data-testid="board-solution-seen">
            {' '}
            · đã xem lời giải
          </span>
        ) : null}
      </td>
      <td>
        Câu {row.question}: {row.exerciseTitle}
      </td>
      <td>
        <strong>{row.score}%</strong>
        <span className={styles.aside}>
          {' '}
          ({row.passed}/{row.graded} mục)
        </span>
        {row.fullScore !== null ? <span className={styles.aside}> · theo bảng đầy đủ: {row.fullScore}%</span> : null}
      </td>
      <td>
        <code className={styles.code}>{row.rubricCode}</code>
        <span className={styles.aside}>{row.fullScore === null ? ' (đầy đủ)' : ' (riêng)'}</span>
      </td>
      <td>{row.failed.length ? <ul className={styles.failed}>{row.failed.map((label, i) => <li key={i}>{label}</li>)}</ul> : 'Không có'}</td>
    </tr>
  );
}

function ProblemRow({ row }: { row: Extract<BoardRow, { kind: 'problem' }> }) {
  return (
    <tr data-testid="board-problem" className={styles.problem}>
      <td>{row.line}</td>
      <td colSpan={5}>{row.message}</td>
    </tr>
  );
}
