import { describe, expect, it } from 'vitest';
import { parse } from './index';

const first = (source: string) => parse(source).instructions[0]!;

describe('instructions: flags and arguments', () => {
  it('separates flags from arguments on COPY and ADD', () => {
    const copy = first('COPY --chown=app:app --chmod=755 --link --parents --exclude=*.md src/ /app/\n');
    expect(copy.flags.map((f) => f.name)).toEqual(['chown', 'chmod', 'link', 'parents', 'exclude']);
    expect(copy.argsText).toBe('src/ /app/');
    const add = first('ADD --checksum=sha256:abc --keep-git-dir=true https://x/y.tgz /y\n');
    expect(add.flags.map((f) => [f.name, f.value])).toEqual([
      ['checksum', 'sha256:abc'],
      ['keep-git-dir', 'true'],
    ]);
  });

  it('reads RUN flags and the shell after them', () => {
    const run = first('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --network=none --security=insecure npm ci\n');
    expect(run.flags.map((f) => f.name)).toEqual(['mount', 'network', 'security']);
    expect(run.flags[0]!.options).toEqual({ type: 'secret', id: 'npmrc', target: '/root/.npmrc' });
    expect(run.shell!.commands[0]!.name).toBe('npm');
  });

  it('gives shell form CMD and ENTRYPOINT a shell model, exec form none', () => {
    expect(first('CMD python app.py\n').shell!.commands[0]!.name).toBe('python');
    expect(first('ENTRYPOINT exec gunicorn app\n').shell!.commands[0]!.name).toBe('exec');
    expect(first('ENTRYPOINT ["gunicorn"]\n').shell).toBeNull();
    expect(first('EXPOSE 8080\n').shell).toBeNull();
  });

  it('reads exec form on SHELL, VOLUME, COPY and ADD', () => {
    expect(first('SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n').json!.values).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(first('VOLUME ["/data"]\n').json!.values).toEqual(['/data']);
    expect(first('COPY ["a b", "/c/"]\n').json!.values).toEqual(['a b', '/c/']);
    expect(first('EXPOSE ["80"]\n').json).toBeNull();
  });

  it('reads pairs only on ENV, ARG and LABEL', () => {
    expect(first('LABEL a=b\n').pairs).toHaveLength(1);
    expect(first('RUN a=b\n').pairs).toEqual([]);
  });
});

describe('instructions: ONBUILD', () => {
  it('wraps RUN with its shell and COPY with its heredoc', () => {
    const ast = parse('FROM alpine\nONBUILD RUN apk add curl\nONBUILD COPY <<EOF /x\nhi\nEOF\nRUN ok\n');
    const run = ast.instructions[1]!.onbuild!;
    expect(run.shell!.commands[0]!.name).toBe('apk');
    const copy = ast.instructions[2]!.onbuild!;
    expect(copy.heredocs[0]!.body).toBe('hi');
    expect(ast.instructions[2]!.range.endLine).toBe(5);
    expect(copy.range).toEqual({ line: 3, column: 9, endLine: 5, endColumn: 4 });
    expect(ast.instructions[3]!.keyword).toBe('RUN');
    expect(ast.instructions).toHaveLength(4);
  });

  it('reports a missing, unknown or empty wrapped instruction', () => {
    expect(parse('ONBUILD\n').errors.map((e) => [e.messageId, e.data.instruction])).toEqual([['missingArguments', 'ONBUILD']]);
    expect(parse('ONBUILD FOO x\n').errors.map((e) => [e.messageId, e.data.instruction, e.range.column])).toEqual([['unknownInstruction', 'FOO', 9]]);
    expect(parse('ONBUILD RUN\n').errors.map((e) => [e.messageId, e.data.instruction])).toEqual([['missingArguments', 'RUN']]);
  });
});

describe('instructions: HEALTHCHECK', () => {
  it('keeps HEALTHCHECK without CMD or NONE as an empty check', () => {
    expect(first('HEALTHCHECK --interval=5s\n').healthcheck).toEqual({ none: false, command: null });
  });

  it('reports a CMD without a command', () => {
    expect(parse('HEALTHCHECK --interval=5s CMD\n').errors.map((e) => [e.messageId, e.data.instruction])).toEqual([['missingArguments', 'HEALTHCHECK']]);
    expect(parse('HEALTHCHECK CMD true\n').errors).toEqual([]);
  });

  it('passes words starting with -- after CMD to the command', () => {
    const command = first('HEALTHCHECK --timeout=3s CMD --fail-fast x\n').healthcheck!.command!;
    expect(command.flags).toEqual([]);
    expect(command.shell!.commands[0]!.name).toBe('--fail-fast');
  });

  it('matches NONE and CMD case-insensitively', () => {
    expect(first('healthcheck none\n').healthcheck!.none).toBe(true);
    expect(first('HEALTHCHECK cmd true\n').healthcheck!.command!.keywordRaw).toBe('cmd');
  });
});
