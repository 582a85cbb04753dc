'use client';
// Follows the site's theme: the class/attribute on <html> set by the theme switcher, else the system.
import { useSyncExternalStore } from 'react';

function isDark(): boolean {
  const root = document.documentElement;
  const explicit = root.dataset.theme ?? (root.classList.contains('dark') ? 'dark' : root.classList.contains('light') ? 'light' : '');
  if (explicit === 'dark' || explicit === 'light') return explicit === 'dark';
  if (root.style.colorScheme === 'dark' || root.style.colorScheme === 'light') return root.style.colorScheme === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

export function useDarkMode(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
