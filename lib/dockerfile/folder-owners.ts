// Who owns the folders of a stage, root or the stage's user, followed one instruction at a time:
// which folders WORKDIR, mkdir and COPY make and as whom, the homes useradd -m and adduser make,
// and what chown or chmod hand over. Grading asks it whether a non-root USER can write a folder
// (a mkdir in the build, a model the job saves). What it cannot follow (a variable without a value,
// a cd, a heredoc, a RUN that switches user) it says so, and the caller stops trusting it there.
import { absolutePath } from './app-module';
import { copyPaths, flagValue, isCopy, unquote } from './facts';
import { commandsOf, programName } from './query';
import { substituteVariables } from './servers';
import type { Instruction, ShellCommand, Stage } from './types';

export type Owner = 'root' | 'user';

/** Folders any user may write in a base image. */
const WRITABLE = /^\/(tmp|var\/tmp|dev\/shm)(\/|$)/;

/** Programs that run a command as another user. */
export const SWITCHES_USER = /(^|[\s;&|(])(sudo|su|gosu|su-exec|doas|runuser)(?=\s)/;

/** The account a USER value names, resolved; `root` for root by name or id, null when a variable cannot be read. */
export function userOf(value: string, stage: Stage): string | null {
  const name = substituteVariables(value.split(':')[0]!.trim(), stage);
  if (name === null) return null;
  return name === '' || name === '0' ? 'root' : name;
}

/** The home folder an account-creating command makes, or null: useradd only with -m, adduser unless told not to. */
export function createdHome(cmd: ShellCommand): string | null {
  const program = programName(cmd);
  if (program !== 'useradd' && program !== 'adduser') return null;
  const words = cmd.args.map((word) => word.value);
  const valueOptions = /^(-[dcgGsuUkK]|--home(-dir)?|--comment|--gecos|--shell|--uid|--gid|--groups?|--ingroup)$/;
  const name = words.filter((word, k) => !word.startsWith('-') && !valueOptions.test(words[k - 1] ?? '')).at(-1);
  if (name === undefined || name.includes('$')) return null;
  const at = words.findIndex((word) => word === '-d' || word === '--home' || word === '--home-dir' || word === '-h');
  const home = at >= 0 ? words[at + 1] : `/home/${name}`;
  const creates =
    program === 'useradd'
      ? words.some((word) => word === '--create-home' || /^-[a-zA-Z]*m/.test(word))
      : !words.some((word) => word === '--no-create-home' || word === '-H');
  return creates && home !== undefined && home.startsWith('/') ? absolutePath('/', home) : null;
}

export class FolderOwners {
  readonly #stage: Stage;
  readonly #owners = new Map<string, Owner>();
  #cwd = '/';
  #user: string | null = 'root';
  #userLine = 0;

  constructor(stage: Stage) {
    this.#stage = stage;
  }

  /** The working folder now. */
  get cwd(): string {
    return this.#cwd;
  }

  /** The user now (`root` at first), with the line of its USER; null name when a variable hides it. */
  get user(): { name: string | null; line: number } {
    return { name: this.#user, line: this.#userLine };
  }

  /** Who made or was handed `dir`; null for a folder the Dockerfile never made (the base image's own). */
  ownerOf(dir: string): Owner | null {
    return this.#owners.get(dir) ?? null;
  }

  /** Every folder the Dockerfile made or was handed so far. */
  folders(): IterableIterator<string> {
    return this.#owners.keys();
  }

  /** The closest folder above `path` that exists, and its owner: root for the base's folders, anyone's under /tmp. */
  parentOwner(path: string): { folder: string; owner: Owner } {
    for (let folder = path.slice(0, path.lastIndexOf('/')) || '/'; ; folder = folder.slice(0, folder.lastIndexOf('/')) || '/') {
      if (WRITABLE.test(folder)) return { folder, owner: 'user' };
      const owner = this.#owners.get(folder);
      if (owner !== undefined || folder === '/') return { folder, owner: owner ?? 'root' };
    }
  }

  /** Follows one instruction; false when it does what this cannot follow. A RUN's commands go through `applyCommand`. */
  apply(instruction: Instruction): boolean {
    switch (instruction.keyword) {
      case 'USER':
        this.#user = userOf(instruction.argsText, this.#stage);
        this.#userLine = instruction.range.line;
        return this.#user !== null;
      case 'WORKDIR': {
        const dir = substituteVariables(unquote(instruction.argsText.trim()), this.#stage);
        if (dir === null) return false;
        this.#cwd = absolutePath(this.#cwd, dir);
        // BuildKit makes a missing WORKDIR (and its parents) as the current USER.
        this.#make(this.#cwd, true);
        return true;
      }
      case 'RUN':
        if (SWITCHES_USER.test(instruction.argsText) || instruction.heredocs.length > 0) return false;
        return commandsOf(instruction).every((cmd) => this.applyCommand(cmd));
      default:
        if (!isCopy(instruction)) return true;
    }
    const destination = substituteVariables(copyPaths(instruction).destination, this.#stage);
    if (destination === null) return false;
    // COPY writes as root whatever the USER, unless told --chown.
    const folder = absolutePath(this.#cwd, destination);
    if (!this.#owners.has(folder)) this.#owners.set(folder, flagValue(instruction, 'chown') !== null ? 'user' : 'root');
    return true;
  }

  /** Follows one command of a RUN (judge a mkdir before it is applied); false when it cannot. */
  applyCommand(cmd: ShellCommand): boolean {
    const name = programName(cmd);
    // Where a cd leads is not followed.
    if (name === 'cd') return false;
    const home = createdHome(cmd);
    if (home !== null) this.#owners.set(home, 'user');
    if (name !== 'mkdir' && name !== 'chown' && name !== 'chmod') return true;
    const { options, paths } = pathArguments(cmd);
    if (paths.some((path) => /[$~*?]/.test(path))) return false;
    if (name === 'mkdir') {
      const withParents = options.some((option) => /^-\w*p/.test(option) || option === '--parents');
      for (const path of paths) this.#make(absolutePath(this.#cwd, path), withParents);
      return true;
    }
    // The owner or the mode comes first; -R hands over what is inside too.
    const recursive = options.some((option) => /^-\w*R/.test(option) || option === '--recursive');
    for (const path of paths.slice(1).map((p) => absolutePath(this.#cwd, p))) {
      for (const folder of this.#owners.keys()) if (recursive && folder.startsWith(`${path}/`)) this.#owners.set(folder, 'user');
      this.#owners.set(path, 'user');
    }
    return true;
  }

  #make(path: string, withParents: boolean): void {
    const parts = path.split('/').filter(Boolean);
    for (let k = withParents ? 1 : parts.length; k <= parts.length; k++) {
      const folder = `/${parts.slice(0, k).join('/')}`;
      if (!this.#owners.has(folder)) this.#owners.set(folder, this.#user === 'root' ? 'root' : 'user');
    }
  }
}

/** A mkdir, chown or chmod's options and paths (`mkdir -m 700 x`: 700 is a mode, not a folder). */
export function pathArguments(cmd: ShellCommand): { options: string[]; paths: string[] } {
  const options: string[] = [];
  const paths: string[] = [];
  cmd.args.forEach((word, at) => {
    if (word.value.startsWith('-')) options.push(word.value);
    else if (!(programName(cmd) === 'mkdir' && /^(-m|--mode)$/.test(cmd.args[at - 1]?.value ?? ''))) paths.push(word.value);
  });
  return { options, paths };
}
