// Which server an image starts and on which port: read from the final stage's effective
// ENTRYPOINT + CMD (inherited through `FROM <stage>`), as Docker combines them at `docker run`.
import { instructionsWithParents, unwrap } from './query';
import type { DockerfileAst, Instruction, Range, Stage } from './types';

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
  for (const instruction of instructionsWithParents(ast, stage)) {
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

/** The final stage's server, or `stage`'s when given; null when no known server is started. */
export function serverOf(ast: DockerfileAst, stage?: Stage): Server | null {
  const target = stage ?? ast.stages[ast.finalStage];
  if (!target) return null;
  const { entrypoint, cmd } = effectiveCommand(ast, target);
  const env = target.env;
  const lines: { words: CommandWord[]; instructions: Instruction[]; shellForm: boolean }[] = [];
  if (entrypoint && !entrypoint.json) {
    // Shell-form ENTRYPOINT ignores CMD entirely.
    for (const words of shellCommands(entrypoint)) lines.push({ words, instructions: [entrypoint], shellForm: true });
  } else if (entrypoint?.json) {
    const head = execWords(entrypoint);
    const tail = cmd?.json ? execWords(cmd) : [];
    const owners = head.map(() => entrypoint).concat(tail.map(() => cmd ?? entrypoint));
    lines.push({ words: [...head, ...tail], instructions: owners, shellForm: false });
  } else if (cmd) {
    if (cmd.json) lines.push({ words: execWords(cmd), instructions: [cmd], shellForm: false });
    else for (const words of shellCommands(cmd)) lines.push({ words, instructions: [cmd], shellForm: true });
  }
  for (const line of lines) {
    const found = findServer(line.words, env, line.shellForm);
    if (!found) continue;
    const owner = line.instructions[found.at] ?? line.instructions[0]!;
    const server = { ...found.server, instruction: owner };
    return configuredElsewhere(ast, target, server) ? { ...server, port: null, portSource: null } : server;
  }
  return null;
}

/** Config files that move a server's default port: a default from the stock config no longer holds. */
const CONFIG_DESTINATIONS: Record<string, RegExp> = {
  nginx: /^\/etc\/nginx(\/|$)/,
  httpd: /^\/(usr\/local\/apache2|etc\/apache2)(\/|$)/,
  torchserve: /config\.properties$/,
  streamlit: /\.streamlit(\/|$)|config\.toml$/,
};

function configuredElsewhere(ast: DockerfileAst, stage: Stage, server: Server): boolean {
  const pattern = CONFIG_DESTINATIONS[server.name];
  if (!pattern || server.portSource !== 'default') return false;
  // nginxinc/nginx-unprivileged and similar rootless builds move the stock port (to 8080).
  const chain = instructionsWithParents(ast, stage);
  const root = ast.stages[chain[0]?.stageIndex ?? -1];
  if (root && /unprivileged|rootless/.test(root.base.repository)) return true;
  return chain.some((instruction) => {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
    const destination = instruction.json ? instruction.json.values.at(-1) : instruction.args.at(-1)?.value;
    const sources = instruction.json ? instruction.json.values.slice(0, -1) : instruction.args.slice(0, -1).map((a) => a.value);
    return pattern.test(destination ?? '') || sources.some((source) => pattern.test(source));
  });
}

/**
 * A listening port from an address: `8000`, `:8000`, `0.0.0.0:8000`, `[::]:8000`, `*:8080`;
 * null for a Unix socket or anything that is not a port.
 */
export function portOfAddress(address: string): number | null {
  if (/^unix:/i.test(address) || address.startsWith('/')) return null;
  const m = /(?:^|:)(\d{1,5})$/.exec(address.trim());
  if (!m) return null;
  const port = Number(m[1]);
  return port >= 1 && port <= 65535 ? port : null;
}

// ---------------------------------------------------------------- command lines

/** Exec-form words; `sh -c "…"` is opened up so the script's commands are seen too. */
function execWords(instruction: Instruction): CommandWord[] {
  const json = instruction.json;
  if (!json) return [];
  return json.values.map((value, i) => ({ value, range: json.valueRanges[i] ?? json.range }));
}

/** Shell-form commands (`cd /app && exec uvicorn …`), each as words: name first, unwrapped from exec/env. */
function shellCommands(instruction: Instruction): CommandWord[][] {
  const result: CommandWord[][] = [];
  for (const command of instruction.shell?.commands ?? []) {
    const cmd = unwrap(command);
    if (!cmd.nameWord) continue;
    result.push([{ value: cmd.name, range: cmd.nameWord.range }, ...cmd.args]);
  }
  return result;
}

/** Splits the script of `sh -c "<script>"` into commands of words (a light split: enough to find a server). */
function scriptCommands(script: CommandWord): CommandWord[][] {
  const commands: CommandWord[][] = [[]];
  const singleLine = script.range.line === script.range.endLine;
  // Columns are exact only when the JSON string had no escapes: "<value>" spans value.length + 2.
  const exact = singleLine && script.range.endColumn - script.range.column === script.value.length + 2;
  const re = /&&|\|\||[;|&]|[^\s;|&]+/g;
  for (let m = re.exec(script.value); m; m = re.exec(script.value)) {
    const text = m[0];
    if (/^(&&|\|\||[;|&])$/.test(text)) {
      commands.push([]);
      continue;
    }
    const range = exact
      ? { line: script.range.line, column: script.range.column + 1 + m.index, endLine: script.range.line, endColumn: script.range.column + 1 + m.index + text.length }
      : script.range;
    commands[commands.length - 1]!.push({ value: text.replace(/^["']|["']$/g, ''), range });
  }
  return commands.filter((c) => c.length > 0);
}

// ---------------------------------------------------------------- recognising servers

/** Programs that run the next word as the real command (entrypoint wrappers, process managers, runners). */
const PASS_THROUGH = new Set(['exec', 'tini', 'dumb-init', 'nohup', 'time', 'nice', 'ddtrace-run', 'opentelemetry-instrument']);
/** Wrappers whose first positional is not the command (`gosu user cmd`, `su-exec user cmd`). */
const USER_SWITCHERS = new Set(['gosu', 'su-exec']);
/** Runners: `poetry run uvicorn …`, `uv run uvicorn …`, `pipenv run …`. */
const RUNNERS = new Set(['poetry', 'uv', 'pipenv', 'pdm', 'hatch']);

interface Found {
  server: Omit<Server, 'instruction'>;
  /** Index of the server word in the words scanned. */
  at: number;
}

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
      while (i < words.length && (/^[A-Za-z_]\w*=/.test(words[i]!.value) || words[i]!.value.startsWith('-'))) i++;
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
    if (/^(ba|da|z)?sh$/.test(name) && words[i + 1]?.value === '-c' && words[i + 2]) {
      for (const command of scriptCommands(words[i + 2]!)) {
        const found = findServer(command, env, true);
        if (found) return { ...found, at: i + 2 };
      }
      return null;
    }
    // An entrypoint script usually ends with `exec "$@"`: the server is in the CMD words that follow.
    if (/\.sh$/.test(word.value) || /^docker-entrypoint/.test(name)) {
      i++;
      continue;
    }
    break;
  }
  const rest = words.slice(i);
  const server = recognise(rest, env, shellForm);
  return server ? { server, at: i } : null;
}

function baseName(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash >= 0 ? value.slice(slash + 1) : value;
}

type Recognised = Omit<Server, 'instruction'>;

/** `words[0]` is the program. */
function recognise(words: CommandWord[], env: Record<string, string>, shellForm: boolean): Recognised | null {
  const first = words[0];
  if (!first) return null;
  const program = baseName(first.value);
  const args = words.slice(1);
  const ctx: PortContext = { env, shellForm };

  if (/^python(\d+(\.\d+)*)?$/.test(program)) {
    const m = args.findIndex((w) => w.value === '-m');
    const moduleWord = args[m + 1];
    if (m < 0 || !moduleWord) return djangoRunserver(args, ctx);
    return recogniseModule(moduleWord, args.slice(m + 2), ctx);
  }
  return recogniseProgram(program, first, args, ctx);
}

function recogniseModule(module: CommandWord, args: CommandWord[], ctx: PortContext): Recognised | null {
  if (module.value === 'http.server' || module.value === 'SimpleHTTPServer') {
    const positional = args.find((w) => !w.value.startsWith('-') && !isFlagValue(args, w, ['-b', '--bind', '-d', '--directory', '-p', '--protocol']));
    return withPort('http.server', module, ctx, positional ?? null, 8000);
  }
  return recogniseProgram(module.value, module, args, ctx);
}

function recogniseProgram(program: string, word: CommandWord, args: CommandWord[], ctx: PortContext): Recognised | null {
  const sub = args.find((w) => !w.value.startsWith('-'))?.value;
  switch (program) {
    case 'uvicorn':
      if (flag(args, '--uds', '--fd')) return { name: 'uvicorn', port: null, portSource: null, range: word.range, portRange: null };
      return withPort('uvicorn', word, ctx, flag(args, '--port'), 8000);
    case 'fastapi':
      if (sub !== 'run' && sub !== 'dev') return null;
      return withPort('fastapi', word, ctx, flag(args, '--port'), 8000);
    case 'gunicorn':
    case 'hypercorn': {
      const bind = flag(args, '-b', '--bind');
      if (bind) return withPort(program, word, ctx, bind, null, true);
      if (program === 'gunicorn' && flag(args, '-c', '--config')) return unknownPort(program, word);
      const fromCmdArgs = program === 'gunicorn' ? bindInEnv(ctx.env.GUNICORN_CMD_ARGS) : null;
      if (fromCmdArgs !== null) return { name: program, port: fromCmdArgs, portSource: 'env', range: word.range, portRange: null };
      // Gunicorn binds to $PORT when it is set, else 8000 (hypercorn's default is 8000 too).
      const envPort = program === 'gunicorn' ? numeric(ctx.env.PORT) : null;
      if (envPort !== null) return { name: program, port: envPort, portSource: 'env', range: word.range, portRange: null };
      return withPort(program, word, ctx, null, 8000);
    }
    case 'daphne':
      return withPort('daphne', word, ctx, flag(args, '-p', '--port'), 8000);
    case 'waitress-serve': {
      const listen = flag(args, '--listen');
      if (listen) return withPort('waitress', word, ctx, listen, null, true);
      return withPort('waitress', word, ctx, flag(args, '--port'), 8080);
    }
    case 'flask': {
      if (!args.some((w) => w.value === 'run')) return null;
      const envPort = numeric(ctx.env.FLASK_RUN_PORT);
      return withPort('flask', word, ctx, flag(args, '-p', '--port'), envPort ?? 5000, false, envPort !== null);
    }
    case 'streamlit': {
      if (sub !== 'run') return null;
      const envPort = numeric(ctx.env.STREAMLIT_SERVER_PORT);
      return withPort('streamlit', word, ctx, flag(args, '--server.port'), envPort ?? 8501, false, envPort !== null);
    }
    case 'mlflow':
      if (sub !== 'server' && sub !== 'ui' && !args.some((w) => w.value === 'serve')) return null;
      return withPort('mlflow', word, ctx, flag(args, '-p', '--port'), 5000);
    case 'bentoml':
      if (sub !== 'serve' && sub !== 'serve-http') return null;
      return withPort('bentoml', word, ctx, flag(args, '-p', '--port'), 3000);
    case 'jupyter':
      if (sub !== 'notebook' && sub !== 'lab' && sub !== 'server') return null;
      return withPort('jupyter', word, ctx, flag(args, '--port', '--ServerApp.port', '--NotebookApp.port'), 8888);
    case 'tritonserver':
      return withPort('tritonserver', word, ctx, flag(args, '--http-port'), 8000);
    case 'torchserve':
      // The inference port lives in config.properties; 8080 unless a config file is given.
      if (flag(args, '--ts-config')) return unknownPort('torchserve', word);
      return withPort('torchserve', word, ctx, null, 8080);
    case 'tensorflow_model_server':
      return withPort('tensorflow_model_server', word, ctx, flag(args, '--rest_api_port'), 8501);
    case 'manage.py':
      return djangoRunserver([word, ...args], ctx);
    case 'nginx':
      // The port lives in nginx.conf; 80 is the stock config.
      return withPort('nginx', word, ctx, null, 80);
    case 'httpd-foreground':
    case 'apache2-foreground':
      return withPort('httpd', word, ctx, null, 80);
    case 'node':
    case 'nodemon':
    case 'pm2-runtime':
      return args.some((w) => !w.value.startsWith('-')) ? unknownPort('node', word) : null;
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return sub === 'start' || (sub === 'run' && args.some((w) => w.value === 'start' || w.value === 'serve'))
        ? unknownPort('node', word)
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
  return withPort('django', script, ctx, address ?? null, 8000, true);
}

function unknownPort(name: string, word: CommandWord): Recognised {
  return { name, port: null, portSource: null, range: word.range, portRange: null };
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
      if (w.value.startsWith(`${name}=`)) return sliceWord(w, name.length + 1);
      if (!name.startsWith('--') && name.length === 2 && w.value.startsWith(name) && w.value.length > 2 && !w.value.startsWith('--'))
        return sliceWord(w, 2);
    }
  }
  return null;
}

function isFlagValue(args: CommandWord[], word: CommandWord, names: string[]): boolean {
  const at = args.indexOf(word);
  return at > 0 && names.includes(args[at - 1]!.value);
}

/** A word made of the value part of `--port=8000`, with the value's range when the word sits on one line. */
function sliceWord(word: CommandWord, from: number): CommandWord {
  const { range } = word;
  const exact = range.line === range.endLine && range.endColumn - range.column === word.value.length;
  return {
    value: word.value.slice(from),
    range: exact ? { ...range, column: range.column + from } : range,
  };
}

function numeric(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return null;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : null;
}

function bindInEnv(cmdArgs: string | undefined): number | null {
  const m = /(?:^|\s)(?:-b|--bind)(?:=|\s+)(\S+)/.exec(cmdArgs ?? '');
  return m ? portOfAddress(m[1] ?? '') : null;
}

/**
 * Builds the finding from a port word (a number or an address when `address`), falling back to the
 * server's default. `$PORT`, `${PORT}` and `${PORT:-8000}` are read from ENV in shell form only.
 */
function withPort(
  name: string,
  word: CommandWord,
  ctx: PortContext,
  portWord: CommandWord | null,
  fallback: number | null,
  address = false,
  fallbackFromEnv = false,
): Recognised {
  const base = { name, range: word.range };
  if (!portWord) {
    return { ...base, port: fallback, portSource: fallback === null ? null : fallbackFromEnv ? 'env' : 'default', portRange: null };
  }
  const text = portWord.value;
  const variable = /\$\{?([A-Za-z_]\w*)(?::?-([^}]*))?\}?$/.exec(text);
  if (variable) {
    if (!ctx.shellForm) return { ...base, port: null, portSource: null, portRange: portWord.range };
    const fromEnv = ctx.env[variable[1] ?? ''];
    const resolved = numeric(fromEnv) ?? (variable[2] !== undefined ? numeric(variable[2]) : null);
    return { ...base, port: resolved, portSource: resolved === null ? null : numeric(fromEnv) !== null ? 'env' : 'flag', portRange: portWord.range };
  }
  const port = address ? portOfAddress(text) : numeric(text);
  return { ...base, port, portSource: port === null ? null : 'flag', portRange: portWord.range };
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

/** The ports `stage` declares with EXPOSE, `${PORT}` substituted from its ARG/ENV values. */
export function exposedPorts(ast: DockerfileAst, stage: Stage): ExposedPorts {
  const result: ExposedPorts = { instructions: [], ports: [], unknown: false };
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword !== 'EXPOSE') continue;
    result.instructions.push(instruction);
    for (const arg of instruction.args) {
      const text = arg.value.replace(/\$\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_w, braced?: string, fallback?: string, bare?: string) => {
        const name = braced ?? bare ?? '';
        return stage.env[name] ?? stage.args[name] ?? fallback ?? '?';
      });
      const m = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/\w+)?$/.exec(text);
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

export function isExposed(exposed: ExposedPorts, port: number): boolean {
  return exposed.ports.some((p) => port >= p.from && port <= p.to);
}
