#!/usr/bin/env python3
"""Re-derives every expected answer in handwritten.jsonl and reports mismatches.

Math lines: sympy recomputes the answer from `start` (solve, simplify, expand,
factorise, differentiate, evaluate, rearrange, solve-system) and compares.
Physics lines: sympy solves the line's `formula` for `unknown` after putting in
the `givens` (numbers in SI), and compares with the expected quantity (1 %).
Out-of-scope lines: checks that family/task/start/unknown/answer are all null.

With --engine DIR it also asks the built CLI (DIR/stepwise grade --batch, one run
for all answers) whether the expected answer string is readable: expected graded
against itself must be correct, and against a deliberately wrong response must not be.

Usage: python3 models/eval/check_answers.py [--engine /work/main] [FILE]
Needs sympy. Exit status 1 when anything is wrong.
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import (
    parse_expr, standard_transformations, implicit_multiplication_application, convert_xor)

TR = standard_transformations + (implicit_multiplication_application, convert_xor)
LOCAL = {"e": sp.E, "ln": sp.log, "pi": sp.pi, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos,
         "tan": sp.tan, "exp": sp.exp}
PHYS_SYMS = ["F_net", "R1", "R2", "rho", "lam", "mu"]


def ex(s, local=None):
    s = s.replace("−", "-").replace("×", "*").replace("÷", "/")
    loc = dict(LOCAL)
    if local:
        loc.update(local)
    return parse_expr(s, local_dict=loc, transformations=TR)


def eq(s, local=None):
    lhs, rhs = s.split("=")
    return sp.Eq(ex(lhs, local), ex(rhs, local))


def same(a, b):
    d = sp.simplify(sp.expand(a - b))
    if d == 0:
        return True
    try:
        return abs(complex(sp.N(d))) < 1e-9
    except TypeError:
        return False


def answer_set(value):
    vals = []
    for part in value.split(" or "):
        _, rhs = part.split("=")
        vals.append(ex(rhs))
    return vals


def check_math(r):
    t, start, a = r["task"], r["start"], r["answer"]
    if t in ("evaluate", "percentage"):
        return same(ex(start), ex(a["value"])), str(sp.nsimplify(ex(start)))
    if t == "solve":
        v = sp.Symbol(r["unknown"])
        sols = sp.solve(eq(start), v)
        sols = [sp.nsimplify(s) for s in sols]
        exp = [sp.nsimplify(s) for s in answer_set(a["value"])]
        ok = len(sols) == len(exp) and all(any(same(s, e) for e in exp) for s in sols)
        return ok, str(sols)
    if t in ("simplify", "expand", "factorise"):
        s, ans = ex(start), ex(a["value"])
        ok = same(s, ans)
        form = a.get("form")
        if form == "expanded":
            ok = ok and sp.expand(ans) == ans
        if form == "factored":
            ok = ok and not isinstance(ans, sp.Add) and sp.factor(ans) == sp.factor(s)
            ok = ok and sp.factor(s) != sp.expand(s)
        return ok, str(sp.factor(s) if form == "factored" else sp.simplify(s))
    if t == "differentiate":
        v = sp.Symbol(r["unknown"])
        d = sp.diff(ex(start), v)
        if "at" in r:  # the gradient at a point: the derivative's value there
            d = d.subs(v, ex(r["at"]))
        return same(d, ex(a["value"])), str(sp.simplify(d))
    if t == "rearrange":
        v = sp.Symbol(r["unknown"], positive=True)
        loc = {r["unknown"]: v}
        sols = sp.solve(eq(start, loc), v)
        lhs, rhs = a["value"].split("=")
        ok = lhs.strip() == r["unknown"] and any(same(s, ex(rhs, loc)) for s in sols)
        return ok, str(sols)
    if t == "solve-system":
        eqs = [eq(p) for p in start.split(";")]
        names = list(a["values"].keys())
        syms = [sp.Symbol(n) for n in names]
        sol = sp.solve(eqs, syms, dict=True)
        ok = len(sol) == 1 and all(same(sol[0][s], sp.nsimplify(ex(a["values"][n])))
                                   for s, n in zip(syms, names))
        return ok, str(sol)
    return False, "unknown task " + str(t)


def number(q):
    return float(q.strip().split(" ")[0])


def check_physics(r):
    loc = {n: sp.Symbol(n) for n in PHYS_SYMS}
    loc.update({"E": sp.Symbol("E"), "I": sp.Symbol("I"), "S": sp.Symbol("S"),
                "N": sp.Symbol("N"), "Q": sp.Symbol("Q"), "e": sp.Symbol("e")})
    for g in r["givens"]:
        loc.setdefault(g["symbol"], sp.Symbol(g["symbol"]))
    loc.setdefault(r["unknown"], sp.Symbol(r["unknown"]))
    lhs, rhs = r["formula"].split("=")
    lhs = parse_expr(lhs, local_dict=loc, transformations=standard_transformations + (convert_xor,))
    rhs = parse_expr(rhs, local_dict=loc, transformations=standard_transformations + (convert_xor,))
    subs = {loc[g["symbol"]]: sp.nsimplify(number(g["value"])) for g in r["givens"]}
    if sp.Symbol("g") in (lhs - rhs).free_symbols and sp.Symbol("g") not in subs:
        return False, "g used but not given"
    unk = loc[r["unknown"]]
    sols = sp.solve(sp.Eq(lhs, rhs).subs(subs), unk)
    sols = [float(s) for s in sols if s.is_real]
    want = number(r["answer"]["value"])
    ok = any(abs(s - want) <= 0.01 * abs(s) for s in sols)
    return ok, str(sols)


WRONG = {"x": "x = 999", "numeric": "987654"}


def engine_requests(r):
    """The two gradings that test one expected answer: against itself (must be right), against a wrong one (must not)."""
    a = r["answer"]
    if a["kind"] == "system":
        kind, expected = "set", ", ".join(f"{k} = {v}" for k, v in a["values"].items())
        wrong = ", ".join(f"{k} = 997" for k in a["values"])
    else:
        kind, expected = a["kind"], a["value"]
        if kind in ("numeric",):
            wrong = str(float(ex(expected)) * 1.37 + 1.1)
        elif kind == "quantity":
            n, unit = expected.split(" ", 1)
            wrong = f"{float(n) * 1.37 + 1.1} {unit}"
        elif kind in ("equation", "set"):
            wrong = expected.split("=")[0].strip() + " = 997"
        else:
            wrong = expected + " + 1"
    base = {"kind": kind, "expected": expected}
    if a.get("tolerance"):
        base["tolerance"] = a["tolerance"]
    if a.get("form"):
        base["form"] = a["form"]
    return [dict(base, response=expected), dict(base, response=wrong)]


def engine_batch(engine, rows):
    """Every request of every row graded by one run of `stepwise grade --batch` (one JVM, not one per answer)."""
    reqs = [q for r in rows for q in engine_requests(r)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for q in reqs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    out = subprocess.run([str(Path(engine) / "stepwise"), "grade", "--batch", f.name], capture_output=True, text=True,
                         cwd=engine, timeout=3600)
    verdicts = [json.loads(l) for l in out.stdout.splitlines() if l.startswith("{")]
    if len(verdicts) != len(reqs):
        sys.exit(f"engine: {len(verdicts)} verdicts for {len(reqs)} answers: {out.stderr[-500:]}")
    result = {}
    for i, r in enumerate(rows):
        a, b = verdicts[2 * i].get("correct"), verdicts[2 * i + 1].get("correct")
        q = reqs[2 * i]
        result[r["id"]] = (a is True and b is False,
                           f"self={a} wrong={b} ({q['expected']!r} vs {reqs[2 * i + 1]['response']!r})"
                           + ("" if "error" not in verdicts[2 * i] else " error: " + verdicts[2 * i]["error"]))
    return result


def main():
    args = sys.argv[1:]
    engine = None
    if "--engine" in args:
        i = args.index("--engine")
        engine = args[i + 1]
        del args[i:i + 2]
    path = Path(args[0]) if args else Path(__file__).with_name("handwritten.jsonl")
    bad = 0
    n = 0
    ids = set()
    in_family = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        n += 1
        if r["id"] in ids:
            print(r["id"], "duplicate id"); bad += 1
        ids.add(r["id"])
        if r["family"] is None:
            if any(r.get(k) is not None for k in ("task", "start", "unknown", "answer")):
                print(r["id"], "out-of-scope line has non-null fields"); bad += 1
            continue
        try:
            ok, got = check_physics(r) if r["task"] == "physics" else check_math(r)
        except Exception as e:  # a parse failure is a finding too
            ok, got = False, f"error {e!r}"
        if not ok:
            bad += 1
            print(f"{r['id']} {r['family']}: expected {r['answer']} recomputed {got}")
        if engine:
            in_family.append(r)
    if engine:
        agree = 0
        for rid, (ok2, why) in engine_batch(engine, in_family).items():
            if ok2:
                agree += 1
            else:
                bad += 1
                print(f"{rid} engine: {why}", flush=True)
        print(f"engine: {agree}/{len(in_family)} expected answers graded right against themselves and not against a wrong one")
    print(f"{n} lines checked, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
