import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { healthProbeProblem } from './health-probe';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const API = 'import os\n\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health():\n    return {"status": "ok"}\n\n\n@app.post("/predict")\ndef predict(features: list[float]):\n    return {}\n';
const TEXTS = { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nscikit-learn==1.5.2\njoblib==1.4.2\nnumpy==1.26.4\n', 'src/api.py': API };
const UVICORN = 'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]';
const URLLIB = (url: string) => `HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('${url}')"]`;
const REQUESTS = `HEALTHCHECK --interval=30s CMD python -c "import requests; requests.get('http://localhost:8000/health')" || exit 1`;
const image = (...lines: string[]) => df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY src/ ./src/', 'RUN useradd --create-home appuser', 'USER appuser', 'EXPOSE 8000', ...lines);
const problem = (source: string, texts: Record<string, string> = TEXTS) => healthProbeProblem(analyze(source).ast, texts);

describe('a HEALTHCHECK whose program is not on PATH', () => {
  it.each([
    ['python, PATH set to a user install alone', image('ENV PATH=/home/appuser/.local/bin', URLLIB('http://localhost:8000/health'), UVICORN), 'ENV PATH=/home/appuser/.local/bin (dòng 9)'],
    ['python in shell form, PATH without /usr/local/bin', image('ENV PATH=/home/appuser/.local/bin:/usr/bin:/bin', `HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')" || exit 1`, UVICORN), 'nơi image python đặt python'],
    ['python3.9 on a 3.11 image', image(`HEALTHCHECK CMD ["python3.9", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"]`, UVICORN), 'không có python3.9'],
  ])('fails %s', (_, source, says) => {
    const result = problem(source);
    expect(result?.why).toContain(says);
    expect(result?.why).toContain('unhealthy');
  });

  it.each([
    ['PATH kept with $PATH', image('ENV PATH=/home/appuser/.local/bin:$PATH', URLLIB('http://localhost:8000/health'), UVICORN)],
    ['a venv the build makes, alone on PATH', df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv', 'ENV PATH=/opt/venv/bin', URLLIB('http://localhost:8000/health'), UVICORN)],
    ['an absolute python', image('ENV PATH=/nowhere', `HEALTHCHECK CMD ["/usr/local/bin/python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"]`, UVICORN)],
    ['HEALTHCHECK NONE', image('ENV PATH=/nowhere', 'HEALTHCHECK NONE', UVICORN)],
  ])('passes %s', (_, source) => {
    expect(problem(source)).toBeNull();
  });
});

describe('a HEALTHCHECK that imports an HTTP client nothing installs', () => {
  it.each([
    ['the lesson’s requests probe, with the exercise’s requirements.txt', image(REQUESTS, UVICORN), "No module named 'requests'"],
    ['httpx, installed in a builder stage from the same file', df('FROM python:3.11-slim AS builder', 'COPY requirements.txt .', 'RUN pip install --user -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=builder /root/.local /root/.local', `HEALTHCHECK CMD ["python", "-c", "import sys, httpx; httpx.get('http://localhost:8000/health')"]`, UVICORN), "No module named 'httpx'"],
    ['packages named one by one', df('FROM python:3.11-slim', 'RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6', REQUESTS, UVICORN), 'HEALTHCHECK (dòng 3)'],
    ['requests named only by a LABEL and an ARG', image('LABEL org.opencontainers.image.description="probed with requests"', 'ARG CLIENT=requests', REQUESTS, UVICORN), "No module named 'requests'"],
  ])('fails %s', (_, source, says) => {
    expect(problem(source)?.why).toContain(says);
  });

  it.each([
    ['requests installed by name', image('RUN pip install --no-cache-dir requests==2.32.3', REQUESTS, UVICORN)],
    ['requests installed through a build argument', image('ARG CLIENT=requests', 'RUN pip install --no-cache-dir $CLIENT', REQUESTS, UVICORN)],
    ['a requirements file whose text is not known', image(REQUESTS, UVICORN), { 'src/api.py': API }],
    ['a requirements file that names requests', image(REQUESTS, UVICORN), { ...TEXTS, 'requirements.txt': 'fastapi==0.115.0\nrequests==2.32.3\n' }],
    ['a package that may bring requests', image('RUN pip install --no-cache-dir mlflow==2.16.0', REQUESTS, UVICORN)],
    ['extras', image('RUN pip install --no-cache-dir "fastapi[standard]==0.115.0"', `HEALTHCHECK CMD python -c "import httpx; httpx.get('http://localhost:8000/health')"`, UVICORN)],
    ['the project itself', image('COPY . .', 'RUN pip install --no-cache-dir .', REQUESTS, UVICORN)],
    ['another installer', image('RUN pip install --no-cache-dir poetry==1.8.3 && poetry install', REQUESTS, UVICORN)],
    ['a COPY --from another image', image('COPY --from=company/wheels:1 /wheels /wheels', REQUESTS, UVICORN)],
    ['another base image', df('FROM company/python:3.11', REQUESTS, UVICORN)],
    ['urllib, from the standard library', image(URLLIB('http://localhost:8000/health'), UVICORN)],
  ])('passes %s', (_, source, texts?: Record<string, string>) => {
    expect(problem(source, texts)).toBeNull();
  });
});

describe('a HEALTHCHECK that asks for a path the app does not serve', () => {
  it.each([
    ['/healthz with urllib', image(URLLIB('http://localhost:8000/healthz'), UVICORN), 'src/api.py chỉ phục vụ GET /health: /healthz trả về 404'],
    ['the root with curl -f', image('RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 'HEALTHCHECK CMD curl -fsS http://localhost:8000/ || exit 1', UVICORN), 'http://localhost:8000/'],
    ['/healthcheck with wget', image('HEALTHCHECK CMD wget -qO- http://127.0.0.1:8000/healthcheck', UVICORN), 'Sửa đường dẫn thành /health'],
  ])('fails %s', (_, source, says) => {
    const result = problem(source);
    expect(result?.why).toContain(says);
    expect(result?.lines).toContain(source.split('\n').findIndex((line) => line.startsWith('CMD')) + 1);
  });

  it.each([
    ['/health', image(URLLIB('http://localhost:8000/health'), UVICORN)],
    ['a trailing slash, which FastAPI redirects', image(URLLIB('http://localhost:8000/health/'), UVICORN)],
    ['a query string', image(URLLIB('http://localhost:8000/health?full=1'), UVICORN)],
    ['FastAPI’s own /docs', image(URLLIB('http://localhost:8000/docs'), UVICORN)],
    ['curl without -f: a 404 still exits 0', image('RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 'HEALTHCHECK CMD curl http://localhost:8000/healthz', UVICORN)],
    ['requests.get without raise_for_status', image('RUN pip install --no-cache-dir requests==2.32.3', `HEALTHCHECK CMD python -c "import requests; requests.get('http://localhost:8000/healthz')"`, UVICORN)],
    ['a port from a variable', image('ENV PORT=8000', `HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:\${PORT}/healthz')"`, UVICORN)],
    ['a route with a parameter', image(URLLIB('http://localhost:8000/items/3'), UVICORN), { ...TEXTS, 'src/api.py': `${API}\n@app.get("/items/{item_id}")\ndef item(item_id: int):\n    return {}\n` }],
    ['an app with routers', image(URLLIB('http://localhost:8000/healthz'), UVICORN), { ...TEXTS, 'src/api.py': `${API}\napp.include_router(health.router)\n` }],
    ['an app module the context does not hold', image(URLLIB('http://localhost:8000/healthz'), 'CMD ["uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", "8000"]')],
    ['another host', image(URLLIB('http://example.com/healthz'), UVICORN)],
  ])('passes %s', (_, source, texts?: Record<string, string>) => {
    expect(problem(source, texts)).toBeNull();
  });
});
