// Steps that bring an older saved shape up to PROGRESS_VERSION. Each step takes the raw state of
// version n and returns the raw state of version n + 1; validation happens after the last step.
import { PROGRESS_VERSION } from './schema';

type RawState = Record<string, unknown>;

const steps: Record<number, (state: RawState) => RawState> = {
  // v1 (the first store) had no preferences.
  1: (state) => ({ ...state, preferences: { plainEditor: false } }),
};

/** Returns null when the version is unknown (newer than this app, or not a version at all). */
export function migrate(state: RawState, version: number): RawState | null {
  if (!Number.isInteger(version) || version < 1 || version > PROGRESS_VERSION) return null;
  let current = state;
  for (let v = version; v < PROGRESS_VERSION; v++) {
    const step = steps[v];
    if (!step) return null;
    current = step(current);
  }
  return current;
}
