// The chapter's five checklists as data: every item of the seed, word for word, and how it is graded.
// A `rules` item passes when none of its rules fires; a `fact` item passes when the Dockerfile shows the
// practice (facts.ts); a `manual` item cannot be judged from a Dockerfile and never counts.

export type ChecklistCheck =
  | { kind: 'rules'; rules: string[] }
  | { kind: 'fact'; fact: string }
  | { kind: 'manual' };

export interface ChecklistItem {
  /** Stable id, unique across checklists (rubrics and links name it). */
  id: string;
  /** The seed's line with the markdown emphasis removed, e.g. `Non-root user (USER statement)`. */
  text: string;
  /** The bold lead of the seed's line (`Non-root user`), rendered strong; absent when none. */
  strong?: string;
  /** Label of the seed's nested group (`Efficiency:`), for question 7's two-level list. */
  group?: string;
  check: ChecklistCheck;
}

export interface Checklist {
  id: string;
  question: number;
  /** The seed's heading, e.g. `10. Optimization Checklist`. */
  title: string;
  /** Heading id of the checklist on the lesson page. */
  anchor: string;
  items: ChecklistItem[];
}

const rules = (...ids: string[]): ChecklistCheck => ({ kind: 'rules', rules: ids });
const fact = (id: string): ChecklistCheck => ({ kind: 'fact', fact: id });
const manual: ChecklistCheck = { kind: 'manual' };

export const checklists: Checklist[] = [
  {
    id: 'q6-optimization',
    question: 6,
    title: '10. Optimization Checklist',
    anchor: 'optimization-checklist',
    items: [
      { id: 'q6-base-image', text: 'Base image tối thiểu (slim/alpine nếu possible)', check: rules('base-image-slim') },
      { id: 'q6-multi-stage', text: 'Multi-stage builds (tách build/runtime)', check: fact('multi-stage') },
      { id: 'q6-layer-caching', text: 'Layer caching: dependencies trước code', check: rules('deps-before-source') },
      { id: 'q6-dockerignore', text: '.dockerignore: loại bỏ unnecessary files', check: rules('dockerignore-missing') },
      { id: 'q6-version-tags', text: 'Specific version tags (reproducible)', check: rules('base-image-pinned') },
      { id: 'q6-pip-no-cache', text: '--no-cache-dir cho pip', check: rules('pip-no-cache-dir') },
      { id: 'q6-combine-run', text: 'Combine RUN commands (giảm layers)', check: rules('consecutive-run', 'apt-update-alone') },
      { id: 'q6-build-deps', text: 'Remove build-only dependencies', check: fact('build-deps-removed') },
      { id: 'q6-non-root', text: 'Non-root user', check: rules('non-root-user') },
      { id: 'q6-healthcheck', text: 'Health checks', check: fact('healthcheck') },
    ],
  },
  {
    id: 'q7-ml-models',
    question: 7,
    title: '10. Dockerfile Checklist cho ML Models',
    anchor: 'dockerfile-checklist-cho-ml-models',
    items: [
      {
        id: 'q7-versioning',
        text: 'Versioning: Pin all dependency versions',
        strong: 'Versioning:',
        check: rules('base-image-pinned', 'pip-pin-versions', 'apt-pin-versions'),
      },
      { id: 'q7-multi-stage', text: 'Multi-stage: Separate build/runtime stages', strong: 'Multi-stage:', check: fact('multi-stage') },
      {
        id: 'q7-security',
        text: 'Security: Non-root user, minimal layers',
        strong: 'Security:',
        check: rules('non-root-user', 'consecutive-run'),
      },
      { id: 'q7-small-base', group: 'Efficiency:', text: 'Small base image (slim/alpine)', check: rules('base-image-slim') },
      { id: 'q7-layer-caching', group: 'Efficiency:', text: 'Layer caching (dependencies trước code)', check: rules('deps-before-source') },
      { id: 'q7-pip-no-cache', group: 'Efficiency:', text: '--no-cache-dir for pip', check: rules('pip-no-cache-dir') },
      { id: 'q7-healthcheck', group: 'Reliability:', text: 'HEALTHCHECK command', check: fact('healthcheck') },
      { id: 'q7-proper-logging', group: 'Reliability:', text: 'Proper logging', check: manual },
      { id: 'q7-error-handling', group: 'Reliability:', text: 'Error handling', check: manual },
      { id: 'q7-env-config', group: 'Observability:', text: 'ENV variables for configuration', check: fact('env-config') },
      { id: 'q7-stdout-logging', group: 'Observability:', text: 'Logging output to stdout/stderr', check: rules('python-unbuffered') },
      { id: 'q7-metrics', group: 'Observability:', text: 'Metrics exposure', check: manual },
      { id: 'q7-expose', group: 'Operations:', text: 'EXPOSE ports', check: fact('expose') },
      { id: 'q7-workdir', group: 'Operations:', text: 'WORKDIR set', check: fact('workdir') },
      { id: 'q7-command', group: 'Operations:', text: 'ENTRYPOINT/CMD defined', check: fact('command-defined') },
      { id: 'q7-label', group: 'Documentation:', text: 'LABEL metadata', check: fact('label') },
      { id: 'q7-volume', group: 'Documentation:', text: 'VOLUME definitions', check: fact('volume') },
      { id: 'q7-comments', group: 'Documentation:', text: 'Comments in Dockerfile', check: fact('comments') },
    ],
  },
  {
    id: 'q8-layer-caching',
    question: 8,
    title: '9. Layer Caching Checklist',
    anchor: 'layer-caching-checklist',
    items: [
      {
        id: 'q8-order',
        text: 'Order: System deps → Requirements → Code → App-specific',
        strong: 'Order:',
        check: fact('layer-order'),
      },
      {
        id: 'q8-stable-first',
        text: 'Stable first: Things that rarely change in earlier layers',
        strong: 'Stable first:',
        check: rules('deps-before-source'),
      },
      {
        id: 'q8-combine',
        text: 'Combine: Use && to combine related RUN commands',
        strong: 'Combine:',
        check: rules('consecutive-run', 'apt-update-alone'),
      },
      { id: 'q8-dockerignore', text: '.dockerignore: Exclude unnecessary files', strong: '.dockerignore:', check: rules('dockerignore-missing') },
      {
        id: 'q8-specific-tags',
        text: 'Specific tags: Pin base image versions (not :latest)',
        strong: 'Specific tags:',
        check: rules('base-image-pinned'),
      },
      { id: 'q8-test-builds', text: 'Test builds: Time your builds before/after optimization', strong: 'Test builds:', check: manual },
      { id: 'q8-buildkit', text: 'BuildKit: Enable for parallel builds', strong: 'BuildKit:', check: manual },
      { id: 'q8-multi-stage', text: 'Multi-stage: Separate concerns (build vs runtime)', strong: 'Multi-stage:', check: fact('multi-stage') },
    ],
  },
  {
    id: 'q9-large-model',
    question: 9,
    title: 'Strategy 9: Large Model Optimization Checklist',
    anchor: 'large-model-optimization-checklist',
    items: [
      {
        id: 'q9-no-model-in-image',
        text: "Don't include models in base image (unless essential)",
        strong: "Don't include models in base image",
        check: rules('model-in-image'),
      },
      { id: 'q9-runtime-model', text: 'Download at runtime or mount volumes', strong: 'Download at runtime', check: fact('model-at-runtime') },
      { id: 'q9-external-storage', text: 'Use external storage (S3, GCS, Azure Blob)', strong: 'Use external storage', check: manual },
      { id: 'q9-lazy-loading', text: 'Lazy loading for multiple models', strong: 'Lazy loading', check: manual },
      { id: 'q9-caching', text: 'Caching to avoid repeated downloads', strong: 'Caching', check: manual },
      { id: 'q9-versioning', text: 'Versioning for model updates', strong: 'Versioning', check: manual },
      { id: 'q9-healthcheck', text: 'Health checks to verify model loaded', strong: 'Health checks', check: fact('healthcheck') },
      { id: 'q9-monitoring', text: 'Monitoring download times, failures', strong: 'Monitoring', check: manual },
    ],
  },
  {
    id: 'q10-security',
    question: 10,
    title: '11. Security Checklist',
    anchor: 'security-checklist',
    items: [
      { id: 'q10-non-root', text: 'Non-root user (USER statement)', strong: 'Non-root user', check: rules('non-root-user') },
      { id: 'q10-scan', text: 'Scan vulnerabilities (Trivy, Snyk)', strong: 'Scan vulnerabilities', check: manual },
      { id: 'q10-official-base', text: 'Official base images (verified, updated)', strong: 'Official base images', check: rules('base-image-official') },
      { id: 'q10-no-secrets', text: 'No hardcoded secrets (env vars at runtime)', strong: 'No hardcoded secrets', check: rules('no-secrets', 'secret-arg') },
      { id: 'q10-minimal-base', text: 'Minimal base image (slim/alpine/distroless)', strong: 'Minimal base image', check: rules('base-image-slim') },
      { id: 'q10-updated-deps', text: 'Updated dependencies (security patches)', strong: 'Updated dependencies', check: manual },
      { id: 'q10-file-permissions', text: 'File permissions (644 for files, 755 for dirs)', strong: 'File permissions', check: rules('no-world-writable') },
      { id: 'q10-read-only-fs', text: 'Read-only filesystem (where possible)', strong: 'Read-only filesystem', check: manual },
      { id: 'q10-image-signing', text: 'Image signing (content trust)', strong: 'Image signing', check: manual },
      { id: 'q10-regular-rebuilds', text: 'Regular rebuilds (weekly for patches)', strong: 'Regular rebuilds', check: manual },
      { id: 'q10-healthcheck', text: 'Health checks (verify container health)', strong: 'Health checks', check: fact('healthcheck') },
      { id: 'q10-logging', text: 'Logging (for audit trail)', strong: 'Logging', check: manual },
      { id: 'q10-sbom', text: 'SBOM (Software Bill of Materials)', strong: 'SBOM', check: manual },
    ],
  },
];

const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
const itemsById = new Map(checklists.flatMap((checklist) => checklist.items.map((item) => [item.id, { checklist, item }] as const)));

export function getChecklist(id: string): Checklist | undefined {
  return byId.get(id);
}

/** An item by its id, with the checklist that holds it. */
export function getChecklistItem(id: string): { checklist: Checklist; item: ChecklistItem } | undefined {
  return itemsById.get(id);
}
