import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, positionsOf } from './test-helpers';
import { docs } from '../docs/pip-pin-versions';

const ID = 'pip-pin-versions';
const at = (line: number, column: number, endLine: number, endColumn: number) => ({ messageId: 'unpinned', line, column, endLine, endColumn });
const quiet = (run: string) => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', run))).toEqual([]);

describe(ID, () => {
  it('catches a package without a version', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask'))).toEqual([at(2, 32, 2, 37)]);
  });

  it('spans the unpinned packages of one command and names only them', () => {
    const src = dockerfile('FROM python:3.11-slim', 'RUN pip install \\', '    numpy==1.26.4 \\', '    pandas \\', '    scikit-learn');
    expect(positionsOf(ID, src)).toEqual([at(4, 5, 5, 17)]);
    const [finding] = findingsOf(ID, src);
    expect(finding?.message).toContain('pandas, scikit-learn');
    expect(finding?.message).not.toContain('numpy');
  });

  it('catches extras without a version and python -m pip', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN python3 -m pip install "uvicorn[standard]"'))).toEqual([at(2, 28, 2, 47)]);
  });

  it('catches packages installed next to an installer upgrade', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install -U pip requests'))).toEqual([at(2, 24, 2, 32)]);
  });

  it('catches pip install in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'pip install torch', 'EOF'))).toEqual([at(3, 13, 3, 18)]);
  });

  it('does not catch version specifiers', () => {
    quiet('RUN pip install numpy==1.26.4 "pandas>=2,<3" scipy~=1.13 torch!=2.0.0 x===1.0 "y<2" "z>1"');
  });

  it('does not catch direct references (name @ url)', () => {
    quiet('RUN pip install "mylib @ https://example.com/mylib-1.0.tar.gz"');
    quiet('RUN pip install mylib @ git+https://github.com/org/mylib@v1.0');
  });

  it('does not catch requirements and constraints files', () => {
    quiet('RUN pip install -r requirements.txt -c constraints.txt');
    quiet('RUN pip install --requirement=requirements.txt');
  });

  it('does not catch packages whose versions a constraints file sets', () => {
    quiet('RUN pip install pykafka -c constraints.txt');
    quiet('RUN pip install --constraint https://example.com/constraints.txt pykafka flask');
    quiet('RUN pip install --constraint=constraints.txt pykafka');
  });

  it('still catches a package when the constraints file belongs to another command', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install -c c.txt numpy && pip install flask'))).toEqual([at(2, 47, 2, 52)]);
  });

  it('does not catch the local project, paths, wheels and archives', () => {
    quiet('RUN pip install . && pip install -e . && pip install ./libs/core');
    quiet('RUN pip install /wheels/app-1.0-py3-none-any.whl dist/app.tar.gz');
    quiet('RUN pip install --no-index --find-links /wheels app.whl');
  });

  it('does not catch URLs and VCS references', () => {
    quiet('RUN pip install https://example.com/pkg.zip git+https://github.com/org/repo.git@v1.2');
  });

  it('does not catch an upgrade of the installer itself', () => {
    quiet('RUN pip install --upgrade pip');
    quiet('RUN pip install -U pip setuptools wheel');
    quiet('RUN python -m pip install --no-cache-dir --upgrade pip');
  });

  it('does not catch variables or option values', () => {
    quiet('RUN pip install $PACKAGES "torch==${TORCH_VERSION}"');
    quiet('RUN pip install --index-url https://pypi.example.com/simple --target /deps numpy==1.26.4');
  });

  it('does not catch other commands', () => {
    quiet('RUN pip download numpy && echo pip install flask && poetry add flask');
  });

  it('catches an exec-form RUN on the package string', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN ["pip", "install", "flask"]'))).toEqual([{ messageId: 'unpinned', line: 2, column: 24, endLine: 2, endColumn: 31 }]);
    quiet('RUN ["pip", "install", "flask==3.0.0"]');
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });
});
