"""Helpers for the physics pack modules in lessons/tools/packs/ (motion, forces, energy, momentum, waves, density).

A(...) writes a problem with an authored worked solution (no solver family covers it): its givens, the unknown's
symbol, the steps as (text, math) pairs and the answer spec. CurriculumTest checks each step against the givens
(grade.PhysicsSteps) and that the last line is accepted by the answer spec.
"""


def A(statement, givens, unknown, steps, answer, difficulty, skills, hints=None):
    """givens: (symbol, value with unit, description) triples; answer: a quantity string or a full answer spec."""
    spec = {"kind": "quantity", "value": answer} if isinstance(answer, str) else dict({"kind": "quantity"}, **answer)
    p = {"statement": statement, "answer": spec, "work": {"task": "physics", "start": unknown},
         "givens": [{"symbol": s, "value": v, "description": d} for s, v, d in givens],
         "solution": [{"text": t, "math": m} for t, m in steps], "difficulty": difficulty, "skills": skills}
    if hints:
        p["hints"] = hints
    return p


def Q(text):
    """A quantity as inline LaTeX: Q("54 km/h") is $54\\,\\mathrm{km/h}$; Q("12 N s") is $12\\,\\mathrm{N\\,s}$."""
    value, unit = text.split(" ", 1)
    unit = unit.replace("Ω", "\\Omega").replace(" ", "\\,")
    return f"${value}\\,\\mathrm{{{unit}}}$"
