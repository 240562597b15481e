"""Problems for the sampling round: train-split records (training frames only, fresh numbers) of a corpus written
with its own seed, as {"i", "problem"} lines for sample.py; `stepwise verify-samples --corpus-seed SEED` regenerates
each problem from its index to check the samples.

    python rl_problems.py data/rl-corpus data/rl/problems.jsonl 6000 [SPLIT[,SPLIT]]   (default: train)

Other splits (validation, test-wording) give the generated evaluation sets for gen_eval.py --problems.
"""
import json
import os
import sys

import data

if __name__ == "__main__":
    folder, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    splits = set((sys.argv[4] if len(sys.argv) > 4 else "train").split(","))
    k = 0
    with open(out, "w", encoding="utf-8") as f:
        for rec in data.records(folder):
            if rec["split"] not in splits or rec["family"] == "none" or k >= n:
                continue
            # RESTATED=1: the problem as the tutor gives it to the model once the verified reader has read it
            text = rec.get("restated") if os.environ.get("RESTATED") == "1" and rec.get("restated") else rec["problem"]
            f.write(json.dumps({"i": int(rec["id"].rsplit("-", 1)[1]), "problem": data.clean(text)}, ensure_ascii=False) + "\n")
            k += 1
    print("wrote", k, "problems")
