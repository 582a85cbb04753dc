/**
 * Enter on a radio or checkbox would submit the form (implicit submission): in a quiz that hands it in
 * with questions unanswered. Only the "Nộp bài" button does that; Enter on an answer does nothing.
 */
export function keepEnterOnChoices(event: Pick<KeyboardEvent, 'key' | 'target' | 'preventDefault'>): void {
  if (event.key !== 'Enter') return;
  const target = event.target;
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) event.preventDefault();
}
