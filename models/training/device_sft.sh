#!/usr/bin/env bash
# Device call 1: supervised training, checkpoint back in two bf16 halves, samples for the RL round, export of the
# supervised model (EXPORT=1; else call 2 exports it). Run from the carried folder: bash device_sft.sh MINUTES CORPUS PROBLEMS
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
minutes=${1:-5}; corpus=${2:-../corpus}; problems=${3:-../rl/problems.jsonl}
python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" 2>&1 | tee "$OUT/log-sft.txt"
python ckpt.py split out/sft/checkpoint.pt "$OUT/ck0.pt" "$OUT/ck1.pt"
cp out/sft/training.json out/sft/tokenizer.json "$OUT/"
python sample.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --problems "$problems" --k ${K:-4} \
    --out out/samples.jsonl --seconds ${SAMPLE_SECONDS:-110} 2>&1 | tee -a "$OUT/log-sft.txt"
gzip -c out/samples.jsonl > "$OUT/samples.jsonl.gz"
[ "${EXPORT:-0}" = 1 ] && AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-90} python export.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --corpus "$corpus" \
    --out "$OUT/sft" 2>&1 | tee -a "$OUT/log-sft.txt"
rm -f "$OUT/sft/tokenizer.json" || true
ls -la "$OUT" "$OUT"/*
