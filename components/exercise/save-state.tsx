// What a workspace says about its autosave, next to its grade or share button.
import type { SaveState } from './use-autosave';

const LABELS: Record<SaveState, string> = {
  saved: 'Đã lưu',
  pending: 'Đang lưu…',
  'too-large': 'Chưa lưu: mã quá lớn để lưu trên máy này',
  binary: 'Chưa lưu: mã có ký tự của dữ liệu nhị phân',
};

export function SaveStateLabel({ state }: { state: SaveState }) {
  return (
    <span className={`save-state save-state--${state}`} aria-live="polite" data-testid="save-state">
      {LABELS[state]}
    </span>
  );
}
