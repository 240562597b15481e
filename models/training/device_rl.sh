#!/usr/bin/env bash
# Device call 2: rejection-sampling fine-tuning on the verified samples, then export (ONNX, int8) of the result.
#   bash device_rl.sh MINUTES CORPUS VERIFIED   (ck0.pt, ck1.pt, tokenizer.json, training.json beside this script)
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
minutes=${1:-2.5}; corpus=${2:-../corpus}; verified=${3:-../rl/verified.jsonl}
mkdir -p out/sft
python ckpt.py join ck0.pt ck1.pt out/sft/checkpoint.pt
cp training.json tokenizer.json out/sft/
python rft.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --verified "$verified" --corpus "$corpus" \
    --out out/rl --minutes "$minutes" 2>&1 | tee "$OUT/log-rl.txt"
python ckpt.py split out/rl/checkpoint.pt "$OUT/ck0.pt" "$OUT/ck1.pt"
AGREE_N=${AGREE_N:-40} python export.py --checkpoint out/rl/checkpoint.pt --tokenizer out/rl/tokenizer.json --corpus "$corpus" \
    --out "$OUT/stepwise-tutor" 2>&1 | tee -a "$OUT/log-rl.txt"
cp out/rl/training.json "$OUT/"
if [ "${EXPORT_SFT:-1}" = 1 ]; then
  AGREE_N=${AGREE_N:-20} python export.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --corpus "$corpus" \
      --out "$OUT/sft" 2>&1 | tee -a "$OUT/log-rl.txt" || true
  rm -f "$OUT/sft/tokenizer.json"
fi
ls -la "$OUT" "$OUT"/*
