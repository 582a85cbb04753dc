// Whether the shipped image is a Python application: a Python base image, or Python installed or run
// by its instructions. Shared by base-image-slim (ubuntu for a Python app) and python-unbuffered.
// The answer walks every command of the shipped stages: plain loops that build nothing (an install's
// package list is only built once it holds Python).
import { baseImageOf, isPythonImage } from './images';
import { unpurgedPackages } from './packages';
import { baseName, commandsOf, programName } from './query';
import type { DockerfileAst, Instruction, ShellCommand, Stage } from './types';

/** Programs that only exist in a Python environment (`pip install`, `python -m pip` included). */
const PYTHON_PROGRAMS = /^(python(\d+(\.\d+)?)?|pip(\d+(\.\d+)?)?|uvicorn|gunicorn|hypercorn|streamlit|flask|celery|poetry|pipenv|uv|conda|mamba|jupyter|mlflow|bentoml)$/;
/** Python's own packages: `python3`, `python3-pip`, `python3.11`, `python3~3.11`; `py3-numpy` on apk. */
const PYTHON_PACKAGE = /^(python3?([-=~<>]|$)|python3\.\d|py3-)/;
const isPythonPackage = (word: string) => PYTHON_PACKAGE.test(word);

function runsPython(cmd: ShellCommand): boolean {
  return PYTHON_PROGRAMS.test(programName(cmd));
}

/**
 * Whether a CMD/ENTRYPOINT/RUN (exec or shell form) runs Python, or installs it to stay: Python
 * installed as a build dependency and removed in the same RUN (node's and postgres's images build
 * with it, `apk del .build-deps`) ships none.
 */
export function startsPython(instruction: Instruction): boolean {
  const first = instruction.json?.values[0];
  if (first !== undefined) return PYTHON_PROGRAMS.test(baseName(first));
  return commandsOf(instruction).some(runsPython) || unpurgedPackages(instruction, isPythonPackage).length > 0;
}

export function isPythonApp(ast: DockerfileAst, stages: readonly Stage[]): boolean {
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (base && isPythonImage(base)) return true;
    for (const instruction of stage.instructions) {
      const keyword = instruction.keyword;
      if ((keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') && startsPython(instruction)) return true;
    }
  }
  return false;
}
