// `npm run fuzz -- [SECONDS] [SEED]`: real Dockerfiles (the chapter's, the official-images corpus when
// it sits next to the repo, generated ones, and the exercises graded with an edited .dockerignore),
// each with one to four random edits of the kinds a learner makes, held to what the analyzer
// promises (lib/dockerfile/soundness.ts): no rule fails, every finding lies inside the text, each
// quick fix removes its finding, adds neither a syntax error nor a finding of another rule, and
// changes no word a RUN runs. Prints each kind of problem once with the text that showed it, then a
// count; exits 1 when it found any.
import { exercises } from '../content/docker/exercises';
import { exerciseContextFiles, exerciseContextTexts } from '../lib/content/exercise';
import { analyze } from '../lib/dockerfile/analyze';
import { analyzeAndGrade } from '../lib/dockerfile/grade';
import { analysisProblems, fixProblems } from '../lib/dockerfile/soundness';
import { chapterDockerfiles, corpusDockerfiles, generatedSet, prng } from './bench/inputs';

const seconds = Number(process.argv[2] ?? 60);
const seed = Number(process.argv[3] ?? Date.now() % 100_000);
const random = prng(seed);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Text a learner types or pastes: Dockerfile and shell syntax, quotes, escapes, odd characters. */
const FRAGMENTS = [
  '\n', '\r\n', '\\\n', '\\', '\\ \n', '\\\t', '`', ' ', '\t', '#', '"', "'", '[', ']', '{', '}', '$', '${', '$(', ')', '<<EOF\n', '<<-EOF\n', 'EOF\n',
  '&&', '||', '|', ';', '&', '>', '<', '=', ',', '--', '-', '\u0000', '\uD800', 'ế', 'RUN ', 'FROM ', 'COPY --from=', 'ONBUILD ',
  'HEALTHCHECK ', 'ARG X', 'ENV ', 'SHELL ["bash", "-c"]\n', 'USER ', 'sudo ', 'pip install ', 'apt-get install ', 'apk add ', 'curl ',
  'cd ', 'set -o pipefail; ', 'python -m pip ', 'env ', '-y', '--no-cache-dir', 'WORKDIR ', 'EXPOSE ', ':', '@sha256:', '/',
];

function edit(text: string): string {
  const at = Math.floor(random() * (text.length + 1));
  const kind = random();
  if (kind < 0.3) return text.slice(0, at) + pick(FRAGMENTS) + text.slice(at);
  if (kind < 0.5) return text.slice(0, at) + text.slice(at + Math.floor(random() * 20));
  if (kind < 0.6) {
    const lines = text.split('\n');
    lines.splice(Math.floor(random() * lines.length), 0, pick(lines));
    return lines.join('\n');
  }
  if (kind < 0.7) return text.slice(0, at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at, at + 30).toLowerCase() + text.slice(at + 30);
  if (kind < 0.9) {
    const from = Math.floor(random() * (text.length + 1));
    return text.slice(0, at) + text.slice(from, from + 40) + text.slice(at);
  }
  return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x10000)) + text.slice(at);
}

function mutant(text: string): string {
  // Now and then the file switches to backtick escapes, as Windows Dockerfiles do.
  let out = random() < 0.1 ? `# escape=\`\n${text.replaceAll('\\\n', '`\n')}` : text;
  // And now and then it comes from Windows, every line ending in \r\n.
  if (random() < 0.1) out = out.replaceAll('\n', '\r\n');
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) out = edit(out);
  return out;
}

/** What a learner types into an exercise's .dockerignore: globs, exceptions, parent folders, odd characters. */
const IGNORE_FRAGMENTS = ['*', '**', '?', '[', ']', '[!', '-', '\\', '!', '/', '..', '.', '\n', '#', ' ', '**/', '.env', 'src/', '\u0000', '\uD800'];

/**
 * An exercise graded as the practice page grades it, its Dockerfile and its .dockerignore edited:
 * grading must not fail, and the analysis it shows must be sound.
 */
function gradedExercise(): { text: string; problems: string[] } {
  const exercise = pick(exercises);
  const content = (path: string) => exercise.files.find((file) => file.path === path)?.content ?? '';
  let dockerignore = content('.dockerignore');
  for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
    const at = Math.floor(random() * (dockerignore.length + 1));
    dockerignore = dockerignore.slice(0, at) + pick(IGNORE_FRAGMENTS).repeat(random() < 0.05 ? 200 : 1) + dockerignore.slice(at);
  }
  const text = random() < 0.5 ? mutant(content('Dockerfile')) : content('Dockerfile');
  const { analysis, grade } = analyzeAndGrade(text, { rubric: exercise.rubric, dockerignore, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise) });
  const problems = analysis ? analysisProblems(text, analysis) : [`grading ${exercise.id} failed: ${JSON.stringify(grade).slice(0, 200)}`];
  return { text: `${text}\n--- .dockerignore ---\n${dockerignore}`, problems };
}

const sources = [...chapterDockerfiles(), ...corpusDockerfiles(), ...generatedSet(50)].map((file) => file.text);
console.log(`fuzz: ${sources.length} Dockerfiles, ${seconds} s, seed ${seed}`);
const seen = new Set<string>();
const started = Date.now();
let mutants = 0;
while (Date.now() - started < seconds * 1000) {
  mutants++;
  let text = '';
  let problems: string[];
  try {
    // One edited file in eight is an exercise, graded with its .dockerignore.
    if (mutants % 8 === 0) ({ text, problems } = gradedExercise());
    else {
      text = mutant(pick(sources));
      const analysis = analyze(text);
      problems = [...analysisProblems(text, analysis), ...fixProblems(text, analysis)];
    }
  } catch (error) {
    problems = [`analyze threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const problem of problems) {
    // One report per kind of problem: positions differ from text to text.
    const kind = problem.replace(/\d+:\d+(-\d+:\d+)?/g, 'L:C');
    if (seen.has(kind)) continue;
    seen.add(kind);
    console.log(`\n${problem}\n${JSON.stringify(text.length > 3_000 ? `${text.slice(0, 3_000)}…` : text)}`);
  }
}
console.log(`\n${mutants.toLocaleString('en')} edited Dockerfiles, ${seen.size} kinds of problem (seed ${seed})`);
process.exitCode = seen.size > 0 ? 1 : 0;
