# Compare each reading's answer (eval-reader --readings) with the answer a teacher writes ("shown" in the set).
import json, sys, re
set_, readings = sys.argv[1], sys.argv[2]
items = {j["id"]: j for j in (json.loads(l) for l in open(set_) if l.strip())}
ok = bad = 0
for line in open(readings):
    p = line.rstrip("\n").split("\t")
    i, src, summ, ans = (p + ["", "", ""])[:4]
    it = items[i]
    if "shown" not in it: continue
    norm = lambda s: re.sub(r" (minutes?|mins?)$", " min", re.sub(r" (hours?|hrs?)$", " h", re.sub(r"\s+", " ", s.replace("^2", "²").replace("ohm", "Ω")).strip()))
    good = any(norm(ans) == norm(s) for s in it["shown"])
    ok += good; bad += not good
    print(("ok  " if good else "BAD ") + f"{i}  {ans!r:24} want {it['shown']}")
print(f"shown as a teacher writes it: {ok}/{ok+bad}")
