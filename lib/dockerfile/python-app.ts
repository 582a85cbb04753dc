// Whether the shipped image is a Python application: a Python base image, or Python installed or run
// by its instructions. Shared by base-image-slim (ubuntu for a Python app) and python-unbuffered.
// The answer walks every command of the shipped stages: plain loops that build nothing.
import { baseImageOf, isPythonImage } from './images';
import { commandsOf, programName } from './query';
import type { DockerfileAst, Instruction, ShellCommand, Stage } from './types';

/** Programs that only exist in a Python environment (`pip install`, `python -m pip` included). */
const PYTHON_PROGRAMS = /^(python(\d+(\.\d+)?)?|pip(\d+(\.\d+)?)?|uvicorn|gunicorn|hypercorn|streamlit|flask|celery|poetry|pipenv|uv|conda|mamba|jupyter|mlflow|bentoml)$/;
const PYTHON_APT_PACKAGE = /^python3?(-|$|=)|^python3\.\d+/;
const PYTHON_APK_PACKAGE = /^(python3|py3-)/;

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

/** `apt-get install … python3 …`: the first word that is not a flag is `install`, packages follow it. */
function aptInstallsPython(cmd: ShellCommand): boolean {
  let install = false;
  for (const { value } of cmd.args) {
    if (value.startsWith('-') && value !== '-') continue;
    if (!install) {
      if (value !== 'install') return false;
      install = true;
    } else if (PYTHON_APT_PACKAGE.test(value)) {
      return true;
    }
  }
  return false;
}

/** `apk add … python3 …` (or a `py3-` package). */
function apkAddsPython(cmd: ShellCommand): boolean {
  let add = false;
  let python = false;
  for (const { value } of cmd.args) {
    if (value === 'add') add = true;
    else if (PYTHON_APK_PACKAGE.test(value)) python = true;
  }
  return add && python;
}

function isPythonCommand(cmd: ShellCommand): boolean {
  const name = programName(cmd);
  if (PYTHON_PROGRAMS.test(name)) return true;
  if (name === 'apt-get' || name === 'apt') return aptInstallsPython(cmd);
  if (name === 'apk') return apkAddsPython(cmd);
  return false;
}

/** The program a CMD/ENTRYPOINT/RUN starts, in exec or shell form. */
export function startsPython(instruction: Instruction): boolean {
  const first = instruction.json?.values[0];
  if (first !== undefined) return PYTHON_PROGRAMS.test(baseName(first));
  for (const cmd of commandsOf(instruction)) if (isPythonCommand(cmd)) return true;
  return false;
}

export function isPythonApp(ast: DockerfileAst, stages: readonly Stage[]): boolean {
  for (const stage of stages) {
    const base = stage.baseStage === null ? stage.base : baseImageOf(ast, stage);
    if (base && isPythonImage(base)) return true;
    for (const instruction of stage.instructions) {
      const keyword = instruction.keyword;
      if ((keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') && startsPython(instruction)) return true;
    }
  }
  return false;
}
