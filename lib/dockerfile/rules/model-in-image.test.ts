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

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
