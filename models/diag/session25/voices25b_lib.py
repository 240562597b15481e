# Helpers for lane voices25b's hand-written physics sets (session 25). The problem texts are typed by hand in
# make_voices25b.py / make_voices25b_fresh.py; here the givens written in the text's own units are converted to SI and
# the answer is computed by sympy from the formula (exact where it has six significant figures or fewer, else 3 s.f.).
import json
from decimal import Decimal
import sympy as sp
from sympy.parsing.sympy_parser import parse_expr, standard_transformations, convert_xor

# unit written in a given -> (factor to SI as a string, SI unit)
UNITS = {
    "m": ("1", "m"), "km": ("1000", "m"), "cm": ("0.01", "m"), "mm": ("0.001", "m"),
    "s": ("1", "s"), "min": ("60", "s"), "h": ("3600", "s"), "ms": ("0.001", "s"),
    "m/s": ("1", "m/s"), "km/h": ("1/3.6", "m/s"), "cm/s": ("0.01", "m/s"), "mm/s": ("0.001", "m/s"), "km/s": ("1000", "m/s"),
    "m/s^2": ("1", "m/s^2"), "N/kg": ("1", "m/s^2"),
    "kg": ("1", "kg"), "g": ("0.001", "kg"), "t": ("1000", "kg"),
    "N": ("1", "N"), "kN": ("1000", "N"),
    "J": ("1", "J"), "kJ": ("1000", "J"), "MJ": ("1000000", "J"),
    "W": ("1", "W"), "kW": ("1000", "W"), "MW": ("1000000", "W"),
    "Pa": ("1", "Pa"), "kPa": ("1000", "Pa"), "N/m^2": ("1", "Pa"),
    "m^2": ("1", "m^2"), "cm^2": ("0.0001", "m^2"), "mm^2": ("0.000001", "m^2"),
    "m^3": ("1", "m^3"), "cm^3": ("0.000001", "m^3"), "L": ("0.001", "m^3"),
    "kg/m^3": ("1", "kg/m^3"), "g/cm^3": ("1000", "kg/m^3"),
    "V": ("1", "V"), "kV": ("1000", "V"), "mV": ("0.001", "V"),
    "A": ("1", "A"), "mA": ("0.001", "A"),
    "ohm": ("1", "ohm"), "kohm": ("1000", "ohm"),
    "Hz": ("1", "Hz"), "kHz": ("1000", "Hz"), "MHz": ("1000000", "Hz"),
    "kg m/s": ("1", "kg m/s"), "N s": ("1", "N s"), "": ("1", ""),
}
# (family, unknown) -> SI unit of the answer
ANSWER_UNIT = {
    "v": "m/s", "u": "m/s", "d": "m", "s": "m", "h": "m", "lam": "m", "t": "s", "a": "m/s^2", "F": "N", "f": "N",
    "F_net": "N", "E": "J", "E_k": "J", "E_p": "J", "P": "W", "J": "N s", "rho": "kg/m^3", "I": "A", "R": "ohm",
    "R1": "ohm", "R2": "ohm", "m": "kg", "A": "m^2", "g": "m/s^2",
}
FAMILY_UNIT = {("work-done", "W"): "J", ("weight", "W"): "N", ("momentum", "p"): "kg m/s", ("pressure", "p"): "Pa",
               ("ohms-law", "V"): "V", ("electrical-power", "V"): "V", ("density", "V"): "m^3",
               ("wave-speed", "f"): "Hz", ("friction-level", "mu"): ""}
NAMES = ["v", "u", "d", "s", "h", "lam", "t", "a", "F", "f", "F_net", "E", "E_k", "E_p", "P", "J", "rho", "I", "R",
         "R1", "R2", "m", "A", "g", "W", "p", "V", "mu", "S", "N", "Q"]


def si(value):
    """'250 g' -> (Rational, '0.25 kg')."""
    num, _, unit = value.strip().partition(" ")
    fac, siu = UNITS[unit.strip()]
    x = sp.nsimplify(Decimal(num)) * sp.nsimplify(sp.Rational(fac) if "/" not in fac else sp.sympify(fac))
    x = sp.nsimplify(x)
    return x, (fmt(x, 5) + (" " + siu if siu else "")).strip()


def fmt(x, sig=3):
    """exact if it has six significant figures or fewer, else `sig` s.f."""
    x = sp.nsimplify(x)
    if x.is_Rational:
        d = Decimal(x.p) / Decimal(x.q)
        if d == d.quantize(Decimal("1e-12")) if abs(d) < 1e15 else False:
            t = format(d.normalize(), "f")
            digits = t.replace("-", "").replace(".", "").lstrip("0")
            digits = digits.rstrip("0") if "." not in t else digits
            if len(digits) <= 6:
                return t
    v = float(x)
    s = float(f"{v:.{sig}g}")
    return format(Decimal(repr(s)).normalize(), "f") if s != int(s) else str(int(s))


def physics(i, style, family, text, unknown, formula, givens):
    loc = {n: sp.Symbol(n) for n in NAMES}
    gs, subs = [], {}
    for part in givens.split(","):
        sym, _, val = part.strip().partition("=")
        x, shown = si(val)
        loc.setdefault(sym.strip(), sp.Symbol(sym.strip()))
        subs[loc[sym.strip()]] = x
        gs.append(dict(symbol=sym.strip(), value=shown))
    loc.setdefault(unknown, sp.Symbol(unknown))
    tr = standard_transformations + (convert_xor,)
    lhs, rhs = (parse_expr(p, local_dict=loc, transformations=tr) for p in formula.split("="))
    eqn = sp.Eq(lhs, rhs).subs(subs)
    sols = [s for s in sp.solve(eqn, loc[unknown]) if s.is_real]
    if len(sols) > 1:
        sols = [s for s in sols if s > 0]
    assert len(sols) == 1, (i, sols)
    left = (lhs - rhs).subs(subs).free_symbols - {loc[unknown]}
    assert not left, (i, left)
    unit = FAMILY_UNIT.get((family, unknown), ANSWER_UNIT.get(unknown))
    assert unit is not None, (i, unknown)
    val = fmt(sols[0])
    if unit == "":
        ans = dict(kind="numeric", value=val, tolerance="1%")
    else:
        ans = dict(kind="quantity", value=f"{val} {unit}", tolerance="1%")
    return dict(id=i, style=style, text=text, family=family, task="physics", start=None, unknown=unknown,
                answer=ans, givens=gs, formula=formula)


def oos(i, style, text, topic):
    return dict(id=i, style=style, text=text, family=None, task=None, start=None, unknown=None, answer=None,
                topic=topic)


def build(prefix, rows, out):
    items, n = [], 0
    for r in rows:
        n += 1
        i = f"{prefix}{n:03d}"
        items.append(physics(i, *r) if len(r) == 6 else oos(i, *r))
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    return items


def table(items):
    from collections import Counter
    fam, sty = Counter(), Counter()
    for it in items:
        fam[it["family"] or "(out of scope)"] += 1
        sty[(it["family"] is not None, it["style"])] += 1
    for k, v in sorted(fam.items()):
        print(f"{k:20s} {v}")
    print("in scope by style:", {k[1]: v for k, v in sorted(sty.items()) if k[0]})
    print("out of scope by style:", {k[1]: v for k, v in sorted(sty.items()) if not k[0]})
    print("total", len(items))
