"""Samples full solutions from a trained checkpoint for rejection-sampling fine-tuning (expert iteration).

    python sample.py --checkpoint out/stepwise-tutor/checkpoint.pt --tokenizer out/stepwise-tutor/tokenizer.json \
        --problems data/rl/problems.jsonl --k 4 --out $OUT/samples.jsonl

problems.jsonl: one {"i": index, "problem": text} per line (from `stepwise corpus`, train-split records of a fresh
seed). For each problem: one greedy solution (k = 0) and k - 1 samples at --temperature / --top-p, in big
left-padded batches on the GPU with a KV cache. The calculator works as in the Java runtime: after <|calc|> the
value of the arithmetic just written is forced in, then <|/calc|>. The samples are then verified on the CPU machine
by the grading module (`stepwise verify-samples`); only verified ones are trained on (rft.py).
"""
import argparse
import json
import time

import torch
from tokenizers import Tokenizer

import data
from model import Config, Decoder


def calculator_value(text):
    """The Java Calculator's rule: the arithmetic after the last '=' before the trailing '=' of the current math line."""
    t = text
    m = t.rfind("<|math|>")
    sentence = t.rfind("<|step|>")
    if sentence > m:  # a small calculation in the step's sentence (session 10): after its last ':', ',' or '='
        t = t[sentence + len("<|step|>"):].strip()
        if not t.endswith("="):
            return "?"
        t = t[:-1]
        expr = t[max(t.rfind(":"), t.rfind(","), t.rfind("=")) + 1:].strip()
        if not data.SENTENCE_WORKING.fullmatch(expr + " = 0"):
            return "?"
        v = data.evaluate(expr)
        f = data.calc_format(v) if v is not None else None
        return f if f is not None else "?"
    if m >= 0:
        t = t[m + len("<|math|>"):]
    t = t.strip()
    if not t.endswith("="):
        return "?"
    t = t[:-1]
    prev = t.rfind("=")
    expr = (t if prev < 0 else t[prev + 1:]).strip()
    if not expr or "<|" in expr:
        return "?"
    v = data.evaluate(expr)
    f = data.calc_format(v) if v is not None else None
    return f if f is not None else "?"


def advance(nxt, out, forced, done, tok, specials):
    """One decoding step's bookkeeping for every row, shared by the PyTorch loop here and the ONNX Runtime loop in
    gen_eval.py: a finished row gets padding, a queued calculator token replaces the model's choice, <|end|> finishes
    the row, and after <|calc|> the calculator's value and <|/calc|> are queued to be forced in. Returns the tokens to
    feed next."""
    end_id, pad = specials["<|end|>"], specials["<|pad|>"]
    calc_open, calc_close = specials["<|calc|>"], specials["<|/calc|>"]
    for r in range(len(nxt)):
        if done[r]:
            nxt[r] = pad
            continue
        if forced[r]:
            nxt[r] = forced[r].pop(0)
        t = nxt[r]
        if t == end_id:
            done[r] = True
            continue
        out[r].append(t)
        if t == calc_open and not forced[r]:
            value = calculator_value(tok.decode(out[r][:-1], skip_special_tokens=False))
            forced[r] = tok.encode(value, add_special_tokens=False).ids + [calc_close]
    return nxt


@torch.no_grad()
def generate(model, tok, prompts, temperature, top_p, max_new, specials, seed, device="cuda"):
    """Left-padded batched generation; returns the decoded texts (control tokens kept)."""
    g = torch.Generator(device=device)
    g.manual_seed(seed)
    pad = specials["<|pad|>"]
    enc = [tok.encode(p, add_special_tokens=False).ids for p in prompts]
    b = len(enc)
    L = max(len(e) for e in enc)
    ids = torch.full((b, L), pad, dtype=torch.long)
    mask = torch.zeros((b, L), dtype=torch.long)
    for r, e in enumerate(enc):
        ids[r, L - len(e):] = torch.tensor(e)
        mask[r, L - len(e):] = 1
    ids, mask = ids.to(device), mask.to(device)
    pos = (mask.cumsum(1) - 1).clamp(min=0)
    with torch.autocast("cuda", dtype=torch.bfloat16):
        logits, past = model(ids, mask, pos)
    out = [[] for _ in range(b)]
    forced = [[] for _ in range(b)]
    done = [False] * b
    last_pos = pos[:, -1]
    for _ in range(max_new):
        lg = logits[:, -1].float()
        if temperature <= 0:
            nxt = lg.argmax(-1)
        else:
            probs = torch.softmax(lg / temperature, -1)
            sp, si = probs.sort(-1, descending=True)
            keep = sp.cumsum(-1) - sp < top_p
            sp = sp * keep
            choice = torch.multinomial(sp / sp.sum(-1, keepdim=True), 1, generator=g).squeeze(-1)
            nxt = si.gather(-1, choice[:, None]).squeeze(-1)
        nxt_list = advance(nxt.tolist(), out, forced, done, tok, specials)
        if all(done):
            break
        x = torch.tensor(nxt_list, device=device)[:, None]
        alive = torch.tensor([0 if d else 1 for d in done], device=device, dtype=torch.long)
        mask = torch.cat([mask, alive[:, None]], 1)
        last_pos = last_pos + 1
        with torch.autocast("cuda", dtype=torch.bfloat16):
            logits, past = model(x, mask, last_pos[:, None], past)
    return [tok.decode(o, skip_special_tokens=False) for o in out]


def load(checkpoint, device="cuda"):
    ck = torch.load(checkpoint, map_location="cpu")
    c = Config(**{k: v for k, v in ck["config"].items() if k != "head_dim"})
    model = Decoder(c)
    model.load_state_dict(ck["state"])
    return model.to(device).eval(), ck["specials"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--problems", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--temperature", type=float, default=0.8)
    ap.add_argument("--top-p", type=float, default=0.95)
    ap.add_argument("--batch", type=int, default=1024)
    ap.add_argument("--max-new", type=int, default=320)
    ap.add_argument("--seconds", type=float, default=180)
    args = ap.parse_args()
    t0 = time.time()
    model, specials = load(args.checkpoint)
    tok = Tokenizer.from_file(args.tokenizer)
    problems = [json.loads(l) for l in open(args.problems, encoding="utf-8")]
    jobs = [(p["i"], k, "<|problem|>" + p["problem"] + "<|solve|>") for k in range(args.k) for p in problems]
    jobs.sort(key=lambda j: (j[1] > 0, len(j[2])))  # greedy first; similar lengths together
    chunks = []
    for greedy in (True, False):
        part = [j for j in jobs if (j[1] == 0) == greedy]
        chunks += [(greedy, part[s:s + args.batch]) for s in range(0, len(part), args.batch)]
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for start, (greedy, chunk) in enumerate(chunks):
            if time.time() - t0 > args.seconds:
                print("time budget reached", flush=True)
                break
            texts = generate(model, tok, [j[2] for j in chunk], 0 if greedy else args.temperature, args.top_p, args.max_new,
                             specials, seed=start)
            for (i, k, _), text in zip(chunk, texts):
                f.write(json.dumps({"i": i, "k": k, "text": text}, ensure_ascii=False) + "\n")
                n += 1
            print(f"{n} samples, {time.time() - t0:.0f}s", flush=True)
    print(f"wrote {n} samples in {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
