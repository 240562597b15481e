#!/usr/bin/env bash
# Four corpus chunks of 50 000 problems (and 5 000 out of scope: session 11, data.py gives in-scope records two reading
# examples too, so 5 000 keeps out-of-scope readings at about 9 % of reading examples, as 2 500 did before), each stripped to carry (README 3f/3g):
#   bash models/training/make_chunks.sh NAME FIRSTSEED   (run from the repository root; writes .devdata/NAME)
set -e
name=$1; s0=$2
J=${JAVA:-java}
mkdir -p .devdata/$name
for k in 0 1 2 3; do
  seed=$((s0 + k)); rm -rf /tmp/m10/$name-$k
  $J -jar ${JAR:-target/stepwise.jar} corpus --out /tmp/m10/$name-$k --seed $seed --problems 50000 --out-of-scope 5000
  python3 models/training/strip_corpus.py /tmp/m10/$name-$k .devdata/$name x$seed-
done
du -sh .devdata/$name
