"""Turns the Java corpus (stepwise corpus --out DIR) into prompt/target pairs in the model's prompt format.

The format is the contract between training and the Java runtime (app.stepwise.model.PromptFormat):
  full solution : <|problem|>{problem}<|solve|>        -> (<|step|>{text}<|math|>{math})* <|answer|>{answer}<|end|>
  next step     : <|problem|>{problem}<|work|>{lines}<|next|> -> <|step|>{text}<|math|>{math}<|end|>  (or <|answer|>{answer}<|end|> when done)
  feedback      : <|problem|>{problem}<|work|>{lines}<|check|> -> <|feedback|>{label}<|step|>{text}<|math|>{math}<|end|>
{lines} are the work lines joined by "\n". Only the target is trained on.
"""
import gzip
import json
import os
import random

SPECIAL = ["<|pad|>", "<|end|>", "<|problem|>", "<|work|>", "<|solve|>", "<|next|>", "<|check|>",
           "<|step|>", "<|math|>", "<|answer|>", "<|feedback|>"]


def step_text(step):
    return "<|step|>" + step["text"] + "<|math|>" + step["math"]


def full(rec):
    prompt = "<|problem|>" + rec["problem"] + "<|solve|>"
    target = "".join(step_text(s) for s in rec["steps"]) + "<|answer|>" + rec["answer"] + "<|end|>"
    return prompt, target


def next_step(rec, k):
    lines = [s["math"] for s in rec["steps"][:k]]
    prompt = "<|problem|>" + rec["problem"] + "<|work|>" + "\n".join(lines) + "<|next|>"
    if k < len(rec["steps"]):
        target = step_text(rec["steps"][k]) + "<|end|>"
    else:
        target = "<|answer|>" + rec["answer"] + "<|end|>"
    return prompt, target


def feedback(rec, wrong):
    lines = [s["math"] for s in rec["steps"][:wrong["after"]]] + [wrong["line"]]
    prompt = "<|problem|>" + rec["problem"] + "<|work|>" + "\n".join(lines) + "<|check|>"
    target = "<|feedback|>" + wrong["misconception"] + step_text(wrong["correct"]) + "<|end|>"
    return prompt, target


def records(folder):
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl.gz"):
            with gzip.open(os.path.join(folder, name), "rt", encoding="utf-8") as f:
                for line in f:
                    yield json.loads(line)


def examples(rec, rng, next_per_problem=2):
    """The training views of one record: the full solution, a few next steps, and feedback on each wrong line."""
    out = [("full",) + full(rec)]
    ks = list(range(len(rec["steps"]) + 1))
    rng.shuffle(ks)
    for k in ks[:next_per_problem]:
        out.append(("next",) + next_step(rec, k))
    for w in rec.get("wrong", []):
        out.append(("feedback",) + feedback(rec, w))
    return out


def load(folder, seed=0, next_per_problem=2):
    """{split: [(view, prompt, target, family)]}"""
    rng = random.Random(seed)
    splits = {}
    for rec in records(folder):
        for view, p, t in examples(rec, rng, next_per_problem):
            splits.setdefault(rec["split"], []).append((view, p, t, rec["family"]))
    return splits


if __name__ == "__main__":
    import sys
    s = load(sys.argv[1])
    for k, v in s.items():
        print(k, len(v))
    for e in s["train"][:4]:
        print(e)
