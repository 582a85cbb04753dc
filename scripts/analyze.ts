// Command line for the analyzer (the same code the browser runs):
//   npm run --silent analyze -- [--format json|text] [--dockerignore FILE] [--exercise ID] FILE...
// Exit 0 when no `error` finding, 1 when any, 2 on bad usage or an unreadable file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/dockerfile/analyze';
import { runCli, type CliIo } from './analyze-cli';

// npm runs a script from the package's root, wherever it was typed; INIT_CWD is the folder it was
// typed in, so `cd docker && npm run analyze -- Dockerfile` reads docker/Dockerfile, not ./Dockerfile.
const typedIn = process.env.INIT_CWD ?? process.cwd();

const io: CliIo = {
  readFile: (path) => (path === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(typedIn, path), 'utf8')),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function loadGrader() {
  // Grading pulls in the exercises; only loaded when --exercise is used.
  const [{ grade }, { getExercise }, { exerciseContextFiles, exerciseContextTexts }] = await Promise.all([
    import('../lib/dockerfile/grade'),
    import('../content/docker/exercises/index'),
    import('../lib/content/exercise'),
  ]);
  return {
    grade,
    getExercise(id: string) {
      const exercise = getExercise(id);
      return exercise && { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise) };
    },
  };
}

// `analyze … | head` closes the pipe early: the rest of the output is dropped quietly, not with a
// stack trace, and the exit code still says whether an error was found.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), io, { analyze, loadGrader });
