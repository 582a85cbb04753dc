import { describe, expect, it } from 'vitest';
import { pinsTooNewFor, pinsWithoutWheelFor } from './requires-python';

describe('pinsTooNewFor', () => {
  it.each([
    ['scikit-learn==1.5.2', '3.8', [{ pin: 'scikit-learn==1.5.2', python: '3.9' }]],
    ['Scikit_Learn[alldeps] == 1.7.0  # comment', '3.9', [{ pin: 'Scikit_Learn[alldeps]==1.7.0', python: '3.10' }]],
    ['numpy==2.3.1\nfastapi==0.115.0', '3.7', [{ pin: 'numpy==2.3.1', python: '3.11' }, { pin: 'fastapi==0.115.0', python: '3.8' }]],
  ])('finds %j too new for Python %s', (requirements, python, expected) => {
    expect(pinsTooNewFor(requirements, python)).toEqual(expected);
  });

  it.each([
    ['a release older than the floor', 'scikit-learn==1.3.2', '3.8'],
    ['a Python at the floor', 'scikit-learn==1.5.2', '3.9'],
    ['a newer Python', 'numpy==1.26.4', '3.12'],
    ['a range, not a pin', 'scikit-learn>=1.5', '3.8'],
    ['an environment marker', 'numpy==1.26.4; python_version >= "3.9"', '3.8'],
    ['a package not listed', 'torch==2.5.0', '3.7'],
    ['a commented-out line', '# numpy==1.26.4', '3.8'],
  ])('leaves %s alone', (_, requirements, python) => {
    expect(pinsTooNewFor(requirements, python)).toEqual([]);
  });
});

describe('pinsWithoutWheelFor', () => {
  it('finds numpy 1.26 on Python 3.13, whose wheels stop at 3.12', () => {
    expect(pinsWithoutWheelFor('fastapi==0.115.0\nnumpy==1.26.4\n', '3.13')).toEqual([{ pin: 'numpy==1.26.4', python: '3.12' }]);
  });

  it.each([
    ['a Python it has wheels for', 'numpy==1.26.4', '3.12'],
    ['a release with wheels for it', 'numpy==2.1.3', '3.13'],
    ['a package not listed', 'scikit-learn==1.5.2', '3.13'],
  ])('leaves %s alone', (_, requirements, python) => {
    expect(pinsWithoutWheelFor(requirements, python)).toEqual([]);
  });
});
