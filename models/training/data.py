"""Turns the Java corpus (stepwise corpus --out DIR) into prompt/target pairs in the model's prompt format.

The format is the contract between training and the Java runtime (app.stepwise.model.PromptFormat):
  full solution : <|problem|>{problem}<|solve|>        -> (<|step|>{text}<|math|>{math})* <|answer|>{answer}<|end|>
  next step     : <|problem|>{problem}<|work|>{lines}<|next|> -> <|step|>{text}<|math|>{math}<|end|>  (or <|answer|>{answer}<|end|> when done)
  feedback      : <|problem|>{problem}<|work|>{lines}<|check|> -> <|feedback|>{label}<|step|>{text}<|math|>{math}<|end|>
  reading       : <|problem|>{problem}<|read|> -> "family: …\ntask: …\nstart: …\nunknown: …\ngiven: s = v unit"<|end|>
                  (the shared contract with the problem reader; out-of-scope problems read "family: none")
{lines} are the work lines joined by "\n". Only the target is trained on.
"""
import decimal
import gzip
import json
import lzma
import math
import os
import random
import re
import warnings

warnings.filterwarnings("ignore", category=SyntaxWarning)  # eval of "2(3)" in evaluate(): not arithmetic, returns None

SPECIAL = ["<|pad|>", "<|end|>", "<|problem|>", "<|work|>", "<|solve|>", "<|next|>", "<|check|>",
           "<|step|>", "<|math|>", "<|answer|>", "<|feedback|>", "<|calc|>", "<|/calc|>", "<|read|>"]

# The calculator: where a step ends in the value of arithmetic written just before it ("3x = 20 - 5 = 15",
# "t = 810/30 = 27 s"), the model writes "<|calc|>" and the runtime inserts the value and "<|/calc|>"
# (app.stepwise.model.Calculator, same formatting rule: a whole number exactly, else 4 significant figures).
# The inserted tokens are not trained on (they are given); the model learns which arithmetic to write and to use its value.
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
CALC_VALUE = re.compile(r"^(?P<head>(?:.*=\s*)?)(?P<expr>[^=]+?)\s*=\s*(?P<value>-?\d+(?:\.\d+)?)(?P<unit>\s+[^\d=].*)?$")


def calc_format(v):
    """A whole number exactly, else 4 significant figures rounded half up, in plain notation (as Java's BigDecimal does)."""
    if v is None or not math.isfinite(v):
        return None
    if abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
        return str(int(round(v)))
    d = decimal.Decimal(v)
    r = d.quantize(decimal.Decimal(1).scaleb(d.adjusted() - 3), rounding=decimal.ROUND_HALF_UP)
    return format(r.normalize(), "f")


def evaluate(expr):
    si = to_si(expr)
    if si is not None:
        return si
    t = expr.replace("×", "*").replace("÷", "/").replace("−", "-").replace("^", "**").replace("√", "sqrt")
    if not re.fullmatch(r"[\d.\s+\-*/()sqrt]+", t):
        return None
    try:
        v = eval(t, {"__builtins__": {}}, {"sqrt": math.sqrt})
        return float(v)
    except Exception:
        return None


# A unit conversion ("t = 20 min = 1200 s"): the calculator converts the number with its unit to SI units (the Java
# runtime through its unit engine; this table covers the conversions the corpus writes, for sampling on the GPU).
CONVERSION = re.compile(r"^(?P<head>.*=\s*)(?P<number>-?\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s=][^=]*?)\s*=\s*(?P<value>-?\d+(?:\.\d+)?)(?P<si>\s+\S.*)$")
TO_SI = {"g": 1e-3, "mg": 1e-6, "t": 1e3, "min": 60, "h": 3600, "ms": 1e-3, "km": 1e3, "cm": 1e-2, "mm": 1e-3,
         "km/h": 1 / 3.6, "cm^2": 1e-4, "mm^2": 1e-6, "cm^3": 1e-6, "kN": 1e3, "kJ": 1e3, "MJ": 1e6, "kW": 1e3, "MW": 1e6,
         "kPa": 1e3, "mA": 1e-3, "kΩ": 1e3, "MΩ": 1e6, "kV": 1e3, "mV": 1e-3, "kHz": 1e3, "g/cm^3": 1e3,
         "L": 1e-3, "mL": 1e-6, "MHz": 1e6}  # session 12: litres and MHz, which the generator now writes too


# The SI units a conversion may start from as the number itself. A unit written as a word ("48 minutes", from a problem
# written by hand, session 24) is neither here nor in TO_SI: that step is left without the calculator rather than given
# a value the Java calculator would not insert (48 minutes in h had come out as 48/3600).
SI_SYMBOLS = {"s", "m", "kg", "N", "J", "W", "A", "V", "Ω", "Pa", "Hz", "m^2", "m^3", "m/s", "m/s^2", "kg/m^3", "N/kg",
              "kg m/s", "N s"}


TARGET = re.compile(r"\(([^()]+)\)\.?\s*$")  # the unit a converting step names at its end (Java Calculator.namedTarget)


def to_si(expr):
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(\S+)\s*", expr)
    if not m or m.group(2) not in TO_SI:
        return None
    return float(m.group(1)) * TO_SI[m.group(2)]


# Small calculations in a step's sentence ("Multiply and divide, from left to right: 12 × 9 = 108, 50 ÷ 5 = 10."),
# session 10: each is written with the calculator too, so the model copies the values into the line instead of working
# them out in its head. The Java runtime reads the arithmetic after the sentence's last colon, comma or '='.
SENTENCE_WORKING = re.compile(r"(?P<expr>[-−(]*\d[\d.]*\)*(?:\s*[-−+×÷*/^]\s*[-−(]*\d[\d.]*\)*)+)\s*=\s*(?P<value>-?\d+(?:\.\d+)?)(?P<end>\.?)")


def calc_sentence(text):
    """The sentence as the model writes it: each 'arithmetic = value' after a colon or comma with the calculator."""
    if ": " not in text:
        return text
    head, rest = text.split(": ", 1)
    pieces = []
    for piece in rest.split(", "):
        m = SENTENCE_WORKING.fullmatch(piece)
        if m:
            v = evaluate(m.group("expr"))
            if v is not None and calc_format(v) == m.group("value"):
                piece = m.group("expr") + " = <|calc|>" + m.group("value") + "<|/calc|>" + m.group("end")
        pieces.append(piece)
    return head + ": " + ", ".join(pieces)


def calcify(steps, start=None):
    """The steps with calculator markers, each (sentence as the model writes it, math as shown to students, math as the
    model writes it); see calcify_lines."""
    return [(calc_sentence(t), shown, model) for t, shown, model in calcify_lines(steps, start)]


def calcify_lines(steps, start=None):
    """The steps with calculator markers: (math as shown to students, math as the model writes it). `start` is the
    arithmetic of an evaluate problem: a first step that works all of it out to one number ("-15 + 8 - (-4)" then
    "-3") copies it and the calculator gives the value ("-15 + 8 - (-4) = -3"), as later collapses do (session 9)."""
    out = []
    for i, st in enumerate(steps):
        m = st["math"]
        if i == 0 and start and NUMBER.fullmatch(m) and "=" not in start:
            v = evaluate(start)
            if v is not None and calc_format(v) == m:
                out.append((st["text"], start + " = " + m, start + " = <|calc|>" + m + "<|/calc|>"))
                continue
        if st["op"] == "result" and i > 0 and steps[i - 1]["op"] == "substitute" and "=" in steps[i - 1]["math"] and m.count("=") == 1:
            unit = re.sub(r"^[^=]*=\s*-?[\d.]+", "", m)  # " m/s^2" or ""
            m = steps[i - 1]["math"] + " = " + re.sub(r"^[^=]*=\s*", "", m)  # t = 810/30 = 27 s
        if i > 0 and NUMBER.fullmatch(m) and "=" not in steps[i - 1]["math"]:
            # A collapse to a single number ("-9 - 162 - 20 + 49" then "-142"): the model copies the expression it has
            # just written and the calculator gives its value ("-9 - 162 - 20 + 49 = -142"), when that value is the step's.
            before = steps[i - 1]["math"]
            v = evaluate(before)
            if v is not None and calc_format(v) == m:
                out.append((st["text"], before + " = " + m, before + " = <|calc|>" + m + "<|/calc|>"))
                continue
        if st["op"] == "convert-units":
            c = CONVERSION.match(m)
            value = c.group("value") if c else None
            target = TARGET.search(st["text"])  # "Convert the answer to the unit the question asks for (mA)." (session 10)
            if c and target and c.group("si").strip() == target.group(1).strip():
                si = to_si(c.group("number") + " " + c.group("unit"))
                if si is None and c.group("unit").strip() in SI_SYMBOLS:  # an SI unit (s, A, J): the number itself
                    si = float(c.group("number"))
                factor = TO_SI.get(target.group(1).strip(), 1.0)
                value = calc_format(si / factor) if si is not None else None  # what the Java calculator inserts
            if c and value is not None and calc_format(float(value)) == value:  # the value as the calculator writes it
                head = c.group("head") + c.group("number") + " " + c.group("unit") + " = "
                out.append((st["text"], m, head + "<|calc|>" + value + "<|/calc|>" + c.group("si")))
            else:
                out.append((st["text"], m, m))
            continue
        g = CALC_VALUE.match(m)
        if g and "±" not in m:
            v = evaluate(g.group("expr"))
            f = calc_format(v) if v is not None else None
            if f is not None:
                unit = g.group("unit") or ""
                shown = g.group("head") + g.group("expr") + " = " + f + unit
                model = g.group("head") + g.group("expr") + " = <|calc|>" + f + "<|/calc|>" + unit
                out.append((st["text"], shown, model))
                continue
        out.append((st["text"], m, m))
    return out


def recalc(generated):
    """A model's own solution text with the calculator markers re-placed by today's rule (samples from an older model)."""
    parts = generated.replace("<|calc|>", "").replace("<|/calc|>", "")
    out = []
    for piece in parts.split("<|step|>"):
        if "<|math|>" not in piece:
            out.append(piece)
            continue
        text, rest = piece.split("<|math|>", 1)
        tail = ""
        if "<|answer|>" in rest:
            rest, tail = rest.split("<|answer|>", 1)
            tail = "<|answer|>" + tail
        g = CALC_VALUE.match(rest)
        if g and "±" not in rest:
            v = evaluate(g.group("expr"))
            f = calc_format(v) if v is not None else None
            if f is not None:
                rest = g.group("head") + g.group("expr") + " = <|calc|>" + f + "<|/calc|>" + (g.group("unit") or "")
        out.append(text + "<|math|>" + rest + tail)
    return "<|step|>".join(out)


def step_text(text, model_math):
    return "<|step|>" + text + "<|math|>" + model_math


def answer_of(rec, steps):
    """Physics answers repeat the calculator's value of the last step (4 significant figures) with the unit."""
    if rec["task"] == "physics" and steps and "<|calc|>" in steps[-1][2]:
        return steps[-1][1].rsplit("=", 1)[1].strip()
    return rec["answer"]


def start_of(rec):
    """The arithmetic an evaluate problem starts from (the calculator may copy it in the first step), else None."""
    return rec.get("start") if rec.get("task") == "evaluate" else None


def full(rec, problem=None):
    steps = calcify(rec["steps"], start_of(rec))
    prompt = "<|problem|>" + (problem or rec["problem"]) + "<|solve|>"
    target = "".join(step_text(t, mm) for t, _, mm in steps) + "<|answer|>" + answer_of(rec, steps) + "<|end|>"
    return prompt, target


def next_step(rec, k, problem=None):
    steps = calcify(rec["steps"], start_of(rec))
    lines = [shown for _, shown, _ in steps[:k]]
    prompt = "<|problem|>" + (problem or rec["problem"]) + "<|work|>" + "\n".join(lines) + "<|next|>"
    if k < len(steps):
        target = step_text(steps[k][0], steps[k][2]) + "<|end|>"
    else:
        target = "<|answer|>" + answer_of(rec, steps) + "<|end|>"
    return prompt, target


def feedback(rec, wrong, problem=None):
    steps = calcify(rec["steps"], start_of(rec))
    lines = [shown for _, shown, _ in steps[:wrong["after"]]] + [wrong["line"]]
    prompt = "<|problem|>" + (problem or rec["problem"]) + "<|work|>" + "\n".join(lines) + "<|check|>"
    fixed = calcify(rec["steps"][:wrong["after"]] + [dict(wrong["correct"])], start_of(rec))[-1]
    target = "<|feedback|>" + wrong["misconception"] + step_text(fixed[0], fixed[2]) + "<|end|>"
    return prompt, target


def reading_target(rec):
    """The reading of a problem, one field per line (models/training/README.md): what the reader checks and uses."""
    if rec["family"] in (None, "none"):
        return "family: none"
    lines = ["family: " + rec["family"], "task: " + rec["task"]]
    if rec["task"] != "physics":
        for part in (rec["start"].split("; ") if rec["task"] == "system" else [rec["start"]]):
            lines.append("start: " + part)
    if rec.get("unknown"):
        lines.append("unknown: " + rec["unknown"])
    for g in rec.get("givens", []):
        lines.append("given: " + g["symbol"] + " = " + g["value"])
    return "\n".join(lines)


def reading(rec, problem=None):
    return "<|problem|>" + (problem or rec["problem"]) + "<|read|>", reading_target(rec) + "<|end|>"


LEADS = ["", "", "", "Question: ", "Exercise: ", "Try this one. ", "Homework: ", "Problem: ", "Next question. "]
TAILS = ["", "", "", " Show your working.", " Explain each step.", " Give your answer clearly.", " Write one step per line."]


CONTROL = re.compile(r"<\|/?[a-z]+\|>")


def clean(problem):
    """As the Java PromptFormat/ControlTokens.clean: control tokens and LaTeX dollar signs removed, stripped."""
    return CONTROL.sub("", problem).replace("$", "").strip()


def augment(problem, rng):
    """Training-only variety around the wording (never the held-out templates' words), so the model reads the math, not the template."""
    p = rng.choice(LEADS) + problem + rng.choice(TAILS)
    if rng.random() < 0.15:
        p = p[0].lower() + p[1:]
    if rng.random() < 0.1:
        p = p.replace(" = ", "=")
    return p


def shards(folder):
    """The corpus shards of a folder: gzip as the Java corpus writes them, or xz as strip_corpus.py --xz packs them."""
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith((".jsonl.gz", ".jsonl.xz"))]


def shard_records(path):
    opener = lzma.open if path.endswith(".xz") else gzip.open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def records(folder):
    for path in shards(folder):
        yield from shard_records(path)


READS_PER_RECORD = 2


def examples(rec, rng, next_per_problem=2):
    """The training views of one record: the full solution, a few next steps, and feedback on each wrong line."""
    text = clean(rec["problem"])
    train = rec["split"] == "train"
    aug = (lambda: augment(text, rng)) if train else (lambda: text)
    # The reading view: as many examples per record in scope as out of scope (session 11: out-of-scope records gave two
    # and in-scope ones one, on top of out-of-scope problems alone being asked in a casual register, and the model
    # learned to refuse in-scope problems asked naturally). Two in training, each with its own variety; one elsewhere.
    reads = [("read",) + reading(rec, aug()) for _ in range(READS_PER_RECORD if train else 1)]
    if rec["family"] in (None, "none"):
        return reads
    out = [("full",) + full(rec, aug())] + reads
    ks = list(range(len(rec["steps"]) + 1))
    rng.shuffle(ks)
    for k in ks[:next_per_problem]:
        out.append(("next",) + next_step(rec, k, aug()))
    for w in rec.get("wrong", []):
        out.append(("feedback",) + feedback(rec, w, aug()))
    restated = rec.get("restated")
    if restated and rec["split"] == "train":
        # The tutor gives the model a read problem restated in a training frame (app.stepwise.solve.Restate): the
        # record's own restatement trains the full solution and one next step in exactly that form.
        out.append(("full",) + full(rec, clean(restated)))
        out.append(("next",) + next_step(rec, ks[0], clean(restated)))
    return out


def load(folder, seed=0, next_per_problem=2):
    """{split: [(view, prompt, target, family)]}"""
    rng = random.Random(seed)
    splits = {}
    for rec in records(folder):
        for view, p, t in examples(rec, rng, next_per_problem):
            splits.setdefault(rec["split"], []).append((view, p, t, rec["family"]))
    return splits


if __name__ == "__main__":
    import sys
    s = load(sys.argv[1])
    for k, v in s.items():
        print(k, len(v))
    for e in s["train"][:4]:
        print(e)
