#!/usr/bin/env bash
# Corpus chunks of 50 000 problems and 5 000 out of scope, each stripped to carry (README 3f/3g/3h):
#   bash models/training/make_chunks.sh NAME FIRSTSEED [CHUNKS [xz]]   (run from the repository root; writes .devdata/NAME)
# 5 000 out of scope since session 11: data.py gives in-scope records two reading examples too, so 5 000 keeps
# out-of-scope readings at about 9 % of reading examples, as 2 500 did before.
# Four gzip chunks (about 33 MB) fill the carry; with xz (README 3h) eight chunks take about 31 MB. Two chunks are made at
# a time (one JVM each).
set -e
name=$1; s0=$2; chunks=${3:-4}; pack=${4:-}
J=${JAVA:-java}
mkdir -p .devdata/$name
one() {
  local seed=$1; rm -rf /tmp/m10/$name-$seed
  $J -jar ${JAR:-target/stepwise.jar} corpus --out /tmp/m10/$name-$seed --seed $seed --problems 50000 --out-of-scope 5000 > /dev/null
  python3 models/training/strip_corpus.py /tmp/m10/$name-$seed .devdata/$name x$seed- ${pack:+--$pack}
  rm -rf /tmp/m10/$name-$seed
}
for ((k = 0; k < chunks; k += 2)); do
  one $((s0 + k)) & a=$!
  b=
  if ((k + 1 < chunks)); then one $((s0 + k + 1)) & b=$!; fi
  wait $a; [ -z "$b" ] || wait $b   # a failed chunk stops the script (set -e)
done
du -sh .devdata/$name
