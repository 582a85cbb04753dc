// What the playground shows when no link brought code: a small model API with a few things to fix.
export const DEFAULT_DOCKERFILE = `FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 8000
CMD uvicorn src.api:app --host 0.0.0.0 --port 8000
`;

export const DEFAULT_DOCKERIGNORE = `.git
__pycache__/
*.pyc
.env
data/
`;
