"""Trains the Stepwise tutor model from the Java corpus and exports it for the Java runtime.

    python train.py --corpus data/corpus --out out/stepwise-tutor --minutes 6.5

Steps: byte-level BPE tokenizer with digits split one by one and the prompt's special tokens; a Qwen2-style
decoder (model.py); supervised distillation on the three views of the corpus (loss on the target only), bf16,
AdamW with warm-up and a cosine decay over the time budget; validation loss and next-step exact match logged;
then export.py writes the ONNX model and checks it against PyTorch.
"""
import argparse
import json
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

import data
from model import Config, Decoder, count_parameters


def train_tokenizer(texts, vocab_size, path):
    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(pattern=r"<\|/?[a-z]+\|>", behavior="isolated"),
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=data.SPECIAL, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(texts, trainer=trainer)
    tok.save(path)
    return tok


def encode_all(tok, examples, max_len):
    prompts = tok.encode_batch([e[1] for e in examples], add_special_tokens=False)
    targets = tok.encode_batch([e[2] for e in examples], add_special_tokens=False)
    calc_open, calc_close = tok.token_to_id("<|calc|>"), tok.token_to_id("<|/calc|>")
    out = []
    dropped = 0
    for e, p, t in zip(examples, prompts, targets):
        ids = p.ids + t.ids
        if len(ids) > max_len:
            dropped += 1
            continue
        # positions the runtime's calculator fills in (after <|calc|>, up to and including <|/calc|>): not trained on
        given = []
        start = 0
        while calc_open in ids[start:]:
            o = ids.index(calc_open, start)
            c = ids.index(calc_close, o + 1) if calc_close in ids[o + 1:] else len(ids) - 1
            given.extend(i for i in range(max(o + 1, len(p.ids)), c + 1))
            start = c + 1
        out.append((ids, len(p.ids), e[0], e[3], given))
    return out, dropped


class Encoded:
    """Encoded examples as flat arrays: every token, where each example starts, its length and prompt length, and which
    of its target tokens the runtime's calculator gives (not trained on). Millions of examples fit in a few hundred MB
    and travel back from the loading processes in one piece."""

    def __init__(self, parts):
        parts = [p for p in parts if len(p["lengths"])]
        cat = lambda k, d: np.concatenate([p[k] for p in parts]) if parts else np.zeros(0, d)
        self.tokens, self.skip = cat("tokens", np.int32), cat("skip", np.bool_)
        self.lengths, self.plens = cat("lengths", np.int32), cat("plens", np.int32)
        self.starts = np.concatenate([[0], np.cumsum(self.lengths, dtype=np.int64)[:-1]]) if len(self.lengths) else np.zeros(0, np.int64)

    @staticmethod
    def pack(encoded):
        """encode_all's list as the arrays of one part."""
        lengths = np.array([len(e[0]) for e in encoded], dtype=np.int32)
        tokens = np.fromiter((i for e in encoded for i in e[0]), dtype=np.int32, count=int(lengths.sum()))
        skip = np.zeros(len(tokens), dtype=np.bool_)
        at = 0
        for ids, _, _, _, given in encoded:
            skip[[at + g for g in given]] = True
            at += len(ids)
        return {"tokens": tokens, "skip": skip, "lengths": lengths, "plens": np.array([e[1] for e in encoded], dtype=np.int32)}

    def __len__(self):
        return len(self.lengths)


def encode_shard(job):
    """One corpus shard's training views, encoded (a loading process's work): {split: (part, dropped, raw examples
    unless train)}. Each shard has its own random stream, so the views do not depend on how shards are shared out."""
    os.environ["TOKENIZERS_PARALLELISM"] = "false"  # one process per shard already fills the cores
    path, seed, next_per_problem, tokenizer, max_len = job
    tok = Tokenizer.from_file(tokenizer)
    rng = random.Random(f"{seed}:{os.path.basename(path)}")
    views = {}
    for rec in data.shard_records(path):
        for view, p, t in data.examples(rec, rng, next_per_problem):
            views.setdefault(rec["split"], []).append((view, p, t, rec["family"]))
    out = {}
    for split, ex in views.items():
        enc, dropped = encode_all(tok, ex, max_len)
        out[split] = (Encoded.pack(enc), dropped, [] if split == "train" else ex)
    return out


def load_encoded(corpus, seed, next_per_problem, tokenizer, max_len):
    """Every shard of the corpus read and encoded in parallel (the tokenizer is fixed: training goes on from --init).
    Returns ({split: Encoded}, {split: raw examples but train's}, dropped)."""
    import multiprocessing as mp
    shards = data.shards(corpus)
    jobs = [(s, seed, next_per_problem, tokenizer, max_len) for s in shards]
    with mp.get_context("fork").Pool(max(1, min(len(shards), os.cpu_count() or 1))) as pool:
        results = pool.map(encode_shard, jobs, chunksize=1)
    parts, raw, dropped = {}, {}, 0
    for r in results:
        for split, (part, d, ex) in r.items():
            parts.setdefault(split, []).append(part)
            raw.setdefault(split, []).extend(ex)
            dropped += d if split == "train" else 0
    return {k: Encoded(v) for k, v in parts.items()}, raw, dropped


def batches(encoded, tokens_per_batch, rng):
    """Length-bucketed batches: similar lengths together, each at most tokens_per_batch tokens once padded."""
    noise = np.random.default_rng(rng.randrange(2 ** 32)).random(len(encoded))
    order = np.lexsort((noise, encoded.lengths)).tolist()
    lengths = encoded.lengths
    chunks = []
    i = 0
    while i < len(order):
        j = i + 1
        while j < len(order) and (j - i + 1) * int(lengths[order[j]]) <= tokens_per_batch:
            j += 1
        chunks.append(order[i:j])
        i = j
    rng.shuffle(chunks)
    return chunks


def collate(encoded, idx, pad, device):
    L = int(max(encoded.lengths[i] for i in idx))
    ids = np.full((len(idx), L), pad, dtype=np.int64)
    labels = np.full((len(idx), L), -100, dtype=np.int64)
    mask = np.zeros((len(idx), L), dtype=np.int64)
    for r, i in enumerate(idx):
        s, n, plen = int(encoded.starts[i]), int(encoded.lengths[i]), int(encoded.plens[i])
        toks = encoded.tokens[s:s + n]
        ids[r, :n] = toks
        labels[r, plen:n] = toks[plen:]
        labels[r, :n][encoded.skip[s:s + n]] = -100
        mask[r, :n] = 1
    pos = np.broadcast_to(np.arange(L)[None, :], (len(idx), L)).copy()
    t = lambda a: torch.from_numpy(a).to(device, non_blocking=True)
    return t(ids), t(mask), t(pos), t(labels)


def loss_of(model, ids, mask, pos, labels):
    logits, _ = model(ids, mask, pos, fast=True)
    return F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]).float(), labels[:, 1:].reshape(-1), ignore_index=-100)


@torch.no_grad()
def greedy(model, tok, prompt, end_id, max_new=80, device="cuda"):
    ids = tok.encode(prompt, add_special_tokens=False).ids
    x = torch.tensor([ids], device=device)
    mask = torch.ones_like(x)
    pos = torch.arange(len(ids), device=device)[None, :]
    logits, past = model(x, mask, pos)
    out = []
    for _ in range(max_new):
        nxt = int(logits[0, -1].argmax())
        if nxt == end_id:
            break
        out.append(nxt)
        x = torch.tensor([[nxt]], device=device)
        mask = torch.ones((1, mask.shape[1] + 1), dtype=torch.long, device=device)
        pos = torch.tensor([[mask.shape[1] - 1]], device=device)
        logits, past = model(x, mask, pos, past)
    return tok.decode(out, skip_special_tokens=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--minutes", type=float, default=6.5)
    ap.add_argument("--vocab", type=int, default=2048)
    ap.add_argument("--hidden", type=int, default=384)
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--heads", type=int, default=6)
    ap.add_argument("--kv-heads", type=int, default=2)
    ap.add_argument("--ffn", type=int, default=1024)
    ap.add_argument("--max-len", type=int, default=448)
    ap.add_argument("--tokens-per-batch", type=int, default=65536)
    ap.add_argument("--lr", type=float, default=1.5e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--next-per-problem", type=int, default=3)
    ap.add_argument("--init", help="go on from this checkpoint (ckpt.py's split or pack8 forms too), with its tokenizer")
    ap.add_argument("--init-tokenizer", help="the tokenizer of --init")
    ap.add_argument("--warmup", type=int, default=150)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = "cuda"
    t0 = time.time()

    if args.init:
        tok = Tokenizer.from_file(args.init_tokenizer)
        tok.save(os.path.join(args.out, "tokenizer.json"))
        enc, splits, dropped = load_encoded(args.corpus, args.seed, args.next_per_problem, args.init_tokenizer, args.max_len)
        train, val = enc["train"], enc.get("validation", Encoded([]))
    else:
        splits = data.load(args.corpus, args.seed, args.next_per_problem)
        print({k: len(v) for k, v in splits.items()}, f"{time.time() - t0:.0f}s", flush=True)
        texts = (e[1] + e[2] for e in splits["train"][::3])
        tok = train_tokenizer(texts, args.vocab, os.path.join(args.out, "tokenizer.json"))
        train, dropped = encode_all(tok, splits["train"], args.max_len)
        train = Encoded([Encoded.pack(train)])
        val = Encoded([Encoded.pack(encode_all(tok, splits.get("validation", []), args.max_len)[0])])
    specials = {s: tok.token_to_id(s) for s in data.SPECIAL}
    print("tokenizer", tok.get_vocab_size(), specials, f"{time.time() - t0:.0f}s", flush=True)
    lengths = np.sort(train.lengths)
    print(f"train {len(train)} examples (dropped {dropped} over {args.max_len} tokens), median {lengths[len(lengths) // 2]} "
          f"p99 {lengths[int(len(lengths) * .99)]} tokens; {lengths.sum() / 1e6:.1f} M tokens; {time.time() - t0:.0f}s", flush=True)

    if args.init:
        ck = torch.load(args.init, map_location="cpu")
        cfg = Config(**{k: v for k, v in ck["config"].items() if k != "head_dim"})
        model = Decoder(cfg)
        state = ck.get("state") or {k: (v[0].float() * v[1].float() if isinstance(v, tuple) else v.float()) for k, v in ck["q"].items()}
        model.load_state_dict({k: v.float() for k, v in state.items()})
        model = model.to(device)
        print("initialised from", args.init, flush=True)
    else:
        cfg = Config(tok.get_vocab_size(), args.hidden, args.layers, args.heads, args.kv_heads, args.ffn, 1024)
        model = Decoder(cfg).to(device)
    nparams = count_parameters(model)
    print(f"model {nparams / 1e6:.2f} M parameters", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.95), weight_decay=0.05, fused=True)
    pad = specials["<|pad|>"]

    budget = args.minutes * 60
    start = time.time()
    step = 0
    warmup = args.warmup
    log = []
    epoch = 0
    done = False
    while not done:
        epoch += 1
        for idx in batches(train, args.tokens_per_batch, rng):
            elapsed = time.time() - start
            if elapsed > budget:
                done = True
                break
            frac = elapsed / budget
            lr = args.lr * min(1.0, (step + 1) / warmup) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
            for g in opt.param_groups:
                g["lr"] = lr
            ids, mask, pos, labels = collate(train, idx, pad, device)
            with torch.autocast("cuda", dtype=torch.bfloat16):
                loss = loss_of(model, ids, mask, pos, labels)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 200 == 0:
                model.eval()
                with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16):
                    vi = list(range(0, len(val), max(1, len(val) // 512)))[:512]
                    vl = loss_of(model, *collate(val, vi, pad, device)).item() if val else float("nan")
                model.train()
                entry = {"step": step, "epoch": epoch, "seconds": round(time.time() - start, 1), "lr": lr, "loss": round(loss.item(), 4), "val_loss": round(vl, 4)}
                log.append(entry)
                print(entry, flush=True)
    print(f"trained {step} steps, {epoch} epochs in {time.time() - start:.0f}s", flush=True)

    model.eval()
    end_id = specials["<|end|>"]
    results = {}
    for split in ("validation", "test-wording"):
        ex = [e for e in splits.get(split, []) if e[0] == "next"]
        rng.shuffle(ex)
        ex = ex[:40]  # without the calculator this is only a rough signal; eval-model in Java is the measure
        ok = 0
        for view, prompt, target, fam in ex:
            got = greedy(model, tok, prompt, end_id, device=device)
            ok += got.strip() == target.replace("<|end|>", "").strip()
        results[split] = {"next_step_exact": round(ok / max(1, len(ex)), 4), "n": len(ex)}
    print("greedy exact match", results, flush=True)

    torch.save({"state": model.state_dict(), "config": cfg.__dict__, "specials": specials}, os.path.join(args.out, "checkpoint.pt"))
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump({"parameters": nparams, "steps": step, "epochs": epoch, "seconds": round(time.time() - start, 1),
                   "examples": len(train), "args": vars(args), "log": log, "python_exact_match": results,
                   "config": cfg.__dict__, "specials": specials}, f, indent=1)


if __name__ == "__main__":
    main()
