// What the final image's HEALTHCHECK does once the container runs, read with the build context:
// a probe that can never pass leaves the container "unhealthy" although the Dockerfile has one.
// Graded with the healthcheck fact (grade.ts); the fact alone reads the Dockerfile only.
import { appModuleCheck } from './app-module';
import { baseName, runWords } from './facts';
import { commandsOf, finalStageOf, instructionsWithParents, PYTHON } from './query';
import { lacksModule, pathMissesProgram, pythonBinaryProblem } from './requirements';
import { serverOf } from './servers';
import type { DockerfileAst, Instruction, Stage } from './types';

export interface ProbeProblem {
  why: string;
  lines: number[];
}

const UNHEALTHY = 'Docker đánh dấu container "unhealthy"';

/** The probe's program and its arguments: an exec-form array, or the first command of a shell-form one. */
function probeWords(command: Instruction): string[] {
  if (command.json) return [...command.json.values];
  const first = commandsOf(command)[0];
  return first ? [first.name, ...first.args.map((word) => word.value)] : [];
}

/** HTTP clients a probe may import that no python image ships. */
const HTTP_CLIENTS = new Set(['requests', 'httpx']);

/**
 * Packages that bring neither requests nor httpx with them (their own dependencies included): an
 * image that installs only these has no HTTP client but urllib. Extras (`fastapi[standard]`) are not.
 */
const WITHOUT_HTTP_CLIENT = new Set(
  'fastapi uvicorn starlette pydantic scikit-learn scipy numpy joblib pandas threadpoolctl flask gunicorn torch xgboost lightgbm python-multipart pip setuptools wheel click h11 anyio typing-extensions'.split(' '),
);

/**
 * The HTTP client the probe's python script imports that nothing installs, or null (see lacksModule).
 */
function missingClient(ast: DockerfileAst, stage: Stage, words: readonly string[], texts: Readonly<Record<string, string>>): string | null {
  const script = words[words.indexOf('-c') + 1];
  if (!PYTHON.test(baseName(words[0] ?? '')) || !words.includes('-c') || script === undefined) return null;
  const imported = [...script.matchAll(/(?:^|[;\n])\s*(?:import\s+([\w.]+(?:\s*,\s*[\w.]+)*)|from\s+(\w+))/g)].flatMap((m) => (m[1] ?? m[2]!).split(',').map((name) => name.trim().split('.')[0]!));
  const client = imported.find((name) => HTTP_CLIENTS.has(name));
  return client !== undefined && lacksModule(ast, stage, texts, client, WITHOUT_HTTP_CLIENT, (i) => i.keyword === 'HEALTHCHECK') ? client : null;
}

/** Why the final image's HEALTHCHECK can never pass once the container runs, or null when it may. */
export function healthProbeProblem(ast: DockerfileAst, texts: Readonly<Record<string, string>> = {}): ProbeProblem | null {
  const final = finalStageOf(ast);
  const last = final ? instructionsWithParents(ast, final).findLast((i) => i.keyword === 'HEALTHCHECK') : undefined;
  const command = last?.healthcheck?.command;
  if (!final || !last || !command || last.healthcheck?.none) return null;
  const line = last.range.line;
  const words = probeWords(command);
  const program = words[0] ?? '';
  const offPath = pathMissesProgram(ast, final, program, `lần kiểm tra nào của HEALTHCHECK (dòng ${line}) cũng lỗi "${program}: not found" và ${UNHEALTHY}`) ?? pythonBinaryProblem(ast, final, program, `HEALTHCHECK (dòng ${line}) lần nào cũng lỗi "${program}: not found" và ${UNHEALTHY}`);
  if (offPath) return { why: offPath, lines: [line] };
  const client = missingClient(ast, final, words, texts);
  if (client) {
    return {
      why: `HEALTHCHECK (dòng ${line}) chạy python với import ${client}, nhưng image không có ${client}: image python không kèm sẵn, và không gói nào mà Dockerfile cài (pip install, file requirements) mang nó theo. Lần kiểm tra nào cũng dừng với "ModuleNotFoundError: No module named '${client}'" và ${UNHEALTHY}. Dùng thư viện chuẩn: python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')".`,
      lines: [line],
    };
  }
  return unservedPath(ast, final, command, line, texts);
}

/** A request to the container itself, with its path: `http://localhost:8000/health`. */
const SELF_URL_PATH = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(?=[/'"\s)?#]|$)(\/[^\s'"?#)]*)?/;

/** Whether the probe fails on an error status (404): urllib's urlopen, raise_for_status, curl -f, wget. */
function failsOnErrorStatus(words: readonly string[], text: string): boolean {
  const program = baseName(words[0] ?? '');
  if (PYTHON.test(program)) return /\burlopen\s*\(|\.raise_for_status\s*\(/.test(text);
  if (program === 'curl') return words.some((word) => word === '--fail' || word === '--fail-with-body' || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(word));
  return program === 'wget';
}

/** Paths a FastAPI app serves on its own: its docs. */
const FRAMEWORK_PATHS = ['/docs', '/redoc', '/openapi.json', '/docs/oauth2-redirect'];

/**
 * Why the probe asks the app for a path it does not serve (`/healthz` where src/api.py has
 * `@app.get("/health")`): a 404, which fails the probe. Judged only where the server's app module
 * is a context file this reads, that declares all its routes itself (no router, no mount).
 */
function unservedPath(ast: DockerfileAst, final: Stage, command: Instruction, line: number, texts: Readonly<Record<string, string>>): ProbeProblem | null {
  const words = probeWords(command);
  const text = command.json ? command.json.values.join(' ') : command.argsText;
  const url = SELF_URL_PATH.exec(text);
  const server = serverOf(ast, final);
  if (!url || !server || !failsOnErrorStatus(words, text) || !/^(uvicorn|gunicorn|hypercorn|flask)$/.test(server.name)) return null;
  const run = runWords(ast, final);
  const app = Object.entries(texts).find(([path]) => path.endsWith('.py') && appModuleCheck(ast, final, run, server.name, path)?.pass === true);
  if (!app) return null;
  const [file, source] = app;
  if (/include_router|\.mount\s*\(|APIRouter|add_api_route|add_url_rule|Blueprint/.test(source)) return null;
  const routes = [...source.matchAll(/@\w+\.(get|api_route|route)\(\s*(?:path\s*=\s*)?(["'])(.*?)\2/g)].map((m) => m[3]!);
  if (routes.length === 0) return null;
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  const asked = trim(url[1] ?? '/');
  const served = [...routes, ...(/FastAPI\s*\(/.test(source) ? FRAMEWORK_PATHS : [])].some((route) => {
    const pattern = trim(route).replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]*\}|<[^>]*>/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(asked);
  });
  if (served) return null;
  const shown = routes.map((route) => `GET ${route}`).join(', ');
  return {
    why: `HEALTHCHECK (dòng ${line}) hỏi ${url[0]}, nhưng ${file} chỉ phục vụ ${shown}: ${url[1] ?? '/'} trả về 404, lần kiểm tra nào cũng lỗi và ${UNHEALTHY}. Sửa đường dẫn thành ${routes.find((route) => /health/.test(route)) ?? routes[0]}.`,
    lines: [line, server.instruction.range.line],
  };
}
