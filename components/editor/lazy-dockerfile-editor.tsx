'use client';
// Monaco enters only through this dynamic import, never in first-load JS and never on the server.
import dynamic from 'next/dynamic';

export const loadDockerfileEditor = () => import('./dockerfile-editor');

export const LazyDockerfileEditor = dynamic(() => loadDockerfileEditor().then((m) => m.DockerfileEditor), {
  ssr: false,
  loading: () => <p className="editor-loading">Đang tải trình soạn thảo…</p>,
});
