# Shared helper for lane voices25a's hand-written sets: the texts, starts and unknowns are written by hand in
# make_voices25a.py / make_voices25a_fresh.py; this file only turns them into records, working each expected answer
# out with sympy from the hand-written start (check_answers.py then re-derives it independently).
import json, sys
from pathlib import Path
import sympy as sp
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
from check_answers import ex, eq  # noqa: E402

TASK = {"integer-arithmetic": "evaluate", "fraction-arithmetic": "evaluate", "percentages": "percentage",
        "rearrange-formula": "rearrange", "simplify-expression": "simplify", "exponent-rules": "simplify",
        "expand-brackets": "expand", "factorise-quadratic": "factorise",
        "system-elimination": "solve-system", "system-substitution": "solve-system"}


def task_of(fam):
    if fam in TASK: return TASK[fam]
    if fam.startswith("derivative"): return "differentiate"
    return "solve"


def s(e):
    return str(e).replace("**", "^").replace("log(", "ln(")


def num(q, decimal):
    q = sp.nsimplify(q)
    if q.is_Integer: return str(q)
    if decimal and q.is_Rational:
        d = q.q
        while d % 2 == 0: d //= 2
        while d % 5 == 0: d //= 5
        if d == 1:
            txt = ("%.6f" % float(q)).rstrip("0").rstrip(".")
            return txt
    return s(q)


def record(i, style, fam, text, start, unknown=None, answer=None):
    t = task_of(fam)
    dec = "." in start or fam == "percentages"
    r = dict(id=i, style=style, text=text, family=fam, task=t, start=start, unknown=unknown)
    if answer is not None:
        a = answer
    elif t in ("evaluate", "percentage"):
        a = dict(kind="numeric", value=num(ex(start), dec))
    elif t == "solve":
        v = sp.Symbol(unknown)
        sols = sorted({sp.nsimplify(x) for x in sp.solve(eq(start), v)}, key=lambda z: float(z))
        vals = [num(x, dec) if x.is_Rational else s(sp.together(x)) for x in sols]
        if fam.startswith("linear"):
            assert len(vals) == 1, (i, vals)
            a = dict(kind="equation", value=f"{unknown} = {vals[0]}")
        else:
            a = dict(kind="set", value=" or ".join(f"{unknown} = {x}" for x in vals))
    elif t == "rearrange":
        v = sp.Symbol(unknown, positive=True)
        sols = sp.solve(eq(start, {unknown: v}), v)
        assert len(sols) == 1, (i, sols)
        a = dict(kind="equation", value=f"{unknown} = {s(sp.together(sols[0].subs(v, sp.Symbol(unknown))))}")
    elif t == "simplify":
        e = sp.nsimplify(ex(start))
        a = dict(kind="expression", value=s(sp.expand(e) if fam == "simplify-expression" else sp.powsimp(sp.simplify(e))))
    elif t == "expand":
        a = dict(kind="expression", value=s(sp.expand(sp.nsimplify(ex(start)))), form="expanded")
    elif t == "factorise":
        a = dict(kind="expression", value=s(sp.factor(ex(start))), form="factored")
    elif t == "differentiate":
        d = sp.diff(sp.nsimplify(ex(start)), sp.Symbol(unknown))
        a = dict(kind="expression", value=s(sp.expand(d) if fam != "derivative-chain-rule" and d.is_polynomial(sp.Symbol(unknown)) else d))
    elif t == "solve-system":
        names = unknown.split(",")
        syms = [sp.Symbol(n) for n in names]
        sol = sp.solve([eq(p) for p in start.split(";")], syms, dict=True)
        assert len(sol) == 1, (i, sol)
        a = dict(kind="system", values={n: num(sp.nsimplify(sol[0][y]), dec) for n, y in zip(names, syms)})
    r["answer"] = a
    return r


def oos(i, style, text, topic):
    return dict(id=i, style=style, text=text, family=None, task=None, start=None, unknown=None, answer=None, topic=topic)


def write(prefix, items, out):
    recs, texts = [], set()
    n = 0
    for it in items:
        n += 1
        i = f"{prefix}{n:03d}"
        if it[0] == "OOS":
            _, style, text, topic = it
            recs.append(oos(i, style, text, topic))
        else:
            style, fam, text, start = it[:4]
            unknown = it[4] if len(it) > 4 else None
            answer = it[5] if len(it) > 5 else None
            recs.append(record(i, style, fam, text, start, unknown, answer))
        assert text not in texts, text
        texts.add(text)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs
