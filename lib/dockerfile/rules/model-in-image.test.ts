import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/model-in-image';

const ID = 'model-in-image';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'modelCopied', line, column, endLine: line, endColumn });
const copy = (line: string) => positionsOf(ID, dockerfile('FROM python:3.11-slim', line));

describe(ID, () => {
  it('catches COPY of a model/ or models/ folder, at the source', () => {
    expect(copy('COPY model/ ./model/')).toEqual([at(2, 6, 12)]);
    expect(copy('COPY models /app/models')).toEqual([at(2, 6, 12)]);
  });

  it('catches model files by extension', () => {
    for (const file of ['model.pkl', 'model.pt', 'weights.pth', 'model.onnx', 'model.h5', 'model.safetensors', 'model.joblib']) {
      expect(copy(`COPY ${file} /app/`)).toEqual([at(2, 6, 6 + file.length)]);
    }
  });

  it('catches ADD and exec form, and each model source of one COPY', () => {
    expect(copy('ADD ["artifacts/model.onnx", "/m/"]')).toEqual([at(2, 6, 28)]);
    expect(copy('COPY enc.joblib clf.pkl /app/')).toEqual([at(2, 6, 16), at(2, 17, 24)]);
  });

  it('catches a model copied into the stage the final one is built FROM', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'COPY model.pt /m/', 'FROM base', 'CMD ["python", "serve.py"]'))).toEqual([at(2, 6, 14)]);
  });

  it('does not catch COPY --from of a model (artefacts built in an earlier stage)', () => {
    const src = dockerfile('FROM python:3.11-slim AS training', 'RUN python train.py', 'FROM python:3.11-slim', 'COPY --from=training /train/model.pkl ./models/');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a builder stage that is thrown away', () => {
    const src = dockerfile('FROM python:3.11-slim AS build', 'COPY models/ /models/', 'RUN python quantize.py', 'FROM python:3.11-slim', 'CMD ["python", "serve.py"]');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('reads quoted sources and folders with several trailing slashes', () => {
    expect(copy('COPY "models//" /app/models/')).toEqual([at(2, 6, 16)]);
    expect(copy('COPY ["weights/model.PT", "/m/"]')).toEqual([at(2, 7, 25)]);
  });

  it('does not catch source code and requirements', () => {
    expect(copy('COPY requirements.txt src/ ./')).toEqual([]);
  });

  it('does not catch a folder that only contains the word model (model_utils/, models.py)', () => {
    expect(copy('COPY model_utils/ models.py ./')).toEqual([]);
  });

  it('does not catch the destination being a models folder', () => {
    expect(copy('COPY download_model.sh /app/models/')).toEqual([]);
  });

  it('does not catch COPY . . (the context cannot be judged)', () => {
    expect(copy('COPY . .')).toEqual([]);
  });

  it('does not catch a remote model URL (downloaded, not from the context)', () => {
    expect(copy('ADD --checksum=sha256:abc https://example.com/model.onnx /m/')).toEqual([]);
  });

  it('does not catch a model path in ENV', () => {
    expect(copy('ENV MODEL_PATH=/app/models/model.pkl')).toEqual([]);
  });

  it('does not catch VOLUME /models', () => {
    expect(copy('VOLUME ["/models"]')).toEqual([]);
  });

  it('does not catch files named like models that are code, config or docs', () => {
    for (const line of [
      'COPY model.py models.py ./app/',
      'COPY model.yaml model_config.json /app/config/',
      'COPY MODEL_CARD.md /app/',
      'COPY models/README.md models/config.json /app/models/',
      'COPY model.pkl.dvc models.dvc /app/',
      'COPY model.onnx.sha256 /app/',
      'COPY mymodels/ /app/mymodels/',
      'COPY src/modeling/ ./src/modeling/',
    ]) {
      expect(copy(line), line).toEqual([]);
    }
  });

  it('does not catch data, tokenizer and archive files that are not weights', () => {
    for (const line of ['COPY data/train.csv vocab.txt tokenizer.json /app/data/', 'ADD app.tar.gz /opt/app/', 'COPY ["labels.json", "/app/"]']) {
      expect(copy(line), line).toEqual([]);
    }
  });

  it('does not catch a model folder as the destination only, in exec form or with flags', () => {
    expect(copy('COPY ["serve.py", "/app/models/"]')).toEqual([]);
    expect(copy('COPY --chown=app:app --chmod=755 fetch_model.sh /app/models/')).toEqual([]);
  });

  it('does not catch a heredoc written into a models folder', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/models/registry.yaml', 'name: churn', 'stage: production', 'EOF'))).toEqual([]);
  });

  it('does not catch models copied from an image, a numbered stage or with --link', () => {
    expect(copy('COPY --from=ghcr.io/acme/churn-model:v3 /model.onnx /app/models/')).toEqual([]);
    const numbered = dockerfile('FROM python:3.11-slim', 'RUN python train.py --out /models', 'FROM python:3.11-slim', 'COPY --from=0 /models /app/models');
    expect(positionsOf(ID, numbered)).toEqual([]);
    expect(copy('COPY --link --from=training /train/model.safetensors /app/')).toEqual([]);
  });

  it('does not catch a model converted in a builder stage, only its result copied on', () => {
    const src = dockerfile(
      'FROM python:3.11 AS convert',
      'COPY model.pt /work/',
      'RUN python -m export_onnx /work/model.pt /work/model.onnx',
      'FROM nvcr.io/nvidia/tritonserver:24.05-py3',
      'COPY --from=convert /work/model.onnx /models/churn/1/',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a model copied into a sibling stage the final one is not built FROM', () => {
    const src = dockerfile(
      'FROM python:3.11-slim AS base',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'FROM base AS eval',
      'COPY models/ /models/',
      'RUN python evaluate.py',
      'FROM base',
      'CMD ["python", "serve.py"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch models mounted for one RUN, only read at build time', () => {
    expect(copy('RUN --mount=type=bind,source=models,target=/models python export.py')).toEqual([]);
    expect(copy('RUN --mount=type=cache,target=/root/.cache/huggingface pip install --no-cache-dir transformers==4.41.0')).toEqual([]);
  });

  it('does not catch remote and git sources, and model paths outside COPY/ADD', () => {
    expect(copy('ADD https://huggingface.co/acme/churn/resolve/main/model.safetensors /app/models/')).toEqual([]);
    expect(copy('ADD git@github.com:acme/models.git /src/models')).toEqual([]);
    expect(copy('WORKDIR /app/models')).toEqual([]);
    expect(copy('CMD ["python", "serve.py", "--model", "/models/model.onnx"]')).toEqual([]);
  });

  it('does not catch the usual learner layout with models left to a volume', () => {
    const src = dockerfile(
      'FROM python:3.11-slim',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY src/ ./src/',
      'VOLUME /app/models',
      'CMD ["python", "src/serve.py", "--model-dir", "/app/models"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
