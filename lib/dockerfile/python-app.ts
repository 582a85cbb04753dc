// Whether the shipped image is a Python application: a Python base image, or Python installed or run
// by its instructions. Shared by base-image-slim (ubuntu for a Python app) and python-unbuffered.
import { baseImageOf, isPythonImage } from './images';
import { aptPackages, commandsOf, isAptInstall, isCommand, pipInstallArgs, programName } from './query';
import type { DockerfileAst, Instruction, ShellCommand, Stage } from './types';

/** Programs that only exist in a Python environment. */
const PYTHON_PROGRAMS = /^(python(\d+(\.\d+)?)?|pip(\d+(\.\d+)?)?|uvicorn|gunicorn|hypercorn|streamlit|flask|celery|poetry|pipenv|uv|conda|mamba|jupyter|mlflow|bentoml)$/;

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

function isPythonCommand(cmd: ShellCommand): boolean {
  if (PYTHON_PROGRAMS.test(programName(cmd)) || pipInstallArgs(cmd) !== null) return true;
  if (isAptInstall(cmd)) return aptPackages(cmd).some((w) => /^python3?(-|$|=)|^python3\.\d+/.test(w.value));
  if (isCommand(cmd, 'apk') && cmd.args.some((w) => w.value === 'add')) return cmd.args.some((w) => /^(python3|py3-)/.test(w.value));
  return false;
}

/** The program a CMD/ENTRYPOINT/RUN starts, in exec or shell form. */
export function startsPython(instruction: Instruction): boolean {
  const first = instruction.json?.values[0];
  if (first !== undefined) return PYTHON_PROGRAMS.test(baseName(first));
  return commandsOf(instruction).some(isPythonCommand);
}

export function isPythonApp(ast: DockerfileAst, stages: readonly Stage[]): boolean {
  for (const stage of stages) {
    const base = stage.baseStage === null ? stage.base : baseImageOf(ast, stage);
    if (base && isPythonImage(base)) return true;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'RUN' || instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') {
        if (startsPython(instruction)) return true;
      }
    }
  }
  return false;
}
