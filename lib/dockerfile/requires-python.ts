// The oldest Python that releases of the packages the exercises pin install on (their
// Requires-Python): on an older one pip finds no release of the pin and the build stops with
// "No matching distribution found". And the newest Python a release ships wheels for: on a newer
// one pip builds it from source, which needs a C compiler. Grading only; a package not listed here
// is never judged.

/** From release `from` on, `package` needs Python `python` or newer. Conservative: a later release never asks for less. */
interface PythonFloor {
  package: string;
  from: readonly number[];
  python: readonly number[];
}

/** The newest floor first within each package. */
const FLOORS: readonly PythonFloor[] = [
  { package: 'scikit-learn', from: [1, 7], python: [3, 10] },
  { package: 'scikit-learn', from: [1, 4], python: [3, 9] },
  { package: 'scikit-learn', from: [1, 1], python: [3, 8] },
  { package: 'numpy', from: [2, 3], python: [3, 11] },
  { package: 'numpy', from: [2, 1], python: [3, 10] },
  { package: 'numpy', from: [1, 25], python: [3, 9] },
  { package: 'numpy', from: [1, 22], python: [3, 8] },
  { package: 'pandas', from: [2, 1], python: [3, 9] },
  { package: 'fastapi', from: [0, 110], python: [3, 8] },
  { package: 'uvicorn', from: [0, 25], python: [3, 8] },
  { package: 'joblib', from: [1, 4], python: [3, 8] },
];

/** A `name==version` line of a requirements file that the given Python cannot install. */
export interface TooNewPin {
  /** As written: `scikit-learn==1.5.2`. */
  pin: string;
  /** `3.9`. */
  python: string;
}

/** Releases `from` to `through` (their minor versions) ship wheels up to Python `python`, none newer. */
interface WheelCeiling {
  package: string;
  from: readonly number[];
  through: readonly number[];
  python: readonly number[];
}

const CEILINGS: readonly WheelCeiling[] = [
  { package: 'numpy', from: [1, 26], through: [2, 0], python: [3, 12] },
];

const parseVersion = (text: string): number[] => text.split('.').map(Number);

/** a < b, comparing dotted versions part by part (a missing part counts as 0). */
function older(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The package a requirement names, as pip compares names: `Scikit_Learn[extra]` is `scikit-learn`. */
const canonicalName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The exact pins of a requirements file (`name==1.2.3`), as written, with the package's canonical name and the version. */
function exactPins(requirements: string): { pin: string; name: string; version: number[] }[] {
  const pins: { pin: string; name: string; version: number[] }[] = [];
  for (const raw of requirements.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const pin = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*(\d+(?:\.\d+)*)$/.exec(line);
    if (pin) pins.push({ pin: line.replace(/\s+/g, ''), name: canonicalName(pin[1]!), version: parseVersion(pin[3]!) });
  }
  return pins;
}

/**
 * The exact pins of a requirements file with no wheel for Python `python` (`3.13`), in file order:
 * pip downloads their source and builds it, which stops where there is no C compiler. `python`
 * names the newest Python they have wheels for.
 */
export function pinsWithoutWheelFor(requirements: string, python: string): TooNewPin[] {
  const running = parseVersion(python);
  return exactPins(requirements).flatMap(({ pin, name, version }) => {
    const minor = version.slice(0, 2);
    const ceiling = CEILINGS.find((c) => c.package === name && !older(minor, c.from) && !older(c.through, minor));
    return ceiling && older(ceiling.python, running) ? [{ pin, python: ceiling.python.join('.') }] : [];
  });
}

/**
 * The exact pins (`name==1.2.3`) of a requirements file whose release needs a newer Python than
 * `python` (`3.8`), in file order. Lines with an environment marker, a wildcard, an option or
 * anything but `==` are not judged.
 */
export function pinsTooNewFor(requirements: string, python: string): TooNewPin[] {
  const running = parseVersion(python);
  return exactPins(requirements).flatMap(({ pin, name, version }) => {
    const floor = FLOORS.find((f) => f.package === name && !older(version, f.from));
    return floor && older(running, floor.python) ? [{ pin, python: floor.python.join('.') }] : [];
  });
}
