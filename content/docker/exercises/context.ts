// Read-only context files shared by the exercises: the small ML project every Dockerfile packages.
import type { ExerciseFile } from '@/lib/content/exercise';

export function dockerfile(content: string): ExerciseFile {
  return { path: 'Dockerfile', content, readOnly: false, language: 'dockerfile' };
}

export function dockerignore(content: string): ExerciseFile {
  return { path: '.dockerignore', content, readOnly: false, language: 'ignore' };
}

function context(path: string, content: string, language: string): ExerciseFile {
  return { path, content, readOnly: true, language };
}

export const requirementsTxt = context(
  'requirements.txt',
  `fastapi==0.115.0
uvicorn==0.30.6
scikit-learn==1.5.2
joblib==1.4.2
numpy==1.26.4
`,
  'plaintext',
);

export const apiPy = context(
  'src/api.py',
  `import os

import joblib
from fastapi import FastAPI

MODEL_PATH = os.getenv("MODEL_PATH", "/app/models/model.pkl")

app = FastAPI()
model = joblib.load(MODEL_PATH)


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/predict")
def predict(features: list[float]):
    return {"prediction": model.predict([features]).tolist()}
`,
  'python',
);

export const trainPy = context(
  'src/train.py',
  `import argparse

import joblib
import numpy as np
from sklearn.ensemble import RandomForestClassifier

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="random_forest")
parser.add_argument("--epochs", type=int, default=100)
parser.add_argument("--output", default="model.pkl")
args = parser.parse_args()

data = np.loadtxt("data/train.csv", delimiter=",")
model = RandomForestClassifier(n_estimators=args.epochs).fit(data[:, :-1], data[:, -1])
joblib.dump(model, args.output)
print(f"saved {args.model} to {args.output}")
`,
  'python',
);

export const modelPy = context(
  'src/model.py',
  `def preprocess(features):
    return [float(x) for x in features]
`,
  'python',
);

export const trainCsv = context('data/train.csv', '5.1,3.5,1.4,0.2,0\n6.2,2.9,4.3,1.3,1\n', 'plaintext');

/** A .dockerignore that keeps the context small and secrets out. */
export const goodDockerignore = `.git
.env
.env.*
__pycache__/
*.pyc
.pytest_cache/
.venv/
notebooks/
*.ipynb
`;

/** Python healthcheck: slim images ship no curl. */
export const HEALTHCHECK =
  'HEALTHCHECK --interval=30s --timeout=5s --retries=3 \\\n' +
  '  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]';

export const UVICORN_CMD = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]';
