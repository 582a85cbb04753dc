// Documentation of the `apk-no-cache` rule: the /rules/apk-no-cache/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apk add` nên dùng `--no-cache`.',
  why: 'Image Alpine không có sẵn chỉ mục gói, nên người ta thường viết `apk update && apk add …` (hoặc `apk add --update-cache`): chỉ mục tải về nằm ở `/var/cache/apk`. Image chạy không cần nó, nhưng nó nằm lại trong layer. `--no-cache` tải chỉ mục mới nhất rồi bỏ đi ngay: image nhỏ hơn, và không cần `apk update` riêng (ở RUN riêng thì nó dễ bị cache cũ như `apt-get update`).',
  bad: 'FROM python:3.11-alpine\nRUN apk update && apk add curl\n',
  good: 'FROM python:3.11-alpine\nRUN apk add --no-cache curl\n',
  fix: 'Viết `apk add --no-cache <gói>` (quick fix chèn cờ này). Với BuildKit có thể dùng cache mount: `RUN --mount=type=cache,target=/var/cache/apk apk add --update-cache …` (vẫn cần `--update-cache` vì image gốc không có chỉ mục): chỉ mục nằm trong cache của máy build, không vào image.',
};
