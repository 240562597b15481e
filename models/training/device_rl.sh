#!/usr/bin/env bash
# Device call 2: rejection-sampling fine-tuning on the verified samples, export (ONNX, int8) of both models, and
# greedy evaluation generations of the fine-tuned model on the same sets as call 1.
#   bash device_rl.sh MINUTES CORPUS VERIFIED SET EVAL_DIR   (ck0.pt, ck1.pt, tokenizer.json, training.json beside this script)
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
minutes=${1:-2.5}; corpus=${2:-../corpus}; verified=${3:-../rl/verified.jsonl}; set=${4:-}; evaldir=${5:-}
mkdir -p out/sft
python ckpt.py join ck0.pt ck1.pt out/sft/checkpoint.pt
cp training.json tokenizer.json out/sft/
python rft.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --verified "$verified" --corpus "$corpus" \
    --out out/rl --minutes "$minutes" 2>&1 | tee "$OUT/log-rl.txt"
cp out/rl/training.json "$OUT/"
AGREE_N=${AGREE_N:-30} timeout ${EXPORT_SECONDS:-150} python export.py --checkpoint out/rl/checkpoint.pt --tokenizer out/rl/tokenizer.json \
    --corpus "$corpus" --out "$OUT/stepwise-tutor" 2>&1 | tee -a "$OUT/log-rl.txt" || echo "export of the RL model stopped" | tee -a "$OUT/log-rl.txt"
rm -f "$OUT/stepwise-tutor/tokenizer.json"
if [ -n "$set" ]; then
  extra=()
  [ -n "$evaldir" ] && extra=(--problems "val=$evaldir/val.jsonl" --problems "held=$evaldir/held.jsonl")
  timeout ${GEN_SECONDS:-150} python gen_eval.py --checkpoint out/rl/checkpoint.pt --tokenizer out/rl/tokenizer.json --name rl \
      --set "$set" "${extra[@]}" --out "$OUT/gen-rl.jsonl" 2>&1 | tee -a "$OUT/log-rl.txt" || echo "gen_eval stopped" | tee -a "$OUT/log-rl.txt"
fi
if [ "${EXPORT_SFT:-1}" = 1 ]; then
  AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-150} python export.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json \
      --corpus "$corpus" --out "$OUT/sft" 2>&1 | tee -a "$OUT/log-rl.txt" || true
  rm -f "$OUT/sft/tokenizer.json"
fi
ls -la "$OUT" "$OUT"/*
