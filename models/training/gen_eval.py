"""Greedy generations for evaluation on the GPU machine, scored afterwards on the CPU machine by the Java grading
module (`stepwise eval-model --set FILE --generations FILE`, `stepwise verify-samples`).

    python gen_eval.py --onnx ../../models/stepwise-tutor --name old --set handwritten.jsonl --out $OUT/gen-old.jsonl
    python gen_eval.py --checkpoint ck.pt --tokenizer tokenizer.json --name rl --set … --problems … --out …

A model is run either from its checkpoint with PyTorch (bf16, GPU) or from its shipped int8 ONNX file with ONNX
Runtime on the CPU (the same file the Java runtime loads), batched with left padding and a KV cache; the calculator
is applied as in the Java runtime. Each output line: {"prompt", "text", "set"}. The set's problems are only read here,
never trained on.
"""
import argparse
import json
import time

import numpy as np
from tokenizers import Tokenizer

import data
import sample


def prompts_for_set(path, views):
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        it = json.loads(line)
        text = data.clean(it["text"])
        if "read" in views:
            out.append(("<|problem|>" + text + "<|read|>", 120))
        if it.get("family") and "solve" in views:
            out.append(("<|problem|>" + text + "<|solve|>", 400))
        if it.get("family") and "next" in views:
            out.append(("<|problem|>" + text + "<|work|><|next|>", 96))
    return out


def ort_generate(sess, tok, prompts, max_new, specials, layers, kv_heads, head_dim):
    pad = specials["<|pad|>"]
    enc = [tok.encode(p, add_special_tokens=False).ids for p in prompts]
    b, L = len(enc), max(len(e) for e in enc)
    ids = np.full((b, L), pad, np.int64)
    mask = np.zeros((b, L), np.int64)
    for r, e in enumerate(enc):
        ids[r, L - len(e):] = e
        mask[r, L - len(e):] = 1
    pos = np.clip(mask.cumsum(1) - 1, 0, None).astype(np.int64)
    feed = {"input_ids": ids, "attention_mask": mask, "position_ids": pos}
    for i in range(layers):
        feed[f"past_key_values.{i}.key"] = np.zeros((b, kv_heads, 0, head_dim), np.float32)
        feed[f"past_key_values.{i}.value"] = np.zeros((b, kv_heads, 0, head_dim), np.float32)
    out = [[] for _ in range(b)]
    forced = [[] for _ in range(b)]
    done = [False] * b
    last = pos[:, -1].copy()
    for _ in range(max_new):
        res = sess.run(None, feed)
        nxt = sample.advance(res[0][:, -1].argmax(-1).tolist(), out, forced, done, tok, specials)
        if all(done):
            break
        mask = np.concatenate([mask, np.array([[0 if d else 1] for d in done], np.int64)], 1)
        last = last + 1
        feed = {"input_ids": np.array(nxt, np.int64)[:, None], "attention_mask": mask, "position_ids": last[:, None]}
        for i in range(layers):
            feed[f"past_key_values.{i}.key"] = res[1 + 2 * i]
            feed[f"past_key_values.{i}.value"] = res[2 + 2 * i]
    return [tok.decode(o, skip_special_tokens=False) for o in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint")
    ap.add_argument("--tokenizer")
    ap.add_argument("--onnx", help="a model folder (model.onnx, tokenizer.json, model.json): run with ONNX Runtime on the CPU")
    ap.add_argument("--name", required=True)
    ap.add_argument("--set")
    ap.add_argument("--views", default="read,solve,next")
    ap.add_argument("--problems", action="append", default=[], help="NAME=FILE of {i, problem} lines: solve prompts")
    ap.add_argument("--out", required=True)
    ap.add_argument("--batch", type=int, default=512)
    args = ap.parse_args()
    t0 = time.time()
    jobs = []
    if args.set:
        jobs += [("set", p, n) for p, n in prompts_for_set(args.set, args.views.split(","))]
    for spec in args.problems:
        name, path = spec.split("=", 1)
        for line in open(path, encoding="utf-8"):
            p = json.loads(line)
            jobs.append((name + ":" + str(p["i"]), "<|problem|>" + data.clean(p["problem"]) + "<|solve|>", 400))
    if args.onnx:
        import onnxruntime as ort
        so = ort.SessionOptions()
        sess = ort.InferenceSession(args.onnx + "/model.onnx", so, providers=["CPUExecutionProvider"])
        tok = Tokenizer.from_file(args.onnx + "/tokenizer.json")
        m = json.load(open(args.onnx + "/model.json"))
        specials = m["specialTokens"]
        run = lambda ps, n: ort_generate(sess, tok, ps, n, specials, m["layers"], m["kvHeads"], m["headDim"])
    else:
        model, specials = sample.load(args.checkpoint)
        tok = Tokenizer.from_file(args.tokenizer)
        run = lambda ps, n: sample.generate(model, tok, ps, 0, 1.0, n, specials, seed=0)
    jobs.sort(key=lambda j: (j[2], len(j[1])))
    with open(args.out, "w", encoding="utf-8") as f:
        for n in sorted({j[2] for j in jobs}):
            group = [j for j in jobs if j[2] == n]
            for s in range(0, len(group), args.batch):
                chunk = group[s:s + args.batch]
                texts = run([j[1] for j in chunk], n)
                for (tag, prompt, _), text in zip(chunk, texts):
                    f.write(json.dumps({"tag": tag, "prompt": prompt, "text": text}, ensure_ascii=False) + "\n")
                print(f"{args.name}: {s + len(chunk)}/{len(group)} of max {n} tokens, {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
