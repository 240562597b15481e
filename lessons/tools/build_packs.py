#!/usr/bin/env python3
"""Builds bundled lesson packs from the hand-written statement lists in packs_src.py.

Each problem names a solver family and its parameters; the worked solution, the task/start and the answer are taken
from our own verified solvers (lessons/tools/SolveRefs.java, run against target/stepwise.jar) and committed as the
authored `solution`, alongside the `solver` reference. Choice problems are written out in full; a problem with an
authored worked solution (packs_src.A, or physics_src.A with its `givens`) keeps its own steps. Every pack is then
put in the stable layout with `./stepwise format`.

Usage (from the repository root, after `mvn -B -o -q -DskipTests package`):
    python3 lessons/tools/build_packs.py                 # every pack
    python3 lessons/tools/build_packs.py motion.json     # only the named packs (id or file name)

New packs go in lessons/tools/packs/<name>.py, one module per pack, each defining PACK.
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import packs_src  # noqa: E402

NON_GIVENS = {"case", "name", "object", "order"}


def java():
    cache = os.path.join(ROOT, "target", ".stepwise-java")
    if not os.path.exists(cache):  # ./stepwise finds a Java 21+ and remembers it there
        subprocess.run([os.path.join(ROOT, "stepwise"), "--version"], check=True, capture_output=True)
    return open(cache).read().strip() if os.path.exists(cache) else "java"


def solve_all(refs):
    lines = ["\t".join([fam] + [f"{k}={v}" for k, v in params.items()]) for fam, params in refs]
    out = subprocess.run([java(), "-cp", os.path.join(ROOT, "target", "stepwise.jar"),
                          os.path.join(ROOT, "lessons", "tools", "SolveRefs.java")],
                         input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    results = [json.loads(l) for l in out.splitlines() if l.strip()]
    for r in results:
        if "error" in r:
            sys.exit("solver refused: " + r["error"])
    return results


def build(pack):
    probs = pack["problems"]
    refs = [(p["family"], p["params"]) for p in probs if "family" in p]
    worked = iter(solve_all(refs))
    out = []
    for i, p in enumerate(probs, 1):
        q = {"id": f"{pack['prefix']}-{i:02d}", "statement": p["statement"], "skills": p["skills"],
             "difficulty": p["difficulty"]}
        if "family" in p:
            w = next(worked)
            # "{start}" in a statement stands for the solver's starting line, so the math shown is the math solved
            q["statement"] = p["statement"].replace("{start}", w["start"].replace("*", " \\cdot "))
            answer = {"kind": w["answerKind"], "value": w["answer"]}
            answer.update(p.get("answer", {}))
            q["answer"] = answer
            q["work"] = {"task": w["task"], "start": w["start"]}
            # a given's description: the problem's or pack's own wording, else the solver's, else DESCRIPTIONS
            solver_desc = {g["symbol"]: g["description"] for g in w.get("givens", [])}
            desc = {**packs_src.DESCRIPTIONS, **solver_desc, **pack.get("descriptions", {}), **p.get("descriptions", {})}
            givens = [{"symbol": k, "value": v, "description": desc.get(k, k)}
                      for k, v in p["params"].items() if w["task"] == "physics" and k not in NON_GIVENS]
            if givens:
                q["givens"] = givens
            if p.get("hints"):
                q["hints"] = p["hints"]
            q["solution"] = w["steps"]
            q["solver"] = {"family": p["family"], "params": p["params"]}
        else:  # multiple choice, or an authored worked solution (packs_src.A; physics_src.A also has givens)
            q["answer"] = p["answer"]
            for key in ("work", "givens"):
                if key in p:
                    q[key] = p[key]
            if p.get("hints"):
                q["hints"] = p["hints"]
            if "solution" in p:
                q["solution"] = p["solution"]
        out.append(q)
    doc = {"schemaVersion": 1, "id": pack["id"], "title": pack["title"], "subject": pack["subject"],
           "level": pack["level"], "authors": ["Stepwise curriculum team"], "version": "1.0.0", "language": "en",
           "description": pack["description"], "skills": pack["skills"], "problems": out}
    path = os.path.join(ROOT, "lessons", pack["file"])
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    subprocess.run([os.path.join(ROOT, "stepwise"), "format", path], check=True)
    print(f"{pack['file']}: {len(out)} problems")


def all_packs():
    """The packs in packs_src.PACKS, then one PACK per module in lessons/tools/packs/ (sorted by module name)."""
    import importlib, pkgutil
    import packs as pack_modules
    found = list(packs_src.PACKS)
    for info in sorted(pkgutil.iter_modules(pack_modules.__path__), key=lambda m: m.name):
        found.append(importlib.import_module("packs." + info.name).PACK)
    return found


if __name__ == "__main__":
    only = set(sys.argv[1:])  # optional: pack ids or file names to rebuild
    for pack in all_packs():
        if not only or pack["id"] in only or pack["file"] in only:
            build(pack)
