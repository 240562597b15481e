#!/usr/bin/env bash
# One device call: supervised training, then export of the shipped int8 model, in the same call (a checkpoint of a
# model wider than 384 is too large to travel back and forth within the carry limit). Run from the carried folder:
#   TRAIN_ARGS="--hidden 512 --heads 8 --kv-heads 2 --ffn 1408" bash device_ship.sh MINUTES CORPUS
# Files over 15 MiB (the int8 model) come back in parts: join them with `cat model.onnx.part-* > model.onnx`.
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
minutes=${1:-5}; corpus=${2:-../corpus}
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" ${TRAIN_ARGS:-} 2>&1 | tee "$OUT/log.txt"
cp out/sft/training.json "$OUT/"
AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-150} python export.py --checkpoint out/sft/checkpoint.pt \
    --tokenizer out/sft/tokenizer.json --corpus "$corpus" --out out/ship 2>&1 | tee -a "$OUT/log.txt"
cp out/ship/model.json out/ship/tokenizer.json "$OUT/"
split -b 15M -d out/ship/model.onnx "$OUT/model.onnx.part-"
ls -la "$OUT"
