#!/usr/bin/env bash
# Device call 1: supervised training, checkpoint back in two bf16 halves, greedy evaluation generations (hand-written
# set, generated validation and held-out problems) and samples for the RL round. Run from the carried folder:
#   bash device_sft.sh MINUTES CORPUS RL_PROBLEMS SET EVAL_DIR
# EVAL_DIR holds val.jsonl and held.jsonl ({i, problem} lines, rl_problems.py with other splits).
# EXPORT=1 also exports the supervised model (ONNX, int8); otherwise device_rl.sh exports both.
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
minutes=${1:-5}; corpus=${2:-../corpus}; problems=${3:-../rl/problems.jsonl}; set=${4:-}; evaldir=${5:-}
python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" ${TRAIN_ARGS:-} 2>&1 | tee "$OUT/log-sft.txt"
python ckpt.py split out/sft/checkpoint.pt "$OUT/ck0.pt" "$OUT/ck1.pt"
cp out/sft/training.json out/sft/tokenizer.json "$OUT/"
if [ -n "$set" ]; then
  extra=()
  [ -n "$evaldir" ] && extra=(--problems "val=$evaldir/val.jsonl" --problems "held=$evaldir/held.jsonl")
  timeout ${GEN_SECONDS:-150} python gen_eval.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --name sft \
      --set "$set" "${extra[@]}" --out "$OUT/gen-sft.jsonl" 2>&1 | tee -a "$OUT/log-sft.txt" || echo "gen_eval stopped" | tee -a "$OUT/log-sft.txt"
fi
python sample.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json --problems "$problems" --k ${K:-4} --max-new ${MAX_NEW:-400} \
    --out out/samples.jsonl --seconds ${SAMPLE_SECONDS:-80} 2>&1 | tee -a "$OUT/log-sft.txt"
gzip -c out/samples.jsonl > "$OUT/samples.jsonl.gz"
if [ "${EXPORT:-0}" = 1 ]; then
  AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-90} python export.py --checkpoint out/sft/checkpoint.pt --tokenizer out/sft/tokenizer.json \
      --corpus "$corpus" --out "$OUT/sft" 2>&1 | tee -a "$OUT/log-sft.txt" || true
  rm -f "$OUT/sft/tokenizer.json"
fi
ls -la "$OUT" "$OUT"/*
