// Monaco's own words in Vietnamese: the marker hover, the quick-fix menu, the problem navigator
// (F8), the find widget (Ctrl+F), the context menu and the screen-reader announcements a learner
// meets while answering. Monaco ships no Vietnamese, and its built modules look every label up by
// number in `globalThis._VSCODE_NLS_MESSAGES`, falling back to the English written at the call
// site when the slot is empty; so a sparse table translates what a learner sees and leaves the
// rest (settings descriptions, commands this editor never offers) as it was.
// Monaco reads some labels while its modules load: this module must be imported before them.
// The numbers belong to the installed monaco-editor; monaco-vi.test.ts checks each one still
// carries the English written here, so an upgrade that renumbers fails the tests, not the learner.

/** [Monaco's message number, its English, ours]. Placeholders `{0}` `{1}` `{2}` kept as they are. */
export const MONACO_VI: readonly (readonly [index: number, english: string, vietnamese: string])[] = [
  // Find widget (Ctrl+F / Ctrl+H)
  [1, 'input', 'ô nhập'],
  [2, 'Match Case', 'Phân biệt chữ hoa, chữ thường'],
  [3, 'Match Whole Word', 'Chỉ khớp nguyên từ'],
  [4, 'Use Regular Expression', 'Dùng biểu thức chính quy'],
  [5, 'input', 'ô nhập'],
  [6, 'Preserve Case', 'Giữ chữ hoa, chữ thường'],
  [12, ' or {0} for history', ' hoặc {0} để xem lịch sử'],
  [13, ' ({0} for history)', ' ({0} để xem lịch sử)'],
  [1018, 'Find / Replace', 'Tìm / Thay thế'],
  [1019, 'Find', 'Tìm'],
  [1020, 'Find', 'Tìm'],
  [1021, 'Previous Match', 'Kết quả trước'],
  [1022, 'Next Match', 'Kết quả sau'],
  [1023, 'Find in Selection', 'Tìm trong vùng chọn'],
  [1024, 'Close', 'Đóng'],
  [1025, 'Replace', 'Thay thế'],
  [1026, 'Replace', 'Thay thế'],
  [1027, 'Replace', 'Thay thế'],
  [1028, 'Replace All', 'Thay thế tất cả'],
  [1029, 'Toggle Replace', 'Bật/tắt thay thế'],
  [1030, 'Only the first {0} results are highlighted, but all find operations work on the entire text.', 'Chỉ {0} kết quả đầu được tô sáng, nhưng mọi thao tác tìm vẫn áp dụng cho toàn bộ văn bản.'],
  [1031, '{0} of {1}', '{0}/{1}'],
  [1032, 'No results', 'Không có kết quả'],
  [1033, '{0} found', 'Tìm thấy {0}'],
  [1034, "{0} found for '{1}'", "Tìm thấy {0} cho '{1}'"],
  [1035, "{0} found for '{1}', at {2}", "Tìm thấy {0} cho '{1}', tại {2}"],
  [1036, "{0} found for '{1}'", "Tìm thấy {0} cho '{1}'"],
  [1037, 'Press {0} for accessibility help', 'Nhấn {0} để xem trợ giúp trợ năng'],

  // Hover on a finding
  [1186, 'Copy', 'Sao chép'],
  [1187, 'Copied to clipboard', 'Đã sao chép'],
  [1195, 'View Problem', 'Xem vấn đề'],
  [1196, 'No quick fixes available', 'Không có sửa nhanh'],
  [1197, 'Checking for quick fixes...', 'Đang tìm sửa nhanh…'],
  [1198, 'No quick fixes available', 'Không có sửa nhanh'],
  [1199, 'Quick Fix...', 'Sửa nhanh…'],

  // Quick fixes (Ctrl+. and the light bulb)
  [881, 'An unknown error occurred while applying the code action', 'Có lỗi không rõ khi áp dụng thao tác sửa'],
  [888, 'No code actions available', 'Không có thao tác sửa nào ở đây'],
  [917, 'More Actions...', 'Thao tác khác…'],
  [918, 'Quick Fix', 'Sửa nhanh'],
  [930, 'Run: {0}', 'Chạy: {0}'],
  [931, 'Show Code Actions. Preferred Quick Fix Available ({0})', 'Xem thao tác sửa. Có sửa nhanh nên dùng ({0})'],
  [932, 'Show Code Actions ({0})', 'Xem thao tác sửa ({0})'],
  [933, 'Show Code Actions', 'Xem thao tác sửa'],
  [1731, '{0} to Apply, {1} to Preview', '{0} để áp dụng, {1} để xem trước'],
  [1732, '{0} to Apply', '{0} để áp dụng'],
  [1738, '{0}, Disabled Reason: {1}', '{0}, không dùng được vì: {1}'],
  [1740, 'Action Widget', 'Danh sách thao tác'],

  // Problem navigator (F8, Shift+F8)
  [1078, 'Go to Next Problem (Error, Warning, Info)', 'Tới vấn đề sau (lỗi, cảnh báo, thông tin)'],
  [1079, 'Go to Previous Problem (Error, Warning, Info)', 'Tới vấn đề trước (lỗi, cảnh báo, thông tin)'],
  [1082, 'Error', 'Lỗi'],
  [1083, 'Warning', 'Cảnh báo'],
  [1084, 'Info', 'Thông tin'],
  [1085, 'Hint', 'Gợi ý'],
  [1086, '{0}: {1} at {2}. ', '{0}: {1} tại {2}. '],
  [1087, '{0} of {1} problems', 'Vấn đề {0}/{1}'],
  [1088, '{0} of {1} problem', 'Vấn đề {0}/{1}'],
  [1383, 'Close', 'Đóng'],

  // Context menu
  [865, 'Cut', 'Cắt'],
  [866, 'Cut', 'Cắt'],
  [867, 'Cut', 'Cắt'],
  [869, 'Copy', 'Sao chép'],
  [870, 'Copy', 'Sao chép'],
  [871, 'Copy', 'Sao chép'],
  [873, 'Paste', 'Dán'],
  [874, 'Paste', 'Dán'],
  [875, 'Paste', 'Dán'],
  [1374, 'Change All Occurrences', 'Đổi mọi chỗ giống từ này'],

  // Announced to screen readers
  [844, 'Editor content', 'Nội dung trình soạn thảo'],
  [1354, 'Cursor added: {0}', 'Đã thêm con trỏ: {0}'],
  [1355, 'Cursors added: {0}', 'Đã thêm các con trỏ: {0}'],
  [1602, 'Pressing Tab will now move focus to the next focusable element', 'Giờ phím Tab chuyển sang phần tử kế tiếp'],
  [1603, 'Pressing Tab will now insert the tab character', 'Giờ phím Tab chèn ký tự tab'],
];

const messages: string[] = [];
for (const [index, , vietnamese] of MONACO_VI) messages[index] = vietnamese;
(globalThis as { _VSCODE_NLS_MESSAGES?: readonly string[] })._VSCODE_NLS_MESSAGES = messages;
