#!/usr/bin/env bash
# The full training run on the GPU machine: tokenizer, training, export, checks, test fixture.
#   bash models/training/run_device.sh MINUTES CORPUS_DIR
# Writes the shipped folder and the fixture under $OUT.
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:-5.5}
corpus=${2:-data/corpus}
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
python -c "import torch, transformers, tokenizers, onnx, onnxruntime; print('torch', torch.__version__, 'transformers', transformers.__version__, 'tokenizers', tokenizers.__version__, 'onnx', onnx.__version__, 'onnxruntime', onnxruntime.__version__)"
python train.py --corpus "$corpus" --out out/stepwise-tutor --minutes "$minutes"
python export.py --checkpoint out/stepwise-tutor/checkpoint.pt --tokenizer out/stepwise-tutor/tokenizer.json --corpus "$corpus" \
    --out "$OUT/stepwise-tutor" --fixture "$OUT/tiny-random-qwen2"
cp out/stepwise-tutor/training.json "$OUT/training.json"
ls -la "$OUT" "$OUT"/*
