// One file shown in the editor's tabs.
export interface WorkspaceFile {
  /** `Dockerfile`, `.dockerignore`, `requirements.txt`, `src/api.py`… */
  path: string;
  value: string;
  /** Monaco language id (dockerfile, ignore, python, plaintext…). */
  language: string;
  readOnly: boolean;
}
