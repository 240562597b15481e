"""Rejection-sampling fine-tuning (one round of expert iteration) with the checker's reward.

    python rft.py --checkpoint out/stepwise-tutor/checkpoint.pt --tokenizer out/stepwise-tutor/tokenizer.json \
        --verified data/rl/verified.jsonl --corpus data/corpus --out out/rl --minutes 2.5

verified.jsonl: {"problem", "text", "reward"} per sample, written by `stepwise verify-samples` on the CPU machine
(rows marked "teacher": the solver's own solution of a problem no sample solved, README 3i):
reward 1 when the grading module found every step valid and the final answer right, else 0. Only reward-1 samples
are trained on (the model's own verified solutions, calculator values masked as in train.py), mixed 1:1 with the
supervised views of the corpus so the other views are not forgotten; low learning rate with a cosine decay.
Writes checkpoint.pt (+ tokenizer.json, training.json) for export.py.
"""
import argparse
import json
import math
import os
import random
import shutil
import time

import torch
from tokenizers import Tokenizer

import data
import train
from model import Config, Decoder


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--verified", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--minutes", type=float, default=2.5)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--tokens-per-batch", type=int, default=65536)
    ap.add_argument("--max-len", type=int, default=448)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--hard-weight", type=int, default=1,
                    help="copies of each verified sample of a problem the greedy solution got wrong (1: all samples twice)")
    ap.add_argument("--replay", type=int, default=150000, help="supervised examples replayed beside the samples")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    t0 = time.time()
    ck = torch.load(args.checkpoint, map_location="cpu")
    c = Config(**{k: v for k, v in ck["config"].items() if k != "head_dim"})
    model = Decoder(c)
    model.load_state_dict(ck["state"])
    model = model.cuda().train()
    specials = ck["specials"]
    tok = Tokenizer.from_file(args.tokenizer)

    rows = [json.loads(l) for l in open(args.verified, encoding="utf-8")]
    good = [r for r in rows if r["reward"] >= 1]
    # a problem the greedy solution (k = 0) got wrong and a sample got right is where the round teaches something:
    # its verified samples weigh --hard-weight; a problem solved greedily adds one verified solution, once
    greedy_failed = {r["i"] for r in rows if r.get("k") == 0 and r["reward"] < 1}
    seen = set()
    solved = set()
    own = []
    for r in good:
        key = (r["problem"], r["text"])
        if key in seen:
            continue
        seen.add(key)
        hard = r["hard"] if "hard" in r else r.get("i") in greedy_failed  # "hard": chosen on the CPU (several seeds)
        if not hard and args.hard_weight > 1 and r.get("i") in solved:
            continue
        solved.add(r.get("i"))
        text = data.recalc(r["text"])
        ex = ("rl", "<|problem|>" + data.clean(r["problem"]) + "<|solve|>", text + "<|end|>", r.get("family", ""))
        own += [ex] * (args.hard_weight if hard and args.hard_weight > 1 else 2)
    print(f"{len(greedy_failed)} problems the greedy solution got wrong", flush=True)
    splits = data.load(args.corpus, args.seed, 2)
    replay = splits["train"]
    rng.shuffle(replay)
    replay = replay[:args.replay]
    examples = own + replay
    encoded, dropped = train.encode_all(tok, examples, args.max_len)
    encoded = train.Encoded([train.Encoded.pack(encoded)])
    val = train.Encoded([train.Encoded.pack(train.encode_all(tok, splits.get("validation", []), args.max_len)[0])])
    print(f"{len(rows)} samples, {len(good)} verified, {len(own)} distinct trained on, {len(replay)} replayed; "
          f"{len(encoded)} examples ({dropped} too long); {time.time() - t0:.0f}s", flush=True)

    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.95), weight_decay=0.05, fused=True)
    pad = specials["<|pad|>"]
    budget = args.minutes * 60
    start = time.time()
    step = 0
    log = []
    done = False
    epoch = 0
    while not done:
        epoch += 1
        for idx in train.batches(encoded, args.tokens_per_batch, rng):
            elapsed = time.time() - start
            if elapsed > budget:
                done = True
                break
            lr = args.lr * min(1.0, (step + 1) / 50) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * elapsed / budget)))
            for g in opt.param_groups:
                g["lr"] = lr
            ids, mask, pos, labels = train.collate(encoded, idx, pad, "cuda")
            with torch.autocast("cuda", dtype=torch.bfloat16):
                loss = train.loss_of(model, ids, mask, pos, labels)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 100 == 0:
                model.eval()
                with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16):
                    vi = list(range(0, len(val), max(1, len(val) // 512)))[:512]
                    vl = train.loss_of(model, *train.collate(val, vi, pad, "cuda")).item() if val else float("nan")
                model.train()
                entry = {"step": step, "epoch": epoch, "seconds": round(time.time() - start, 1), "lr": lr,
                         "loss": round(loss.item(), 4), "val_loss": round(vl, 4)}
                log.append(entry)
                print(entry, flush=True)
    model.eval()
    torch.save({"state": model.state_dict(), "config": c.__dict__, "specials": specials}, os.path.join(args.out, "checkpoint.pt"))
    shutil.copy(args.tokenizer, os.path.join(args.out, "tokenizer.json"))
    prev = {}
    tj = os.path.join(os.path.dirname(args.checkpoint), "training.json")
    if os.path.exists(tj):
        with open(tj) as f:
            prev = json.load(f)
    prev["rl"] = {"method": "rejection-sampling fine-tuning (one round of expert iteration), reward = grading module verdict",
                  "samples": len(rows), "teacher_corrections": sum(1 for r in good if r.get("teacher")), "verified": len(good), "distinct": len(own), "replayed": len(replay),
                  "steps": step, "seconds": round(time.time() - start, 1), "lr": args.lr, "log": log}
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump(prev, f, indent=1)
    print(f"rl fine-tune: {step} steps in {time.time() - start:.0f}s", flush=True)


if __name__ == "__main__":
    main()
