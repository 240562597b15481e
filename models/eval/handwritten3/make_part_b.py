#!/usr/bin/env python3
"""Writes part-b.jsonl (lane set17b): a fresh hand-written measuring set, ids h3-b001 ...

Every TEXT below was written by hand for this set (session 17, lane set17b); none is copied or paraphrased
from a textbook, website, question bank, data set, another project, Stepwise's generators or its older sets.
The ANSWERS are not typed: sympy computes them here, from `start` (systems) or from the physics `formula`
with the SI `givens` put in, and rounds them to 3 significant figures where they are not exact.

Run:  python3 make_part_b.py   (writes part-b.jsonl next to this file)
"""
import json
from decimal import Decimal
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import (
    parse_expr, standard_transformations, implicit_multiplication_application, convert_xor)

ROWS = []
CHAINS = set()  # ids of two-formula chains (labelled with the family of the last formula)
NAMED = {n: sp.Symbol(n) for n in ["F_net", "R1", "R2", "rho", "lam", "mu", "E", "I", "S", "N", "Q", "e"]}


def fmt(x):
    """A number as the answer line writes it: exact when it has at most 4 significant figures, else 3 s.f."""
    v = float(x)
    if v == 0:
        return "0"
    four = float(f"{v:.4g}")
    s = f"{v:.4g}" if abs(v - four) <= 1e-12 * abs(v) else f"{v:.3g}"
    out = format(Decimal(s).normalize(), "f")
    return out[:-2] if out.endswith(".0") else out


def phys(family, style, text, unknown, formula, givens, unit, chain=False):
    """givens: list of (symbol, SI value as text, SI unit)."""
    loc = dict(NAMED)
    for sym, _, _ in givens:
        loc.setdefault(sym, sp.Symbol(sym))
    loc.setdefault(unknown, sp.Symbol(unknown))
    tr = standard_transformations + (convert_xor,)
    lhs, rhs = formula.split("=")
    equation = sp.Eq(parse_expr(lhs, local_dict=loc, transformations=tr),
                     parse_expr(rhs, local_dict=loc, transformations=tr))
    subs = {loc[s]: sp.Rational(v) for s, v, _ in givens}
    missing = (equation.lhs - equation.rhs).free_symbols - set(subs) - {loc[unknown]}
    assert not missing, (text, missing)
    sols = [s for s in sp.solve(equation.subs(subs), loc[unknown]) if s.is_real]
    assert sols, text
    value = sols[0] if len(sols) == 1 else max(sols)  # two roots (v², t²): the positive one
    answer = fmt(value) + (" " + unit if unit else "")
    row = {"style": style, "text": text, "family": family, "task": "physics", "start": None,
           "unknown": unknown, "answer": {"kind": "quantity" if unit else "numeric", "value": answer, "tolerance": "1%"},
           "givens": [{"symbol": s, "value": f"{v} {u}".strip()} for s, v, u in givens],
           "formula": formula}
    ROWS.append(row)
    if chain:
        CHAINS.add(id(row))


def system(style, text, start, names):
    tr = standard_transformations + (implicit_multiplication_application, convert_xor)
    eqs = []
    for part in start.split(";"):
        lhs, rhs = part.split("=")
        eqs.append(sp.Eq(parse_expr(lhs, transformations=tr), parse_expr(rhs, transformations=tr)))
    syms = [sp.Symbol(n) for n in names]
    sol = sp.solve(eqs, syms, dict=True)
    assert len(sol) == 1, text
    values = {n: str(sp.nsimplify(sol[0][s])) for n, s in zip(names, syms)}
    ROWS.append({"style": style, "text": text, "family": "system-substitution", "task": "solve-system",
                 "start": start, "unknown": ",".join(names), "answer": {"kind": "system", "values": values},
                 "givens": None, "formula": None})


def out(style, topic, text):
    ROWS.append({"style": style, "text": text, "family": None, "task": None, "start": None, "unknown": None,
                 "answer": None, "givens": None, "formula": None, "topic": topic})


TB, WS, TC, ST = "textbook", "worksheet", "teacher", "student"
MS, MS2 = "m/s", "m/s^2"

# ---------------------------------------------------------------- system-substitution
system(TB, "Use substitution to solve the pair of simultaneous equations y = 3x − 4 and 2x + y = 11.",
       "y = 3x - 4; 2x + y = 11", ["x", "y"])
system(TB, "Given that a = 2b + 1, find the values of a and b for which 3a − 4b = 8.",
       "a = 2b + 1; 3a - 4b = 8", ["a", "b"])
system(WS, "Q7. Solve by substitution.\n    p = 10 − 2q\n    4p + 3q = 20\n    p = ____ ,  q = ____",
       "p = 10 - 2q; 4p + 3q = 20", ["p", "q"])
system(TC, "This is a substitution job, not elimination: the first equation already hands you x. "
           "x = 2y + 7 and 3x + 2y = 5. Find x and y. One of them comes out negative, so watch your signs "
           "when you multiply out the bracket.",
       "x = 2y + 7; 3x + 2y = 5", ["x", "y"])
system(TC, "Before the bell: on a building site the number of tiles t is four times the number of bricks b, "
           "and together there are 65 of them. Write it as t = 4b and t + b = 65 and solve by substituting. "
           "(The price of 2.50 per tile is on the sheet too, but we don't need it.)",
       "t = 4b; t + b = 65", ["t", "b"])
system(ST, "how do i solve y = x/2 + 1 and 4x - 6y = 2 by substitution?? i keep getting fractions",
       "y = x/2 + 1; 4x - 6y = 2", ["x", "y"])

# ---------------------------------------------------------------- speed
F = "speed"
phys(F, TB, "A train covers 150 km in 2.5 hours. Calculate its average speed in metres per second.",
     "v", "v = d/t", [("d", "150000", "m"), ("t", "9000", "s")], MS)
phys(F, TB, "A sound pulse travels through air at 343 m/s. How long does it take to cross a distance of 1.2 km?",
     "t", "v = d/t", [("v", "343", MS), ("d", "1200", "m")], "s")
phys(F, WS, "3)  d = 420 m\n    t = 1 min 10 s\n    v = ?",
     "v", "v = d/t", [("d", "420", "m"), ("t", "70", "s")], MS)
phys(F, TC, "Amara cycles to school every morning. Yesterday she left at 7:40 and arrived at 8:05, having "
            "ridden 6 km. Work out her average speed in m/s. And no, the mass of her bike (11 kg) doesn't matter here.",
     "v", "v = d/t", [("d", "6000", "m"), ("t", "1500", "s")], MS)
phys(F, TC, "The old tortoise at the wildlife park plods along at 0.08 m/s. Siobhan, the keeper, wants to know "
            "how far it gets in a quarter of an hour. Sort out the units first, then give the distance in metres.",
     "d", "v = d/t", [("v", "0.08", MS), ("t", "900", "s")], "m")
phys(F, ST, "car goes 90 km/h for 20 minutes how far is that in metres",
     "d", "v = d/t", [("v", "25", MS), ("t", "1200", "s")], "m")

# ---------------------------------------------------------------- acceleration
F = "acceleration"
phys(F, TB, "A sprinter starts from rest and reaches 9.6 m/s after 3.2 s. Find her average acceleration.",
     "a", "a = (v - u)/t", [("u", "0", MS), ("v", "9.6", MS), ("t", "3.2", "s")], MS2)
phys(F, TB, "A lorry slows down from 25 m/s to 10 m/s in 6 s. Calculate its acceleration.",
     "a", "a = (v - u)/t", [("u", "25", MS), ("v", "10", MS), ("t", "6", "s")], MS2)
phys(F, WS, "u = 4 m/s,   v = 19 m/s,   a = 2.5 m/s²\nt = ___ s",
     "t", "a = (v - u)/t", [("u", "4", MS), ("v", "19", MS), ("a", "2.5", MS2)], "s")
phys(F, TC, "Quick one while the projector warms up. A drone climbing straight up goes from 2 m/s to 14 m/s in "
            "4 seconds. What is its acceleration? The drone's mass, 1.3 kg, is printed on the box but you won't need it.",
     "a", "a = (v - u)/t", [("u", "2", MS), ("v", "14", MS), ("t", "4", "s")], MS2)
phys(F, TC, "Mateus's e-scooter picks up speed from 18 km/h to 36 km/h in 4 s. Work out the acceleration in m/s². "
            "Convert both speeds before you do anything else.",
     "a", "a = (v - u)/t", [("u", "5", MS), ("v", "10", MS), ("t", "4", "s")], MS2)
phys(F, ST, "whats the acceleration if a ball goes from 0 to 12 m/s in 0.4 s?? idk which one i divide by",
     "a", "a = (v - u)/t", [("u", "0", MS), ("v", "12", MS), ("t", "0.4", "s")], MS2)

# ---------------------------------------------------------------- newtons-second-law
F = "newtons-second-law"
phys(F, TB, "A resultant force acts on a 1200 kg car and gives it an acceleration of 2.5 m/s². "
            "Calculate the size of this force.",
     "F", "F = m*a", [("m", "1200", "kg"), ("a", "2.5", MS2)], "N")
phys(F, TB, "What acceleration does a net force of 45 N produce on a trolley of mass 900 g?",
     "a", "F = m*a", [("F", "45", "N"), ("m", "0.9", "kg")], MS2)
phys(F, WS, "5.  F = 2.4 kN,  a = 0.6 m/s²,  m = ?",
     "m", "F = m*a", [("F", "2400", "N"), ("a", "0.6", MS2)], "kg")
phys(F, TC, "Kenji pushes an 18 kg shopping trolley from rest up to 1.5 m/s in 3 s. Pretend there is no friction "
            "at all (we add it next lesson) and find the net force he applies. Get the acceleration first.",
     "F", "F = m*(v - u)/t", [("m", "18", "kg"), ("u", "0", MS), ("v", "1.5", MS), ("t", "3", "s")], "N",
     chain=True)
phys(F, TC, "A 65 kg skydiver has a resultant downward force of 260 N on her at one instant. What is her "
            "acceleration at that moment? (g is about 9.8 m/s², but that's not what's being asked.)",
     "a", "F = m*a", [("F", "260", "N"), ("m", "65", "kg")], MS2)
phys(F, ST, "a 5 kilogram box gets pushed with 20 newtons on ice no friction whats the acceleration",
     "a", "F = m*a", [("F", "20", "N"), ("m", "5", "kg")], MS2)

# ---------------------------------------------------------------- weight (3 textbook, 1 of each other style)
F = "weight"
phys(F, TB, "Calculate the weight of a 7.5 kg bag of cement on Earth, taking g = 9.8 N/kg.",
     "W", "W = m*g", [("m", "7.5", "kg"), ("g", "9.8", MS2)], "N")
phys(F, TB, "An astronaut's backpack weighs 64 N on the Moon, where g = 1.6 N/kg. What is its mass?",
     "m", "W = m*g", [("W", "64", "N"), ("g", "1.6", MS2)], "kg")
phys(F, TB, "A steel beam has a volume of 0.05 m³, and steel has a density of 7800 kg/m³. Taking g = 9.8 N/kg, "
            "calculate the weight of the beam.",
     "W", "W = rho*V*g", [("rho", "7800", "kg/m^3"), ("V", "0.05", "m^3"), ("g", "9.8", MS2)], "N", chain=True)
phys(F, WS, "Weight on Mars (g = 3.7 N/kg)\n  a) mass = 250 g   →   W = ______ N",
     "W", "W = m*g", [("m", "0.25", "kg"), ("g", "3.7", MS2)], "N")
phys(F, TC, "Fatima's bathroom scale reads 58 kilograms. Scales really show mass, not weight, so what is her "
            "weight in newtons? Use g = 9.8.",
     "W", "W = m*g", [("m", "58", "kg"), ("g", "9.8", MS2)], "N")
phys(F, ST, "if g on jupiter is 24.8 what does a 3 kg rock weigh there",
     "W", "W = m*g", [("m", "3", "kg"), ("g", "24.8", MS2)], "N")

# ---------------------------------------------------------------- momentum
F = "momentum"
phys(F, TB, "Find the momentum of a 0.16 kg cricket ball bowled at 35 m/s.",
     "p", "p = m*v", [("m", "0.16", "kg"), ("v", "35", MS)], "kg m/s")
phys(F, TB, "A van has a momentum of 27 000 kg m/s when it moves at 15 m/s. What is its mass?",
     "m", "p = m*v", [("p", "27000", "kg m/s"), ("v", "15", MS)], "kg")
phys(F, WS, "m = 2 tonnes\nv = 54 km/h\np = ?",
     "p", "p = m*v", [("m", "2000", "kg"), ("v", "15", MS)], "kg m/s")
phys(F, TC, "Dmitri's hockey puck (170 g) slides over the ice with a momentum of 3.4 kg m/s. How fast is it "
            "going? Later on we'll crash it into a second puck, but for now it's on its own.",
     "v", "p = m*v", [("m", "0.17", "kg"), ("p", "3.4", "kg m/s")], MS)
phys(F, TC, "A tennis ball of mass 58 g leaves Naomi's racket at 50 m/s. Work out its momentum and give it in "
            "kg m/s; grams will trip you up if you forget to convert.",
     "p", "p = m*v", [("m", "0.058", "kg"), ("v", "50", MS)], "kg m/s")
phys(F, ST, "momentum of a 70kg runner going 8 metres per second? is it just times",
     "p", "p = m*v", [("m", "70", "kg"), ("v", "8", MS)], "kg m/s")

# ---------------------------------------------------------------- kinetic-energy
F = "kinetic-energy"
phys(F, TB, "Calculate the kinetic energy of a 1500 kg car travelling at 20 m/s.",
     "E", "E = m*v^2/2", [("m", "1500", "kg"), ("v", "20", MS)], "J")
phys(F, TB, "A 2 kg ball has 64 J of kinetic energy. Determine its speed.",
     "v", "E = m*v^2/2", [("m", "2", "kg"), ("E", "64", "J")], MS)
phys(F, WS, "KE = ?      m = 40 g      v = 300 m/s",
     "E", "E = m*v^2/2", [("m", "0.04", "kg"), ("v", "300", MS)], "J")
phys(F, TC, "Priya's dog, 24 kg of pure enthusiasm, sprints across the park at 7 m/s. How much kinetic energy "
            "does it have? Remember the speed gets squared; half of you forgot that last week.",
     "E", "E = m*v^2/2", [("m", "24", "kg"), ("v", "7", MS)], "J")
phys(F, TC, "A lorry moving at 72 km/h carries 900 kJ of kinetic energy. From that, work out the lorry's mass. "
            "Two conversions before you start.",
     "m", "E = m*v^2/2", [("v", "20", MS), ("E", "900000", "J")], "kg")
phys(F, ST, "ke of a 0.5 kg ball at 12 m/s pls",
     "E", "E = m*v^2/2", [("m", "0.5", "kg"), ("v", "12", MS)], "J")

# ---------------------------------------------------------------- potential-energy
F = "potential-energy"
phys(F, TB, "A 60 kg climber ascends a 25 m rock face. Calculate her gain in gravitational potential energy. "
            "(g = 9.8 N/kg)",
     "E", "E = m*g*h", [("m", "60", "kg"), ("g", "9.8", MS2), ("h", "25", "m")], "J")
phys(F, TB, "How high must a 4 kg box be lifted for its gravitational potential energy to increase by 196 J? "
            "Take g as 9.8 m/s².",
     "h", "E = m*g*h", [("m", "4", "kg"), ("g", "9.8", MS2), ("E", "196", "J")], "m")
phys(F, WS, "ΔEp = ______ J\n   m = 800 g,   Δh = 1.5 m,   g = 9.8 N/kg",
     "E", "E = m*g*h", [("m", "0.8", "kg"), ("h", "1.5", "m"), ("g", "9.8", MS2)], "J")
phys(F, TC, "Oluwaseun carries a 12 kg bag of rice up to his flat on the fourth floor, 11 m above the street. "
            "It took him 40 seconds, but ignore that. How much potential energy has the bag gained?",
     "E", "E = m*g*h", [("m", "12", "kg"), ("h", "11", "m"), ("g", "9.8", MS2)], "J")
phys(F, TC, "On the Moon (g = 1.6 N/kg) a 180 kg rover climbs a crater wall and gains 8.64 kJ of potential "
            "energy. How much height did it gain?",
     "h", "E = m*g*h", [("m", "180", "kg"), ("g", "1.6", MS2), ("E", "8640", "J")], "m")
phys(F, ST, "how do u find gpe for a 2kg book on a 1.2 m shelf",
     "E", "E = m*g*h", [("m", "2", "kg"), ("h", "1.2", "m"), ("g", "9.8", MS2)], "J")

# ---------------------------------------------------------------- work-done
F = "work-done"
phys(F, TB, "Calculate the work done in lifting a 25 kg sack of potatoes vertically through 1.2 m at a steady "
            "speed. (g = 9.8 N/kg)",
     "W", "W = m*g*d", [("m", "25", "kg"), ("g", "9.8", MS2), ("d", "1.2", "m")], "J", chain=True)
phys(F, TB, "A crane does 54 kJ of work lifting a load with a steady force of 4.5 kN. Through what distance is "
            "the load raised?",
     "d", "W = F*d", [("W", "54000", "J"), ("F", "4500", "N")], "m")
phys(F, WS, "F = 80 N\ns = 350 cm\nW = ? J",
     "W", "W = F*d", [("F", "80", "N"), ("d", "3.5", "m")], "J")
phys(F, TC, "Hana drags her suitcase 400 m to the station, pulling with a steady 30 N along the path. How much "
            "work does her pull do? Don't be distracted by the suitcase's 15 kg; it isn't needed.",
     "W", "W = F*d", [("F", "30", "N"), ("d", "400", "m")], "J")
phys(F, TC, "A tractor does 1.2 MJ of work pulling a plough 150 m across a field. What constant force did it exert?",
     "F", "W = F*d", [("W", "1200000", "J"), ("d", "150", "m")], "N")
phys(F, ST, "work done if i push a box 5 m with 40 N",
     "W", "W = F*d", [("F", "40", "N"), ("d", "5", "m")], "J")

# ---------------------------------------------------------------- power
F = "power"
phys(F, TB, "An electric motor does 4800 J of work in 1 minute. Calculate its power output.",
     "P", "P = W/t", [("W", "4800", "J"), ("t", "60", "s")], "W")
phys(F, TB, "A 2.2 kW kettle is switched on for 3 minutes. How much energy does it transfer in that time?",
     "E", "P = E/t", [("P", "2200", "W"), ("t", "180", "s")], "J")
phys(F, WS, "P = ?\nWork done: 15 kJ\nTime: 25 s",
     "P", "P = W/t", [("W", "15000", "J"), ("t", "25", "s")], "W")
phys(F, TC, "Thabo, who has a mass of 60 kg, runs up a staircase 5 m high in 4.2 s. What power does he develop "
            "lifting himself? Find the energy he gains first, then divide by the time.",
     "P", "P = m*g*h/t", [("m", "60", "kg"), ("g", "9.8", MS2), ("h", "5", "m"), ("t", "4.2", "s")], "W",
     chain=True)
phys(F, TC, "A lift motor rated at 12 kW does 360 kJ of work on one trip. How long does the trip take, if the "
            "motor works at full power the whole way?",
     "t", "P = W/t", [("P", "12000", "W"), ("W", "360000", "J")], "s")
phys(F, ST, "power = ? if a machine does 500 J in 20 s",
     "P", "P = W/t", [("W", "500", "J"), ("t", "20", "s")], "W")

# ---------------------------------------------------------------- pressure
F = "pressure"
phys(F, TB, "A force of 600 N acts evenly over an area of 0.03 m². Calculate the pressure.",
     "p", "p = F/A", [("F", "600", "N"), ("A", "0.03", "m^2")], "Pa")
phys(F, TB, "A box exerts a pressure of 2.5 kPa on the floor through a base of area 0.4 m². What force does it exert?",
     "F", "p = F/A", [("p", "2500", "Pa"), ("A", "0.4", "m^2")], "N")
phys(F, WS, "F = 45 N\nA = 15 cm²\np = ______ Pa",
     "p", "p = F/A", [("F", "45", "N"), ("A", "0.0015", "m^2")], "Pa")
phys(F, TC, "Zainab's wardrobe has a mass of 85 kg and stands on four feet with a total contact area of 50 cm². "
            "What pressure does it put on the carpet? You'll need its weight first; g = 9.8.",
     "p", "p = m*g/A", [("m", "85", "kg"), ("g", "9.8", MS2), ("A", "0.005", "m^2")], "Pa", chain=True)
phys(F, TC, "The point of a drawing pin has an area of 0.2 mm². If your thumb pushes with 12 N, what is the "
            "pressure at the point? Answer in pascals; expect a big number.",
     "p", "p = F/A", [("F", "12", "N"), ("A", "0.0000002", "m^2")], "Pa")
phys(F, ST, "pressure under an elephants foot?? force is 12000 N and area 0.1 m2",
     "p", "p = F/A", [("F", "12000", "N"), ("A", "0.1", "m^2")], "Pa")

# ---------------------------------------------------------------- ohms-law
F = "ohms-law"
phys(F, TB, "A current of 0.5 A flows through a 24 Ω resistor. Calculate the potential difference across it.",
     "V", "V = I*R", [("I", "0.5", "A"), ("R", "24", "ohm")], "V")
phys(F, TB, "A 12 V battery is connected across a 4 Ω resistor and an 8 Ω resistor in series. "
            "Calculate the current in the circuit.",
     "I", "V = I*(R1 + R2)", [("V", "12", "V"), ("R1", "4", "ohm"), ("R2", "8", "ohm")], "A", chain=True)
phys(F, WS, "V = 9 V     I = 150 mA     R = ?",
     "R", "V = I*R", [("V", "9", "V"), ("I", "0.15", "A")], "ohm")
phys(F, TC, "Ingrid measures 4.5 V across a lamp with the voltmeter and 0.3 A through it with the ammeter. What "
            "is the lamp's resistance? The battery label says 6 V; ignore it and use what she measured.",
     "R", "V = I*R", [("V", "4.5", "V"), ("I", "0.3", "A")], "ohm")
phys(F, TC, "How much current flows through a 2.2 kΩ resistor with 11 V across it? Give the answer in amps, "
            "then think about whether milliamps would be nicer.",
     "I", "V = I*R", [("V", "11", "V"), ("R", "2200", "ohm")], "A")
phys(F, ST, "if R is 8 ohms and V is 12 volts whats I, is it 12 ÷ 8 or 8 ÷ 12",
     "I", "V = I*R", [("V", "12", "V"), ("R", "8", "ohm")], "A")

# ---------------------------------------------------------------- resistors
F = "resistors"
phys(F, TB, "Two resistors of 47 Ω and 33 Ω are connected in series. What is their combined resistance?",
     "R", "R = R1 + R2", [("R1", "47", "ohm"), ("R2", "33", "ohm")], "ohm")
phys(F, TB, "Resistors of 6 Ω and 12 Ω are joined in parallel. Calculate the total resistance of the combination.",
     "R", "R = R1*R2/(R1 + R2)", [("R1", "6", "ohm"), ("R2", "12", "ohm")], "ohm")
phys(F, WS, "Series circuit:   R1 = 1.5 kΩ,   R_total = 4 kΩ\n                  R2 = ______ Ω",
     "R2", "R = R1 + R2", [("R1", "1500", "ohm"), ("R", "4000", "ohm")], "ohm")
phys(F, TC, "Chidi needs 10 Ω in total but only has a 15 Ω resistor and a drawer full of others. If he puts a "
            "second resistor in parallel with the 15 Ω one, what value must it have? Hint: a parallel pair "
            "always comes out smaller than either resistor on its own.",
     "R2", "R = R1*R2/(R1 + R2)", [("R", "10", "ohm"), ("R1", "15", "ohm")], "ohm")
phys(F, TC, "In the lab, Noor wires a 20 Ω resistor in series with an unknown one across a 9 V battery, and the "
            "ammeter reads 0.25 A. Find the unknown resistance. Two steps: the total first, then the missing one.",
     "R2", "V/I = R1 + R2", [("V", "9", "V"), ("I", "0.25", "A"), ("R1", "20", "ohm")], "ohm", chain=True)
phys(F, ST, "2 resistors in parallel 100 ohm and 100 ohm whats the total?? is it 200",
     "R", "R = R1*R2/(R1 + R2)", [("R1", "100", "ohm"), ("R2", "100", "ohm")], "ohm")

# ---------------------------------------------------------------- electrical-power
F = "electrical-power"
phys(F, TB, "A hairdryer draws a current of 8 A from a 230 V supply. Calculate its power.",
     "P", "P = V*I", [("I", "8", "A"), ("V", "230", "V")], "W")
phys(F, TB, "A 60 W lamp runs from a 12 V supply. What current does it take?",
     "I", "P = V*I", [("P", "60", "W"), ("V", "12", "V")], "A")
phys(F, WS, "I = 0.2 A,   R = 500 Ω\nP = ? W        (use P = I²R)",
     "P", "P = I^2*R", [("I", "0.2", "A"), ("R", "500", "ohm")], "W")
phys(F, TC, "Tomás's phone charger delivers 2 A at 5 V. What power is that? The cable is 1.5 m long, which "
            "is of no use to you whatsoever.",
     "P", "P = V*I", [("I", "2", "A"), ("V", "5", "V")], "W")
phys(F, TC, "A 3 kW immersion heater runs from the 230 V mains. Work out the current it draws and round sensibly.",
     "I", "P = V*I", [("P", "3000", "W"), ("V", "230", "V")], "A")
phys(F, ST, "power in a 4 ohm resistor with 3 amps through it?",
     "P", "P = I^2*R", [("I", "3", "A"), ("R", "4", "ohm")], "W")

# ---------------------------------------------------------------- free-fall
F = "free-fall"
phys(F, TB, "A stone is dropped from rest down a well and hits the water 2.0 s later. Ignoring air resistance "
            "and taking g = 9.8 m/s², how far below the top is the water?",
     "h", "h = g*t^2/2", [("g", "9.8", MS2), ("t", "2", "s")], "m")
phys(F, TB, "An apple falls from rest. How fast is it moving after 0.6 s? Neglect air resistance.",
     "v", "v = g*t", [("g", "9.8", MS2), ("t", "0.6", "s")], MS)
phys(F, WS, "Dropped from rest:   h = 45 m,   g = 10 m/s²\n   t = ?",
     "t", "h = g*t^2/2", [("h", "45", "m"), ("g", "10", MS2)], "s")
phys(F, TC, "Leilani drops a coin off the pier and it takes 1.5 s to reach the water. How fast is it going when "
            "it hits? Assume no air resistance; it's a small, dense coin.",
     "v", "v = g*t", [("g", "9.8", MS2), ("t", "1.5", "s")], MS)
phys(F, TC, "On Mars, g is 3.7 m/s². A rover's arm lets go of a pebble, which falls 2.96 m from rest. How long "
            "does the fall take? There's hardly any air on Mars, so leave air resistance out.",
     "t", "h = g*t^2/2", [("g", "3.7", MS2), ("h", "2.96", "m")], "s")
phys(F, ST, "if i drop my phone from 1.8 m how long till it hits the floor (no air resistance)",
     "t", "h = g*t^2/2", [("g", "9.8", MS2), ("h", "1.8", "m")], "s")

# ---------------------------------------------------------------- suvat
F = "suvat"
phys(F, TB, "A car accelerates uniformly from 8 m/s to 20 m/s over a distance of 112 m. Find its acceleration.",
     "a", "v^2 = u^2 + 2*a*s", [("u", "8", MS), ("v", "20", MS), ("s", "112", "m")], MS2)
phys(F, TB, "A cyclist moving at 4 m/s accelerates at 0.5 m/s² for 10 s. How far does she travel in that time?",
     "s", "s = u*t + a*t^2/2", [("u", "4", MS), ("a", "0.5", MS2), ("t", "10", "s")], "m")
phys(F, WS, "u = 0,   a = 3 m/s²,   s = 24 m\nv = ?",
     "v", "v^2 = u^2 + 2*a*s", [("u", "0", MS), ("a", "3", MS2), ("s", "24", "m")], MS)
phys(F, TC, "A train approaching a station at 30 m/s brakes steadily and stops in 75 m. What is its "
            "acceleration? Expect a minus sign; it is slowing down.",
     "a", "v^2 = u^2 + 2*a*s", [("u", "30", MS), ("v", "0", MS), ("s", "75", "m")], MS2)
phys(F, TC, "Ask yourself which equation of motion has no a in it. Rafael rolls along a straight path on his "
            "skateboard, speeding up steadily from 1 m/s to 5 m/s in 4 s. How far does he go?",
     "s", "s = (u + v)*t/2", [("u", "1", MS), ("v", "5", MS), ("t", "4", "s")], "m")
phys(F, ST, "u = 2 m/s a = 4 m/s^2 t = 3 s find v and show working pls",
     "v", "v = u + a*t", [("u", "2", MS), ("a", "4", MS2), ("t", "3", "s")], MS)

# ---------------------------------------------------------------- impulse (1 textbook, 3 teacher)
F = "impulse"
phys(F, TB, "A golf club exerts an average force of 2000 N on a ball for 0.5 ms. Calculate the impulse on the ball.",
     "J", "J = F*t", [("F", "2000", "N"), ("t", "0.0005", "s")], "N s")
phys(F, WS, "F = 350 N,   Δt = 0.04 s\nImpulse = ? N s",
     "J", "J = F*t", [("F", "350", "N"), ("t", "0.04", "s")], "N s")
phys(F, TC, "A 0.45 kg football arrives at 10 m/s and Astrid kicks it straight back at 14 m/s. What impulse does "
            "her boot give it? Take the direction of the kick as positive, so the incoming velocity is negative.",
     "J", "J = m*(v - u)", [("m", "0.45", "kg"), ("u", "-10", MS), ("v", "14", MS)], "N s")
phys(F, TC, "A car's crumple zone stretches a crash out to 0.12 s. If the impulse on the driver is 1500 N s, what is "
            "the average force on him? (A car without a crumple zone stops in about 0.02 s; that's just for "
            "comparison, not for the calculation.)",
     "F", "J = F*t", [("J", "1500", "N s"), ("t", "0.12", "s")], "N")
phys(F, TC, "A 2 kg trolley starts from rest and is pushed by a constant 6 N force for 3 s. Use the idea that "
            "impulse equals change in momentum to find its final speed.",
     "v", "F*t = m*(v - u)", [("F", "6", "N"), ("t", "3", "s"), ("m", "2", "kg"), ("u", "0", MS)], MS)
phys(F, ST, "impulse = force x time right? so 25 N for 0.2 s is",
     "J", "J = F*t", [("F", "25", "N"), ("t", "0.2", "s")], "N s")

# ---------------------------------------------------------------- friction-level (1 textbook, 3 teacher)
F = "friction-level"
phys(F, TB, "A 20 kg box slides across a level floor. The coefficient of friction between the box and the floor "
            "is 0.3. Calculate the friction force on the box. (g = 9.8 m/s²)",
     "f", "f = mu*m*g", [("mu", "0.3", ""), ("m", "20", "kg"), ("g", "9.8", MS2)], "N")
phys(F, WS, "Horizontal surface.\n  m = 5 kg,  F = 30 N,  μ = 0.2,  g = 9.8 m/s²\n  F_net = ?",
     "F_net", "F_net = F - mu*m*g", [("m", "5", "kg"), ("F", "30", "N"), ("mu", "0.2", ""), ("g", "9.8", MS2)], "N")
phys(F, TC, "Yusuf drags a 40 kg sledge over flat snow at a constant speed, pulling horizontally with 58.8 N. "
            "Constant speed means friction exactly balances his pull. What is the coefficient of friction "
            "between sledge and snow?",
     "mu", "F = mu*m*g", [("F", "58.8", "N"), ("m", "40", "kg"), ("g", "9.8", MS2)], "")
phys(F, TC, "A 1200 kg car on a level road has a driving force of 4000 N from its engine, and the coefficient of "
            "friction acting against it is 0.25. Find the resultant force on the car. We'll leave air resistance "
            "out today.",
     "F_net", "F_net = F - mu*m*g", [("m", "1200", "kg"), ("F", "4000", "N"), ("mu", "0.25", ""), ("g", "9.8", MS2)],
     "N")
phys(F, TC, "A 3 kg block is pulled along a level bench by a 15 N horizontal force; μ between block and bench is "
            "0.4. Find the net force on the block. Hint: friction = μ × normal force, and on level ground the "
            "normal force equals the weight.",
     "F_net", "F_net = F - mu*m*g", [("m", "3", "kg"), ("F", "15", "N"), ("mu", "0.4", ""), ("g", "9.8", MS2)], "N")
phys(F, ST, "whats the friction on a 2 kg book sliding on a flat table if mu is 0.35",
     "f", "f = mu*m*g", [("mu", "0.35", ""), ("m", "2", "kg"), ("g", "9.8", MS2)], "N")

# ---------------------------------------------------------------- density (3 textbook, 1 of each other style)
F = "density"
phys(F, TB, "A block of aluminium has a mass of 540 g and a volume of 200 cm³. Calculate its density in kg/m³.",
     "rho", "rho = m/V", [("m", "0.54", "kg"), ("V", "0.0002", "m^3")], "kg/m^3")
phys(F, TB, "The density of sea water is 1025 kg/m³. Find the mass of 2.0 m³ of sea water.",
     "m", "rho = m/V", [("rho", "1025", "kg/m^3"), ("V", "2", "m^3")], "kg")
phys(F, TB, "What volume does 3.86 kg of gold occupy, given that the density of gold is 19 300 kg/m³?",
     "V", "rho = m/V", [("m", "3.86", "kg"), ("rho", "19300", "kg/m^3")], "m^3")
phys(F, WS, "ρ = ?\nm = 1.2 kg\nV = 1.5 litres",
     "rho", "rho = m/V", [("m", "1.2", "kg"), ("V", "0.0015", "m^3")], "kg/m^3")
phys(F, TC, "Elif finds a pebble of mass 78 g. She lowers it into a measuring cylinder and the water level rises "
            "from 50 ml to 80 ml. What is the pebble's density in kg/m³? The cylinder's own mass, 120 g, is a "
            "red herring.",
     "rho", "rho = m/V", [("m", "0.078", "kg"), ("V", "0.00003", "m^3")], "kg/m^3")
phys(F, ST, "density of a 2 kg thing with volume 0.004 m³ ?",
     "rho", "rho = m/V", [("m", "2", "kg"), ("V", "0.004", "m^3")], "kg/m^3")

# ---------------------------------------------------------------- wave-speed
F = "wave-speed"
phys(F, TB, "A wave on a rope has a frequency of 4 Hz and a wavelength of 1.5 m. Calculate its speed.",
     "v", "v = f*lam", [("f", "4", "Hz"), ("lam", "1.5", "m")], MS)
phys(F, TB, "A radio station broadcasts at 95 MHz. Taking the speed of radio waves as 3.0 × 10⁸ m/s, find the "
            "wavelength.",
     "lam", "v = f*lam", [("f", "95000000", "Hz"), ("v", "300000000", MS)], "m")
phys(F, WS, "v = 340 m/s\nλ = 85 cm\nf = ______ Hz",
     "f", "v = f*lam", [("v", "340", MS), ("lam", "0.85", "m")], "Hz")
phys(F, TC, "Sione watches ripples in the harbour. The crests are 2.4 m apart and the frequency is 0.5 Hz (he "
            "counted 5 crests passing the jetty in 10 seconds). Find the wave speed.",
     "v", "v = f*lam", [("f", "0.5", "Hz"), ("lam", "2.4", "m")], MS)
phys(F, TC, "Ultrasound travels through soft tissue at about 1540 m/s. If the scanner uses a wavelength of "
            "0.77 mm, what frequency is it working at? Answer in Hz, and then in MHz for fun.",
     "f", "v = f*lam", [("v", "1540", MS), ("lam", "0.00077", "m")], "Hz")
phys(F, ST, "wave speed = ? f is 50 hz wavelength is 6 m",
     "v", "v = f*lam", [("f", "50", "Hz"), ("lam", "6", "m")], MS)

# ---------------------------------------------------------------- out of scope (6 per style)
out(TB, "collision", "A 1.2 kg trolley moving at 3 m/s collides with a stationary 0.8 kg trolley, and the two "
                     "stick together. Calculate their common velocity just after the collision.")
out(TB, "inclined-plane", "A 5 kg block slides down a rough plane inclined at 30° to the horizontal. The "
                          "coefficient of friction between block and plane is 0.2. Find the acceleration of the block.")
out(TB, "specific-heat", "How much energy is needed to raise the temperature of 2 kg of water from 20 °C to 80 °C? "
                         "The specific heat capacity of water is 4200 J/(kg °C).")
out(TB, "lens", "An object is placed 30 cm from a converging lens of focal length 10 cm. Find the distance of the "
                "image from the lens.")
out(TB, "three-unknown-system", "Solve the simultaneous equations x + y + z = 6, 2x − y + z = 3 and x + 2y − z = 2.")
out(TB, "integration", "Evaluate the integral of 3x² + 2 with respect to x between the limits x = 0 and x = 2.")

out(WS, "mixed-circuit", "Q4.  R1 = 4 Ω in series with (R2 = 6 Ω ∥ R3 = 3 Ω)\n     Total resistance = ______ Ω")
out(WS, "moments", "6)  See-saw, pivot in the middle.\n    Child A: 300 N, 1.5 m from the pivot\n"
                   "    Child B: 450 N, ? m from the pivot\n    It balances. Find the distance.")
out(WS, "efficiency", "Motor:   energy in = 800 J,   useful energy out = 560 J\n   Efficiency = ______ %")
out(WS, "half-life", "Half-life = 8 days.    Start: 640 g.\n   Mass left after 24 days = ______ g")
out(WS, "trigonometric-equation", "7.  Solve for 0° ≤ θ ≤ 360°:     2 sin θ = 1")
out(WS, "projectile", "Horizontal launch\n   height = 20 m,   horizontal speed = 15 m/s\n   range = ? m")

out(TC, "projectile", "Leave air resistance out for now. Ayasha kicks a ball at 20 m/s at 35° above the ground: "
                      "how far away does it land? We'll split the velocity into components first, so have your "
                      "sin and cos ready.")
out(TC, "circular-motion", "A 0.3 kg conker whirls round on a 0.5 m string at 4 m/s. What tension is needed to keep "
                           "it moving in a circle? Think about which way the force points before you reach for a formula.")
out(TC, "refraction", "Bongani shines a laser from air into a glass block at an angle of incidence of 40°. The "
                      "refractive index of the glass is 1.5. Work out the angle of refraction; this is Snell's law, "
                      "not the wave equation.")
out(TC, "collision", "Two ice skaters, Kofi (70 kg) and Mei (50 kg), stand still together and then push apart. "
                     "Kofi moves off at 2 m/s. How fast does Mei move away? Think about the total momentum before "
                     "and after the push.")
out(TC, "three-resistors", "This circuit has three resistors in parallel, 10 Ω, 20 Ω and 20 Ω, across a 6 V cell. "
                           "Find the total resistance first, and yes, all three at once, don't just pair up two of them.")
out(TC, "statistics", "Here are six test marks: 12, 15, 9, 18, 15, 21. Find the mean and the median, and tell me "
                      "which of the two one very low score would drag down more.")

out(ST, "inclined-plane", "how do u do a block sliding down a ramp at 25 degrees with friction 0.15, mass 4 kg, "
                          "whats the acceleration")
out(ST, "mixed-circuit", "my circuit has a 5 ohm resistor then two 10 ohm ones in parallel after it, whats the "
                         "total resistance")
out(ST, "latent-heat", "whats the energy to melt 0.5 kg of ice at 0 degrees, latent heat is 334000 J/kg")
out(ST, "cubic-equation", "solve x^3 - 6x^2 + 11x - 6 = 0 pls")
out(ST, "collision", "a car hits a parked car and they stick together, car 1 is 1000 kg at 12 m/s and car 2 is "
                     "1500 kg, how fast do they go after")
out(ST, "exponential-equation", "2^x = 20 how do i even start, we never did logs")


def main():
    path = Path(__file__).with_name("part-b.jsonl")
    keys = ["id", "style", "text", "family", "task", "start", "unknown", "answer", "givens", "formula"]
    with path.open("w", encoding="utf-8") as f:
        for i, row in enumerate(ROWS, 1):
            row["id"] = f"h3-b{i:03d}"
            ordered = {k: row.get(k) for k in keys}
            if "topic" in row:
                ordered["topic"] = row["topic"]
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    chains = [r["id"] for r in ROWS if id(r) in CHAINS]
    print(f"{len(ROWS)} rows -> {path}; chains: {len(chains)} {chains}")


if __name__ == "__main__":
    main()
