// Which server an image starts and on which port: read from the final stage's effective
// ENTRYPOINT + CMD (inherited through `FROM <stage>`), as Docker combines them at `docker run`.
import { isCopyOrAdd, JsonValue } from './context-sources';
import { baseImageOf } from './images';
import { parseShell, SHELL_NAMES } from './parse/shell';
import { substitute } from './parse/variables';
import { SpannedText, type SourceMapping } from './parse/spanned';
import { ASSIGNMENT, baseName, finalStageOf, instructionsWithParents, PYTHON, unwrap } from './query';
import type { DockerfileAst, Instruction, JsonForm, Range, ShellScript, Stage } from './types';

/** A word of the command line that will run, with where it was written. */
export interface CommandWord {
  value: string;
  range: Range;
}

export interface Server {
  /** What runs: 'uvicorn', 'gunicorn', 'flask', 'http.server', 'node', 'nginx', 'streamlit', 'mlflow', … */
  name: string;
  /** The port it listens on; null when it cannot be told from the Dockerfile (node, a config file, `$PORT` unset). */
  port: number | null;
  /** Where the port comes from: a flag or address in the command, an ENV value, or the server's default. */
  portSource: 'flag' | 'env' | 'default' | null;
  /** The word that names the server (`uvicorn`, or `http.server` of `python -m http.server`). */
  range: Range;
  /** The word that holds the port when it is written in the command; null otherwise. */
  portRange: Range | null;
  /** The CMD or ENTRYPOINT that holds the server word. */
  instruction: Instruction;
}

export interface EffectiveCommand {
  entrypoint: Instruction | null;
  cmd: Instruction | null;
}

/**
 * The ENTRYPOINT and CMD in force at the end of `stage`, through its base-stage chain. As in Docker,
 * an ENTRYPOINT resets a CMD inherited from the base, but not a CMD written earlier in the same stage.
 */
export function effectiveCommand(ast: DockerfileAst, stage: Stage): EffectiveCommand {
  let entrypoint: Instruction | null = null;
  let cmd: Instruction | null = null;
  let cmdSetInStage = false;
  let currentStage = -1;
  const instructions = instructionsWithParents(ast, stage);
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    if (instruction.stageIndex !== currentStage) {
      currentStage = instruction.stageIndex;
      cmdSetInStage = false;
    }
    if (instruction.keyword === 'CMD') {
      cmd = instruction;
      cmdSetInStage = true;
    } else if (instruction.keyword === 'ENTRYPOINT') {
      entrypoint = instruction;
      if (!cmdSetInStage) cmd = null;
    }
  }
  return { entrypoint, cmd };
}

/** A server recognised in a command line, with the words its ranges will be read from. */
interface Recognised {
  name: string;
  port: number | null;
  portSource: Server['portSource'];
  word: CommandWord;
  portWord: CommandWord | null;
}

/** The final stage's server, or `stage`'s when given; null when no known server is started. */
export function serverOf(ast: DockerfileAst, stage?: Stage): Server | null {
  const target = stage ?? finalStageOf(ast);
  if (!target) return null;
  const { entrypoint, cmd } = effectiveCommand(ast, target);
  const env = target.env;
  let owner = entrypoint ?? cmd;
  let found: Found | null;
  if (entrypoint?.json && cmd?.json) {
    // An exec-form CMD is the exec-form ENTRYPOINT's arguments: the server may be in either.
    const words = execWords(entrypoint.json, []);
    const entrypointLength = words.length;
    found = findServer(execWords(cmd.json, words), env, false);
    if (found && found.at >= entrypointLength) owner = cmd;
  } else {
    // Otherwise the ENTRYPOINT is read alone (a shell-form one ignores CMD entirely), or else the CMD.
    found = owner && (owner.json ? findServer(execWords(owner.json, []), env, false) : findInScript(owner.shell, env));
  }
  if (!found || !owner) return null;
  const { name, port, portSource, word, portWord } = found.server;
  const portKnown = !configuredElsewhere(ast, target, found.server);
  // Ranges are read from the words only when asked: most callers want the name and port, and a JSON
  // word's range means building every range of its array.
  return {
    name,
    port: portKnown ? port : null,
    portSource: portKnown ? portSource : null,
    instruction: owner,
    get range() {
      return word.range;
    },
    get portRange() {
      return portWord ? portWord.range : null;
    },
  };
}

/** Config files that move a server's default port: a default from the stock config no longer holds. */
const CONFIG_DESTINATIONS: Record<string, RegExp> = {
  nginx: /^\/etc\/nginx(\/|$)/,
  httpd: /^\/(usr\/local\/apache2|etc\/apache2)(\/|$)/,
  torchserve: /config\.properties$/,
  streamlit: /\.streamlit(\/|$)|config\.toml$/,
};
const ROOTLESS_IMAGE = /unprivileged|rootless/;

function configuredElsewhere(ast: DockerfileAst, stage: Stage, server: Recognised): boolean {
  const pattern = CONFIG_DESTINATIONS[server.name];
  if (!pattern || server.portSource !== 'default') return false;
  // nginxinc/nginx-unprivileged and similar rootless builds move the stock port (to 8080).
  const base = baseImageOf(ast, stage);
  if (base && ROOTLESS_IMAGE.test(base.repository)) return true;
  // A COPY/ADD that names a config file of the server, as a source or as the destination.
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (!isCopyOrAdd(instruction)) continue;
    const paths = instruction.json?.values ?? instruction.args.map((arg) => arg.value);
    if (paths.some((path) => pattern.test(path))) return true;
  }
  return false;
}

const UNIX_SOCKET = /^unix:/i;
const ADDRESS_PORT = /(?:^|:)(\d{1,5})$/;

/**
 * A listening port from an address: `8000`, `:8000`, `0.0.0.0:8000`, `[::]:8000`, `*:8080`;
 * null for a Unix socket or anything that is not a port.
 */
export function portOfAddress(address: string): number | null {
  if (UNIX_SOCKET.test(address) || address.startsWith('/')) return null;
  const m = ADDRESS_PORT.exec(address.trim());
  return m ? numeric(m[1]) : null;
}

// ---------------------------------------------------------------- command lines

/** Appends the exec-form words to `words`; an `sh -c "…"` among them is opened up by findServer. */
function execWords(json: JsonForm, words: CommandWord[]): CommandWord[] {
  for (let i = 0; i < json.values.length; i++) words.push(new JsonValue(json, i));
  return words;
}

/**
 * The server of a shell script (a shell-form CMD, an `sh -c` script: `cd /app && exec uvicorn …`),
 * command by command, unwrapped from exec/env.
 */
function findInScript(script: ShellScript | null, env: Record<string, string>): Found | null {
  for (const command of script?.commands ?? []) {
    const cmd = unwrap(command);
    if (!cmd.nameWord) continue;
    const words: CommandWord[] = [cmd.nameWord];
    for (const arg of cmd.args) words.push(arg);
    const found = findServer(words, env, true);
    if (found) return found;
  }
  return null;
}

/**
 * Maps [start, end) of a word's value to a source range, for the words of an `sh -c` script and the
 * value of `--port=8000`. `quotes` is 1 when the word's range includes its quotes (a JSON or quoted string).
 */
function rangeWithin(word: CommandWord, quotes: number): SourceMapping {
  return {
    text: word.value,
    rangeOf(start, end) {
      const range = word.range;
      // Columns are exact only on one line with no escapes: the range spans the value (and its quotes).
      const exact = range.line === range.endLine && range.endColumn - range.column === word.value.length + 2 * quotes;
      if (!exact) return range;
      const column = range.column + quotes + start;
      return { line: range.line, column, endLine: range.line, endColumn: column + end - start };
    },
  };
}

// ---------------------------------------------------------------- recognising servers

/** Programs that run the next word as the real command (entrypoint wrappers, process managers, runners). */
const PASS_THROUGH = new Set(['exec', 'tini', 'dumb-init', 'nohup', 'time', 'nice', 'ddtrace-run', 'opentelemetry-instrument']);
/** Wrappers whose first positional is not the command (`gosu user cmd`, `su-exec user cmd`). */
const USER_SWITCHERS = new Set(['gosu', 'su-exec']);
/** Runners: `poetry run uvicorn …`, `uv run uvicorn …`, `pipenv run …`. */
const RUNNERS = new Set(['poetry', 'uv', 'pipenv', 'pdm', 'hatch']);

interface Found {
  server: Recognised;
  /** Index of the server word in the words scanned. */
  at: number;
}

const SHELL_SCRIPT = /\.sh$/;
const ENTRYPOINT_SCRIPT = /^docker-entrypoint/;

function findServer(words: CommandWord[], env: Record<string, string>, shellForm: boolean): Found | null {
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const name = baseName(word.value);
    if (PASS_THROUGH.has(name) || word.value === '--') {
      i++;
      while (i < words.length && words[i]!.value.startsWith('-') && words[i]!.value !== '--') i++;
      continue;
    }
    if (name === 'env') {
      i++;
      while (i < words.length && (ASSIGNMENT.test(words[i]!.value) || words[i]!.value.startsWith('-'))) i++;
      continue;
    }
    if (USER_SWITCHERS.has(name)) {
      i += 2;
      continue;
    }
    if (RUNNERS.has(name) && words[i + 1]?.value === 'run') {
      i += 2;
      continue;
    }
    if (SHELL_NAMES.has(name) && words[i + 1]?.value === '-c' && words[i + 2]) {
      const script = words[i + 2]!;
      const found = findInScript(parseShell(rangeWithin(script, 1)), env);
      return found && { server: found.server, at: i + 2 };
    }
    // An entrypoint script usually ends with `exec "$@"`: the server is in the CMD words that follow.
    if (SHELL_SCRIPT.test(word.value) || ENTRYPOINT_SCRIPT.test(name)) {
      i++;
      continue;
    }
    break;
  }
  const server = recognise(words, i, env, shellForm);
  return server ? { server, at: i } : null;
}

/** `words[start]` is the program. */
function recognise(words: CommandWord[], start: number, env: Record<string, string>, shellForm: boolean): Recognised | null {
  const first = words[start];
  if (!first) return null;
  const program = baseName(first.value);
  const args = words.slice(start + 1);
  const ctx: PortContext = { env, shellForm };

  if (PYTHON.test(program)) {
    const m = args.findIndex((w) => w.value === '-m');
    const moduleWord = args[m + 1];
    if (m < 0 || !moduleWord) return djangoRunserver(args, ctx);
    return recogniseModule(moduleWord, args.slice(m + 2), ctx);
  }
  return recogniseProgram(program, first, args, ctx);
}

/** Options of `python -m http.server` that take the next word as their value (so it is not the port). */
const HTTP_SERVER_OPTIONS = new Set(['-b', '--bind', '-d', '--directory', '-p', '--protocol']);

function recogniseModule(module: CommandWord, args: CommandWord[], ctx: PortContext): Recognised | null {
  if (module.value === 'http.server' || module.value === 'SimpleHTTPServer') {
    const positional = args.find((w, i) => !w.value.startsWith('-') && (i === 0 || !HTTP_SERVER_OPTIONS.has(args[i - 1]!.value)));
    return withPort('http.server', module, ctx, positional ?? null, 8000);
  }
  return recogniseProgram(module.value, module, args, ctx);
}

/** The server `program` starts, named after the program unless its case names it (`waitress`, `httpd`, `node`). */
function recogniseProgram(program: string, word: CommandWord, args: CommandWord[], ctx: PortContext): Recognised | null {
  const sub = args.find((w) => !w.value.startsWith('-'))?.value;
  switch (program) {
    case 'uvicorn':
      if (flag(args, '--uds', '--fd')) return withPort(program, word, ctx, null, null);
      return withPort(program, word, ctx, flag(args, '--port'), 8000);
    case 'fastapi':
      if (sub !== 'run' && sub !== 'dev') return null;
      return withPort(program, word, ctx, flag(args, '--port'), 8000);
    case 'gunicorn':
    case 'hypercorn': {
      const bind = flag(args, '-b', '--bind');
      if (bind) return withPort(program, word, ctx, bind, null, null, true);
      if (program === 'gunicorn' && flag(args, '-c', '--config')) return withPort(program, word, ctx, null, null);
      // Gunicorn reads GUNICORN_CMD_ARGS, then binds to $PORT when it is set, else 8000 (hypercorn's default is 8000 too).
      const envPort = program === 'gunicorn' ? (bindInEnv(ctx.env.GUNICORN_CMD_ARGS) ?? numeric(ctx.env.PORT)) : null;
      return withPort(program, word, ctx, null, 8000, envPort);
    }
    case 'daphne':
      return withPort(program, word, ctx, flag(args, '-p', '--port'), 8000);
    case 'waitress-serve': {
      const listen = flag(args, '--listen');
      if (listen) return withPort('waitress', word, ctx, listen, null, null, true);
      return withPort('waitress', word, ctx, flag(args, '--port'), 8080);
    }
    case 'flask':
      if (!args.some((w) => w.value === 'run')) return null;
      return withPort(program, word, ctx, flag(args, '-p', '--port'), 5000, numeric(ctx.env.FLASK_RUN_PORT));
    case 'streamlit':
      if (sub !== 'run') return null;
      return withPort(program, word, ctx, flag(args, '--server.port'), 8501, numeric(ctx.env.STREAMLIT_SERVER_PORT));
    case 'mlflow':
      if (sub !== 'server' && sub !== 'ui' && !args.some((w) => w.value === 'serve')) return null;
      return withPort(program, word, ctx, flag(args, '-p', '--port'), 5000);
    case 'bentoml':
      if (sub !== 'serve' && sub !== 'serve-http') return null;
      return withPort(program, word, ctx, flag(args, '-p', '--port'), 3000);
    case 'jupyter':
      if (sub !== 'notebook' && sub !== 'lab' && sub !== 'server') return null;
      return withPort(program, word, ctx, flag(args, '--port', '--ServerApp.port', '--NotebookApp.port'), 8888);
    case 'tritonserver':
      return withPort(program, word, ctx, flag(args, '--http-port'), 8000);
    case 'torchserve':
      // The inference port lives in config.properties; 8080 unless a config file is given.
      if (flag(args, '--ts-config')) return withPort(program, word, ctx, null, null);
      return withPort(program, word, ctx, null, 8080);
    case 'tensorflow_model_server':
      return withPort(program, word, ctx, flag(args, '--rest_api_port'), 8501);
    case 'manage.py':
      return djangoRunserver([word, ...args], ctx);
    case 'nginx':
      // The port lives in nginx.conf; 80 is the stock config.
      return withPort(program, word, ctx, null, 80);
    case 'httpd-foreground':
    case 'apache2-foreground':
      return withPort('httpd', word, ctx, null, 80);
    case 'node':
    case 'nodemon':
    case 'pm2-runtime':
      return args.some((w) => !w.value.startsWith('-')) ? withPort('node', word, ctx, null, null) : null;
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return sub === 'start' || (sub === 'run' && args.some((w) => w.value === 'start' || w.value === 'serve'))
        ? withPort('node', word, ctx, null, null)
        : null;
    default:
      return null;
  }
}

/** `[python] manage.py runserver [addr:]port` (default 8000); `words[0]` is the `manage.py` word. */
function djangoRunserver(words: CommandWord[], ctx: PortContext): Recognised | null {
  const script = words[0];
  if (!script || baseName(script.value) !== 'manage.py' || words[1]?.value !== 'runserver') return null;
  const address = words.slice(2).find((w) => !w.value.startsWith('-'));
  return withPort('django', script, ctx, address ?? null, 8000, null, true);
}

// ---------------------------------------------------------------- ports

interface PortContext {
  env: Record<string, string>;
  /** Shell form expands `$PORT` from ENV at run time; exec form passes it literally. */
  shellForm: boolean;
}

/** Value word of `--port 8000` / `--port=8000` / `-p8000`, as a word whose range is the value's. */
function flag(args: CommandWord[], ...names: string[]): CommandWord | null {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    for (const name of names) {
      if (w.value === name) return args[i + 1] ?? null;
      // `--port=8000`: checked by position, sparing a `${name}=` string per word and name.
      if (w.value.length > name.length && w.value.charCodeAt(name.length) === 61 && w.value.startsWith(name)) return valuePart(w, name.length + 1);
      // `-p8000`: a short option glued to its value.
      if (name.length === 2 && w.value.length > 2 && w.value.startsWith(name)) return valuePart(w, 2);
    }
  }
  return null;
}

/** The value part of `--port=8000` (from `from` on), with the value's range when the word sits on one line. */
function valuePart(word: CommandWord, from: number): CommandWord {
  return new SpannedText(word.value.slice(from), rangeWithin(word, 0), from, word.value.length);
}

const PORT_NUMBER = /^\d{1,5}$/;
const GUNICORN_BIND = /(?:^|\s)(?:-b|--bind)(?:=|\s+)(\S+)/;
const PORT_VARIABLE = /\$\{?([A-Za-z_]\w*)(?::?-([^}]*))?\}?$/;

function numeric(value: string | undefined): number | null {
  if (value === undefined || !PORT_NUMBER.test(value.trim())) return null;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : null;
}

function bindInEnv(cmdArgs: string | undefined): number | null {
  if (cmdArgs === undefined) return null;
  const m = GUNICORN_BIND.exec(cmdArgs);
  return m ? portOfAddress(m[1] ?? '') : null;
}

/**
 * Builds the finding from a port word (a number or an address when `address`), falling back to the
 * port an ENV value sets, then to the server's default (null, with no port word: a server whose port
 * cannot be told). `$PORT`, `${PORT}` and `${PORT:-8000}` are read from ENV in shell form only.
 */
function withPort(
  name: string,
  word: CommandWord,
  ctx: PortContext,
  portWord: CommandWord | null,
  defaultPort: number | null,
  envPort: number | null = null,
  address = false,
): Recognised {
  let port = envPort ?? defaultPort;
  let portSource: Server['portSource'] = envPort !== null ? 'env' : defaultPort === null ? null : 'default';
  if (portWord) {
    const text = portWord.value;
    const variable = PORT_VARIABLE.exec(text);
    if (!variable) {
      port = address ? portOfAddress(text) : numeric(text);
      portSource = port === null ? null : 'flag';
    } else if (!ctx.shellForm) {
      port = null;
      portSource = null;
    } else {
      const fromEnv = numeric(ctx.env[variable[1] ?? '']);
      port = fromEnv ?? (variable[2] !== undefined ? numeric(variable[2]) : null);
      portSource = port === null ? null : fromEnv !== null ? 'env' : 'flag';
    }
  }
  return { name, port, portSource, word, portWord };
}

// ---------------------------------------------------------------- EXPOSE

export interface ExposedPorts {
  /** EXPOSE instructions of the stage and the stages it is built FROM, in order. */
  instructions: Instruction[];
  /** Port ranges declared (a single port is `from === to`), protocol ignored. */
  ports: { from: number; to: number }[];
  /** Some EXPOSE word could not be read as a port (an unset variable): comparisons are unsafe. */
  unknown: boolean;
}

const EXPOSED_PORT = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/\w+)?$/;

/**
 * `${PORT}`, `$PORT`, `${PORT:-8000}` replaced by the stage's ENV/ARG value or the default (for EXPOSE here,
 * for USER in non-root-user); null when one is unknown. An empty value counts as unknown, as a build
 * argument may set it: only a default stands in for it.
 */
export function substituteVariables(word: string, stage: Stage): string | null {
  const substituted = substitute(word, (name) => (stage.env[name] ?? stage.args[name]) || undefined);
  return substituted.unresolved ? null : substituted.value;
}

/** The ports `stage` declares with EXPOSE, `${PORT}` substituted from its ARG/ENV values. */
export function exposedPorts(ast: DockerfileAst, stage: Stage): ExposedPorts {
  const result: ExposedPorts = { instructions: [], ports: [], unknown: false };
  const instructions = instructionsWithParents(ast, stage);
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    if (instruction.keyword !== 'EXPOSE') continue;
    result.instructions.push(instruction);
    const args = instruction.args;
    for (let a = 0; a < args.length; a++) {
      const value = args[a]!.value;
      // Most words are a plain `8000`: only one with a variable is rewritten.
      const port = value.includes('$') ? substituteVariables(value, stage) : value;
      const m = port === null ? null : EXPOSED_PORT.exec(port);
      if (!m) {
        result.unknown = true;
        continue;
      }
      const from = Number(m[1]);
      result.ports.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
    }
  }
  return result;
}

/** Whether the stage has any EXPOSE, through its base-stage chain (no ports read, nothing built). */
export function hasExpose(ast: DockerfileAst, stage: Stage): boolean {
  const instructions = instructionsWithParents(ast, stage);
  for (let i = 0; i < instructions.length; i++) if (instructions[i]!.keyword === 'EXPOSE') return true;
  return false;
}

export function isExposed(exposed: ExposedPorts, port: number): boolean {
  for (const range of exposed.ports) if (port >= range.from && port <= range.to) return true;
  return false;
}
