// What the analyzer knows about well-known base images: which are official, which publishers are
// verified, which run as non-root, which ship curl/wget, which have a smaller variant and which
// start something useful by default. Rules ask these questions of an `ImageRef`; anything not
// listed here is "unknown", and rules stay quiet on unknown images (a false positive costs trust).
import { splitImageRef } from './parse/image-ref';
import type { DockerfileAst, ImageRef, Range, Stage } from './types';

/** Images whose default command is a long-running service: without a CMD they still do their job. */
const SERVICE_IMAGE_NAMES = [
  'nginx', 'httpd', 'tomcat', 'tomee', 'jetty', 'caddy', 'traefik', 'haproxy', 'varnish', 'redis', 'postgres',
  'mysql', 'mariadb', 'percona', 'mongo', 'memcached', 'rabbitmq', 'elasticsearch', 'kibana', 'logstash',
  'cassandra', 'couchdb', 'couchbase', 'neo4j', 'influxdb', 'telegraf', 'zookeeper', 'solr', 'sonarqube',
  'registry', 'nats', 'eclipse-mosquitto', 'rethinkdb', 'arangodb', 'flink', 'open-liberty', 'websphere-liberty',
  'kong', 'emqx', 'adminer', 'ghost', 'wordpress', 'drupal', 'joomla', 'nextcloud', 'mediawiki', 'matomo', 'odoo',
  'redmine', 'hello-world', 'vault', 'consul',
];
const SERVICE_IMAGES = new Set(SERVICE_IMAGE_NAMES);

/** Images whose default command starts an interpreter (a REPL): useful for a tool, not for an app. */
const INTERPRETER_IMAGE_NAMES = ['python', 'pypy', 'node', 'ruby', 'julia', 'r-base', 'erlang', 'elixir', 'groovy', 'php'];
const INTERPRETER_IMAGES = new Set(INTERPRETER_IMAGE_NAMES);

/** Docker Hub "official images" (the `library/` namespace) that a course learner may meet. */
const OFFICIAL_IMAGES = new Set([
  // operating systems
  'alpine', 'busybox', 'debian', 'ubuntu', 'centos', 'fedora', 'amazonlinux', 'almalinux', 'rockylinux',
  'oraclelinux', 'archlinux', 'photon', 'clearlinux', 'mageia', 'alt', 'sl', 'ros',
  // languages and toolchains
  ...INTERPRETER_IMAGE_NAMES, 'golang', 'rust', 'perl', 'openjdk', 'eclipse-temurin',
  'amazoncorretto', 'ibm-semeru-runtimes', 'ibmjava', 'sapmachine', 'maven', 'gradle', 'gcc', 'buildpack-deps',
  'haskell', 'clojure', 'dart', 'swift', 'mono', 'bash', 'composer', 'hylang', 'kotlin', 'backdrop',
  // servers and data stores
  ...SERVICE_IMAGE_NAMES, 'chronograf', 'kapacitor', 'docker', 'crate', 'spark', 'storm', 'irssi', 'orientdb',
  'aerospike', 'geonetwork', 'xwiki', 'yourls', 'unit', 'znc',
]);

/**
 * Verified publishers and vendor registries, as `registry/namespace/` prefixes
 * (Docker Hub ones without a registry). Matched against `registry/repository` of a reference.
 */
const VERIFIED_PREFIXES = [
  'nvidia/', 'nvcr.io/nvidia/', 'pytorch/', 'tensorflow/', 'bitnami/', 'huggingface/', 'rayproject/',
  'gcr.io/distroless/', 'mcr.microsoft.com/', 'registry.access.redhat.com/', 'registry.redhat.io/',
  'registry.k8s.io/', 'cgr.dev/chainguard/', 'public.ecr.aws/docker/library/', 'public.ecr.aws/lambda/',
  'amazon/', 'docker/', 'grafana/', 'prom/', 'hashicorp/', 'nginxinc/', 'circleci/', 'cimg/',
  'docker.elastic.co/', 'mongodb/', 'confluentinc/', 'apache/', 'jupyter/', 'quay.io/jupyter/',
];

const DOCKER_HUB_REGISTRIES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Debian release names that official images put in tags (`3.11-bookworm`, `20-bookworm-slim`). */
const DEBIAN_RELEASES = '(?:trixie|bookworm|bullseye|buster|stretch)';

/** Where a finding on a reference that was not written in the file should point. */
const NO_RANGE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Splits a reference such as `docker.io/library/python:3.11-slim@sha256:…` into its parts, following
 * Docker's rule that the first path component is a registry when it has a `.` or `:` or is `localhost`.
 * For references met outside `FROM` (e.g. `COPY --from=nginx:1.27`) and for tests.
 */
export function imageRefOf(text: string, range: Range = NO_RANGE): ImageRef {
  const parts = splitImageRef(text.trim());
  // Spelled out in ImageRef's order: every reference made here shares one object shape.
  return { raw: text, resolved: text, unresolved: text.includes('$'), registry: parts.registry, repository: parts.repository, tag: parts.tag, digest: parts.digest, range, tagRange: null };
}

/**
 * The Docker Hub library name of a reference (`python` for `python:3.11`, `library/python` and
 * `docker.io/library/python`), or null when the image is not in the library namespace.
 */
export function libraryName(ref: ImageRef): string | null {
  if (ref.unresolved) return null;
  // Another registry's name stays in the path, so its images have a `/` left.
  const path = imagePath(ref);
  const repository = path.startsWith('library/') ? path.slice('library/'.length) : path;
  return repository.includes('/') ? null : repository;
}

let lastRepository = '';
let lastLowered = '';

/**
 * `ref.repository` lower-cased. Rules ask it of the same few references again and again: the last
 * answer is kept, so a pasted megabyte-long image name is lower-cased once, not once per question.
 */
function lowerRepository(ref: ImageRef): string {
  if (ref.repository !== lastRepository) {
    lastRepository = ref.repository;
    lastLowered = ref.repository.toLowerCase();
  }
  return lastLowered;
}

/** `registry/repository` lower-cased, with Docker Hub's registry dropped: what prefixes are matched against. */
export function imagePath(ref: ImageRef): string {
  const repository = lowerRepository(ref);
  if (ref.registry === null) return repository;
  const registry = ref.registry.toLowerCase();
  return DOCKER_HUB_REGISTRIES.has(registry) ? repository : `${registry}/${repository}`;
}

export function isScratch(ref: ImageRef): boolean {
  // The length first: lower-casing allocates a copy even of a lower-case name.
  return !ref.unresolved && ref.registry === null && ref.repository.length === 7 && ref.repository.toLowerCase() === 'scratch';
}

/** A Docker Hub official image (`python`, `library/node`, `docker.io/library/ubuntu`). */
export function isOfficialImage(ref: ImageRef): boolean {
  const name = libraryName(ref);
  return name !== null && OFFICIAL_IMAGES.has(name);
}

/** A name that is an official image, e.g. `nginx` in `COPY --from=nginx`. */
export function isOfficialImageName(name: string): boolean {
  return OFFICIAL_IMAGES.has(name.toLowerCase());
}

/** An image from a verified publisher or a vendor's own registry (`nvidia/cuda`, `gcr.io/distroless/…`). */
export function isVerifiedPublisher(ref: ImageRef): boolean {
  if (ref.unresolved) return false;
  const path = imagePath(ref);
  return VERIFIED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * Whether `ref` lies under one of the trusted prefixes (`registry.company.com/`, `myorg/`). A prefix
 * without a trailing `/` matches a whole path component only (`myorg` trusts `myorg/x`, not `myorgevil/x`).
 */
export function isTrustedBy(ref: ImageRef, prefixes: readonly string[]): boolean {
  if (ref.unresolved) return false;
  const path = imagePath(ref);
  return prefixes.some((raw) => {
    const prefix = raw.trim().toLowerCase().replace(/^docker\.io\//, '');
    if (prefix === '') return false;
    if (prefix.endsWith('/')) return path.startsWith(prefix);
    return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}:`);
  });
}

function tagOf(ref: ImageRef): string {
  return (ref.tag ?? 'latest').toLowerCase();
}

function isDistroless(ref: ImageRef): boolean {
  return imagePath(ref).startsWith('gcr.io/distroless/');
}

/** Images documented to run as a non-root user by default. */
export function isKnownNonRoot(ref: ImageRef): boolean {
  if (ref.unresolved) return false;
  if (isDistroless(ref)) return /(^|-)nonroot$/.test(tagOf(ref));
  // jupyter's stacks run as jovyan, micromamba as mambauser.
  return /^(nginxinc\/nginx-unprivileged$|mambaorg\/micromamba$|(quay\.io\/)?jupyter\/)/.test(imagePath(ref));
}

/** Which download tools an image family ships. */
type Tools = 'none' | 'wget' | 'curl and wget';

/** Library images whose full variant is built on `buildpack-deps` (curl and wget included). */
const BUILDPACK_IMAGES = new Set(['python', 'node', 'golang', 'ruby', 'rust', 'buildpack-deps', 'gcc', 'perl', 'pypy']);

function toolsOf(ref: ImageRef): Tools | null {
  if (ref.unresolved) return null;
  if (isScratch(ref) || isDistroless(ref)) return 'none';
  const name = libraryName(ref);
  if (name === null) return null;
  const tag = tagOf(ref);
  // Alpine's busybox has a `wget` applet but no curl.
  if (name === 'alpine' || name === 'busybox' || /(^|-)alpine/.test(tag)) return 'wget';
  if (name === 'ubuntu' || name === 'debian') return 'none';
  if (BUILDPACK_IMAGES.has(name)) {
    if (/(^|-)slim(-|$)/.test(tag)) return 'none';
    if (/windowsservercore|nanoserver/.test(tag)) return null;
    return 'curl and wget';
  }
  return null;
}

/**
 * true when the image ships `tool` (busybox's wget applet counts), false when it is known not to,
 * null when unknown (do not fire).
 */
export function shipsTool(ref: ImageRef, tool: 'curl' | 'wget'): boolean | null {
  const tools = toolsOf(ref);
  if (tools === null) return null;
  return tool === 'curl' ? tools === 'curl and wget' : tools !== 'none';
}

/** A smaller image the final stage could start from, and the sizes to quote. */
export interface SlimmerVariant {
  /** The suggested reference, e.g. `python:3.9-slim`. */
  image: string;
  /** Approximate size of the image as written, e.g. `~1GB`. */
  fromSize: string;
  /** Approximate size of the suggestion, e.g. `~150MB`. */
  toSize: string;
}

const PYTHON_TAG = new RegExp(`^(?:(\\d+(?:\\.\\d+)*)(?:-(${DEBIAN_RELEASES}))?|(${DEBIAN_RELEASES})|latest)$`);
const NODE_TAG = new RegExp(`^(?:(\\d+(?:\\.\\d+)*|lts|current|latest|[a-z]+)(?:-(${DEBIAN_RELEASES}))?)$`);

/**
 * The smaller variant of a known full-size image, or null. Sizes are rounded uncompressed sizes on
 * Docker Hub, true of every tag: python's are not the lesson's table (886MB, 151MB), which holds for 3.9 only.
 * `ubuntu` is only full-size for a Python app, which then belongs on `python:*-slim`: `isPythonApp` is
 * asked only then, since working it out walks every command of the shipped stages.
 */
export function slimmerVariant(ref: ImageRef, isPythonApp?: () => boolean): SlimmerVariant | null {
  if (ref.unresolved || ref.digest !== null) return null;
  const name = libraryName(ref);
  const tag = tagOf(ref);
  const path = imagePath(ref);

  if (name === 'python') {
    // Nearly every python base is already `-slim` (or alpine), which the tag pattern cannot match: not run.
    if (tag.includes('slim') || tag.includes('alpine')) return null;
    const m = PYTHON_TAG.exec(tag);
    if (!m) return null;
    const version = m[1];
    const release = m[2] ?? m[3];
    const slimTag = [version, 'slim', release].filter(Boolean).join('-');
    return { image: `python:${slimTag}`, fromSize: '~1GB', toSize: '~150MB' };
  }
  if (name === 'node') {
    const m = NODE_TAG.exec(tag);
    if (!m || /slim|alpine/.test(tag)) return null;
    const head = m[1] === 'latest' && !m[2] ? '' : m[1];
    const slimTag = [head, m[2], 'slim'].filter(Boolean).join('-');
    return { image: `node:${slimTag}`, fromSize: '~1.1GB', toSize: '~200MB' };
  }
  if (name === 'ubuntu' && isPythonApp?.()) {
    return { image: 'python:3.11-slim', fromSize: '77MB + Python cài bằng apt (thường vài trăm MB)', toSize: '~150MB' };
  }
  if (path === 'pytorch/pytorch' && /-devel$/.test(tag)) {
    return { image: `pytorch/pytorch:${tag.replace(/-devel$/, '-runtime')}`, fromSize: '~15GB', toSize: '~7GB' };
  }
  if ((path === 'nvidia/cuda' || path === 'nvcr.io/nvidia/cuda') && /(^|-)devel(-|$)/.test(tag)) {
    return { image: `${path}:${tag.replace(/(^|-)devel(-|$)/, '$1runtime$2')}`, fromSize: '~7GB', toSize: '~3GB' };
  }
  return null;
}

/** Vendor images whose default command is a shell (bash): fine for a tool, useless for an app. */
const SHELL_DEFAULT_IMAGES = new Set(['nvidia/cuda', 'nvcr.io/nvidia/cuda', 'pytorch/pytorch']);

/**
 * What the image runs when the Dockerfile sets no CMD/ENTRYPOINT: a long-running `service` (nginx,
 * postgres), an `interpreter` REPL (python, node), a `shell` (ubuntu, nvidia/cuda), or `none` (scratch,
 * distroless static); null when unknown.
 */
export function defaultCommandOf(ref: ImageRef): 'service' | 'interpreter' | 'shell' | 'none' | null {
  if (ref.unresolved) return null;
  if (isScratch(ref)) return 'none';
  if (isDistroless(ref)) return /python|nodejs|java/.test(imagePath(ref)) ? 'interpreter' : 'none';
  const name = libraryName(ref);
  if (name !== null) {
    if (SERVICE_IMAGES.has(name)) return 'service';
    if (INTERPRETER_IMAGES.has(name)) return 'interpreter';
    return OFFICIAL_IMAGES.has(name) ? 'shell' : null;
  }
  return SHELL_DEFAULT_IMAGES.has(imagePath(ref)) ? 'shell' : null;
}

/** The base image starts a useful process by itself: a service (nginx, postgres) or an interpreter (python, node). */
export function providesDefaultCmd(ref: ImageRef): boolean {
  const kind = defaultCommandOf(ref);
  return kind === 'service' || kind === 'interpreter';
}

/** The base image's default command is an interpreter's REPL (python, node): an app copied into it still needs a CMD. */
export function isInterpreterImage(ref: ImageRef): boolean {
  const name = libraryName(ref);
  return name !== null && INTERPRETER_IMAGES.has(name);
}

/** A Python image (official `python`/`pypy`, or a vendor image that is Python inside: pytorch, tensorflow). */
export function isPythonImage(ref: ImageRef): boolean {
  if (ref.unresolved) return false;
  const name = libraryName(ref);
  if (name === 'python' || name === 'pypy') return true;
  // Every one of jupyter's stacks is built on Python, from base-notebook up; tensorflow/serving is C++.
  return /^(pytorch\/pytorch$|tensorflow\/tensorflow$|huggingface\/|gcr\.io\/distroless\/python|nvcr\.io\/nvidia\/(pytorch|tensorflow)|(quay\.io\/)?jupyter\/)/.test(imagePath(ref));
}

/**
 * The external image a stage is ultimately built from, following `FROM <earlier stage>` links;
 * null when the chain cannot be followed.
 */
export function baseImageOf(ast: DockerfileAst, stage: Stage): ImageRef | null {
  let current: Stage | undefined = stage;
  // A stage is built FROM an earlier one only: a link that does not go back ends the chain.
  while (current && current.baseStage !== null) current = current.baseStage < current.index ? ast.stages[current.baseStage] : undefined;
  return current ? current.base : null;
}

/** Images whose own Dockerfile sets a WORKDIR, so relative paths do not land in `/`. */
export function setsWorkdir(ref: ImageRef): boolean {
  if (ref.unresolved) return false;
  const name = libraryName(ref);
  if (name === 'golang' || name === 'tomcat' || name === 'jetty' || name === 'ghost' || name === 'wordpress' || name === 'drupal')
    return true;
  return /^(pytorch\/pytorch$|nvcr\.io\/nvidia\/pytorch|(quay\.io\/)?jupyter\/)/.test(imagePath(ref));
}
