/**
 * How early, before it scrolls into view, a lesson's island (the exercise's editor, the quiz) starts
 * loading its code: an IntersectionObserver rootMargin, about a screen ahead.
 */
export const NEAR_VIEWPORT = '600px 0px';
