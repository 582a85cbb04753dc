'use client';
// The editor's keyboard shortcuts, in a native <dialog> (focus trap and Esc for free).
import { useId, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['Ctrl + M', 'Bật/tắt chế độ Tab rời khỏi trình soạn thảo'],
  ['Ctrl/⌘ + .', 'Sửa nhanh lỗi tại con trỏ'],
  ['F8 / Shift + F8', 'Tới phát hiện tiếp theo / trước đó'],
  ['Alt + F1', 'Trợ giúp trợ năng của trình soạn thảo'],
  ['Ctrl/⌘ + F', 'Tìm trong tệp'],
  ['Ctrl/⌘ + Z', 'Hoàn tác'],
];

/** `gradeActionLabel`: what Ctrl+Enter does here, lower case ("chấm điểm"). */
export function ShortcutsDialog({ gradeActionLabel }: { gradeActionLabel: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const shortcuts: [string, string][] = [['Ctrl/⌘ + Enter', gradeActionLabel.charAt(0).toUpperCase() + gradeActionLabel.slice(1)], ...SHORTCUTS];
  return (
    <>
      <button type="button" className="shortcuts-open" onClick={() => dialog.current?.showModal()}>
        Phím tắt
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>Phím tắt của trình soạn thảo</h3>
        <table>
          <tbody>
            {shortcuts.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="button">
            Đóng
          </button>
        </form>
      </dialog>
    </>
  );
}
