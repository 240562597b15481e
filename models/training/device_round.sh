#!/usr/bin/env bash
# The 2.3.0 round (issue 16, fourth round): go on from the shipped model, then one round of rejection-sampling
# fine-tuning with the grading module's reward, in three device calls. Run from the carried folder (.devdata/training):
#   bash device_round.sh sft MINUTES CORPUS            # call 1: the shipped int8 model recovered (onnx_init.py),
#                                                      #   MINUTES of training on CORPUS, the supervised model exported,
#                                                      #   its weights back packed to int8 (ckpt.py pack8) in two parts
#   bash device_round.sh sample PARTS PROBLEMS SECONDS [NAME]  # call 2 (PARTS "shipped": the shipped model): K samples per problem (TEMPERATURE) from the
#                                                      #   packed weights, into $OUT/NAME.jsonl.gz
#   bash device_round.sh rl PARTS VERIFIED CORPUS MINUTES  # call 3: RFT on the verified samples, export
#   bash device_round.sh more MINUTES CORPUS [PARTS]   # a second supervised phase (session 9): on from call 1's
#                                                      #   checkpoint while the machine still holds it, else from PARTS
#   bash device_round.sh soup PARTS ALPHA...           # session 21: the shipped model averaged with PARTS' weights
#                                                      #   (soup.py), one export per ALPHA into $OUT/sALPHA/
# ../ck3/config.pt holds the shape and special tokens (any checkpoint of this shape); without it the shipped
# model.json gives them (onnx_init.py).
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
shipped=../../models/stepwise-tutor
mode=$1
joined() {  # the packed weights from their parts, unpacked for the scripts; "shipped": the shipped model recovered
  if [ "$1" = shipped ]; then
    config=../ck3/config.pt; [ -f "$config" ] || config="$shipped/model.json"
    python onnx_init.py "$shipped/model.onnx" "$config" out/start.pt "$shipped/tokenizer.json" 2>&1 | tee -a "$OUT/log.txt"
    return
  fi
  cat "$1"/init8.pt.part-* > out/init8.pt
  python ckpt.py unpack8 out/init8.pt out/start.pt
}
shipped_back() {  # out/sft's weights back packed to int8 in parts, and its export (ONNX, int8)
  cp out/sft/training.json "$OUT/"
  python ckpt.py pack8 out/sft/checkpoint.pt out/init8.pt
  split -b 15M -d out/init8.pt "$OUT/init8.pt.part-"
  AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-120} python export.py --checkpoint out/sft/checkpoint.pt \
      --tokenizer out/sft/tokenizer.json --corpus ../evalc --out out/ship 2>&1 | tee -a "$OUT/log.txt"
  cp out/ship/model.json "$OUT/"
  split -b 15M -d out/ship/model.onnx "$OUT/model.onnx.part-"
}
# out/ lives outside the carried folder (session 20): each call's carry replaces .devdata/training on the device, so a
# checkpoint kept inside it was gone by the next call even on a warm machine, and `more` could not go on from call 1
mkdir -p "${ROUND_DIR:-/tmp/stepwise-round}"
[ -e out ] || ln -s "${ROUND_DIR:-/tmp/stepwise-round}" out
if [ "$mode" = sft ]; then
  minutes=$2; corpus=$3
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
  config=../ck3/config.pt; [ -f "$config" ] || config="$shipped/model.json"
  python onnx_init.py "$shipped/model.onnx" "$config" out/shipped.pt "$shipped/tokenizer.json" 2>&1 | tee "$OUT/log.txt"
  python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" --init out/shipped.pt \
      --init-tokenizer "$shipped/tokenizer.json" ${TRAIN_ARGS:-} 2>&1 | tee -a "$OUT/log.txt"
  shipped_back
elif [ "$mode" = more ]; then
  # a second phase: on from the first phase's checkpoint when this machine still holds it (warm), else from PARTS
  minutes=$2; corpus=$3; parts=${4:-}
  if [ -f out/sft/checkpoint.pt ]; then mv out/sft out/phase1; init=out/phase1/checkpoint.pt; else joined "$parts"; init=out/start.pt; fi
  echo "phase 2 from $init" | tee "$OUT/log.txt"
  python train.py --corpus "$corpus" --out out/sft --minutes "$minutes" --init "$init" \
      --init-tokenizer "$shipped/tokenizer.json" ${TRAIN_ARGS:-} 2>&1 | tee -a "$OUT/log.txt"
  shipped_back
elif [ "$mode" = soup ]; then
  parts=$2; shift 2
  config=../ck3/config.pt; [ -f "$config" ] || config="$shipped/model.json"
  python onnx_init.py "$shipped/model.onnx" "$config" out/shipped.pt "$shipped/tokenizer.json" 2>&1 | tee "$OUT/log.txt"
  joined "$parts"
  for alpha in "$@"; do
    mkdir -p "out/s$alpha" "$OUT/s$alpha"
    python soup.py out/shipped.pt out/start.pt "$alpha" "out/s$alpha/checkpoint.pt"
    cp "$shipped/tokenizer.json" "out/s$alpha/tokenizer.json"
    AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-120} python export.py --checkpoint "out/s$alpha/checkpoint.pt" \
        --tokenizer "out/s$alpha/tokenizer.json" --corpus ../evalc --out "out/ship$alpha" 2>&1 | tee -a "$OUT/log.txt"
    cp "out/ship$alpha/model.json" "$OUT/s$alpha/"
    split -b 15M -d "out/ship$alpha/model.onnx" "$OUT/s$alpha/model.onnx.part-"
  done
elif [ "$mode" = sample ]; then
  parts=$2; problems=$3; seconds=$4; name=${5:-samples}
  [ -f out/start.pt ] || joined "$parts"
  python sample.py --checkpoint out/start.pt --tokenizer "$shipped/tokenizer.json" --problems "$problems" --k ${K:-8} \
      --temperature ${TEMPERATURE:-0.8} --max-new ${MAX_NEW:-400} --out "out/$name.jsonl" --seconds "$seconds" 2>&1 \
      | tee "$OUT/log-$name.txt"
  gzip -c "out/$name.jsonl" > "$OUT/$name.jsonl.gz"
else
  parts=$2; verified=$3; corpus=$4; minutes=$5
  joined "$parts"
  python rft.py --checkpoint out/start.pt --tokenizer "$shipped/tokenizer.json" --verified "$verified" --corpus "$corpus" \
      --out out/rl --minutes "$minutes" ${RFT_ARGS:-} 2>&1 | tee "$OUT/log.txt"
  cp out/rl/training.json "$OUT/"
  AGREE_N=${AGREE_N:-20} timeout ${EXPORT_SECONDS:-120} python export.py --checkpoint out/rl/checkpoint.pt \
      --tokenizer out/rl/tokenizer.json --corpus ../evalc --out out/ship 2>&1 | tee -a "$OUT/log.txt"
  cp out/ship/model.json "$OUT/"
  split -b 15M -d out/ship/model.onnx "$OUT/model.onnx.part-"
fi
ls -la "$OUT"
