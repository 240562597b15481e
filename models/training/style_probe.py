"""How well does the register of a problem alone (openers, politeness, pronouns, casing, question forms, labels, line
breaks) tell an in-scope reading prompt from an out-of-scope one? (session 11, issue 16)

    python3 models/training/style_probe.py CORPUS_FOLDER

Reads the training reading prompts exactly as data.py builds them (train split, with data.py's own variety), keeps only
style features (a fixed list of register words and the shape of the text; no math, numbers or topic words), and trains a
naive Bayes classifier on half of them, balanced by class; prints its balanced accuracy on the other half (0.5: style
says nothing about scope) and the style features whose rates differ most between the classes. Also prints the reading
examples per class.
"""
import math
import random
import re
import sys

import data

REGISTER_WORDS = ["i", "me", "my", "i'm", "im", "you", "your", "u", "we", "our", "us", "please", "pls", "thanks", "thank",
                  "help", "stuck", "explain", "idk", "quick", "question", "homework", "exam", "revision", "teacher",
                  "class", "lesson", "paper", "sheet", "practice", "challenge", "starter", "activity", "try", "hi", "hey",
                  "so", "ok", "need", "how", "can", "could", "would", "do", "does", "is", "what", "whats", "work",
                  "show", "working", "remember", "check", "marks", "part", "q", "tomorrow", "monday", "partner", "book",
                  "notes", "method", "step", "steps", "answer", "idea", "start", "test", "today", "tonight", "task"]


def features(p):
    f = set()
    words = re.findall(r"[a-z']+", p.lower())
    for w in words:
        if w in REGISTER_WORDS:
            f.add("w:" + w)
    first = words[0] if words else ""
    if first in REGISTER_WORDS:
        f.add("first:" + first)
    f.add("lowerstart" if p[:1].islower() else "upperstart")
    if not re.search("[A-Z]", p):
        f.add("nocapitals")
    if "??" in p or "!" in p:
        f.add("??!")
    if "\n" in p:
        f.add("newline")
    if re.match(r"^(Q\d+|\d+[.)]|\([a-h]\)|[a-h]\)|Question \d+|Part \([a-h]\))", p):
        f.add("label")
    if p.rstrip().endswith("?"):
        f.add("ends?")
    if not re.search(r"[.?!)]\s*$", p):
        f.add("nostop")
    sentences = len(re.findall(r"[.?!](?:\s|$)", p))
    f.add("sentences:" + str(min(sentences, 4)))
    f.add("words:" + str(min(len(p.split()) // 8, 5)))
    return f


def reading_prompts(folder, seed=0):
    ins, none = [], []
    for view, prompt, _, family in data.load(folder, seed)["train"]:
        if view == "read":
            text = prompt[len("<|problem|>"):-len("<|read|>")]
            (none if family in (None, "none") else ins).append(text)
    return ins, none


def probe(ins, none, seed=1):
    rng = random.Random(seed)
    n = min(len(ins), len(none))
    a, b = rng.sample(ins, n), rng.sample(none, n)
    half = n // 2
    train = [(features(p), 0) for p in a[:half]] + [(features(p), 1) for p in b[:half]]
    test = [(features(p), 0) for p in a[half:]] + [(features(p), 1) for p in b[half:]]
    counts = [{}, {}]
    for f, y in train:
        for k in f:
            counts[y][k] = counts[y].get(k, 0) + 1
    vocab = set(counts[0]) | set(counts[1])
    n0 = n1 = half

    def llr(k):
        p1 = (counts[1].get(k, 0) + 1) / (n1 + 2)
        p0 = (counts[0].get(k, 0) + 1) / (n0 + 2)
        return math.log(p1 / p0), math.log((1 - p1) / (1 - p0))

    table = {k: llr(k) for k in vocab}
    right = 0
    for f, y in test:
        score = sum(table[k][0] if k in f else table[k][1] for k in vocab)
        right += (score > 0) == (y == 1)
    rates = sorted(((abs(math.log((counts[1].get(k, 0) + 1) / (counts[0].get(k, 0) + 1))), k,
                     counts[0].get(k, 0) / n0, counts[1].get(k, 0) / n1) for k in vocab), reverse=True)
    return right / len(test), rates


def main():
    ins, none = reading_prompts(sys.argv[1])
    print(f"reading examples (train): in scope {len(ins)}, out of scope {len(none)} "
          f"({100 * len(none) / max(1, len(ins) + len(none)):.1f} % none)")
    acc, rates = probe(ins, none)
    print(f"style-only naive Bayes, balanced accuracy on held-out half: {acc:.3f}")
    cues = [(k, p0, p1) for _, k, p0, p1 in rates
            if (p0 + p1) * len(ins) >= 20 and max(p0, p1) >= 19 * min(p0, p1)]
    print(f"one-class style cues (seen >= 20 times, one class's rate >= 19x the other's): {len(cues)}"
          + "".join(f"\n  {k:16s} in {100 * p0:4.1f} %  none {100 * p1:4.1f} %" for k, p0, p1 in cues))
    print("features with the largest rate ratio (in scope rate, out of scope rate):")
    for r, k, p0, p1 in rates[:15]:
        print(f"  {k:16s} {100 * p0:5.1f} % {100 * p1:5.1f} %")


if __name__ == "__main__":
    main()
