#!/usr/bin/env bash
# Training and export of a model wider than 384 in two device calls (its checkpoint is too large to travel with the
# repository within the carry limit, so the export runs on the same, still warm, machine right after training).
# Run from the carried folder:
#   TRAIN_ARGS="--hidden 512 --heads 8 --kv-heads 2 --ffn 1408" bash device_ship.sh train MINUTES CORPUS
#   bash device_ship.sh export CORPUS [PARTS]   # PARTS: a folder of ck*.pt from the train call, when the machine went cold
# A second phase goes on from the first one's checkpoint (ckpt.py pack8 makes it small enough to carry), then exports:
#   TRAIN_ARGS="--init ../ck/init8.pt --init-tokenizer ../ck/tokenizer.json --lr 5e-4 --warmup 50" NO_CKPT=1 \
#     bash device_ship.sh train 6.0 ../corpus2 && bash device_ship.sh export ../evalc
# The checkpoint comes back in four bf16 parts (ckpt.py); the int8 model in parts under 15 MiB:
#   cat model.onnx.part-* > model.onnx
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
mode=$1
if [ "$mode" = train ]; then
  minutes=${2:-5}; corpus=${3:-../corpus}
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
  python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" ${TRAIN_ARGS:-} 2>&1 | tee "$OUT/log-train.txt"
  cp out/sft/training.json out/sft/tokenizer.json "$OUT/"
  # the checkpoint in four parts, unless the export follows in the same call (NO_CKPT=1: the files back are limited)
  [ "${NO_CKPT:-0}" = 1 ] || python ckpt.py split out/sft/checkpoint.pt "$OUT/ck0.pt" "$OUT/ck1.pt" "$OUT/ck2.pt" "$OUT/ck3.pt"
else
  corpus=${2:-../corpus}; parts=${3:-}
  if [ ! -f out/sft/checkpoint.pt ]; then
    [ -n "$parts" ] || { echo "no checkpoint on this machine and no parts given"; exit 2; }
    mkdir -p out/sft && python ckpt.py join "$parts"/ck*.pt out/sft/checkpoint.pt && cp "$parts"/training.json "$parts"/tokenizer.json out/sft/
  fi
  AGREE_N=${AGREE_N:-30} python export.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json \
      --corpus "$corpus" --out out/ship 2>&1 | tee "$OUT/log-export.txt"
  cp out/ship/model.json out/ship/tokenizer.json "$OUT/"
  split -b 15M -d out/ship/model.onnx "$OUT/model.onnx.part-"
fi
ls -la "$OUT"
