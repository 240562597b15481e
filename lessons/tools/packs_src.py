"""Hand-written statement lists for the bundled packs (read by build_packs.py).

Every statement here was written for Stepwise. A problem with "family" gets its answer and worked solution from our
verified solver; a problem with "answer" (multiple choice) is written out in full.
"""

DESCRIPTIONS = {
    "V": "potential difference", "I": "current", "R": "resistance", "R_1": "first resistance",
    "R_2": "second resistance", "P": "power", "d": "distance", "t": "time", "v": "speed", "u": "initial velocity",
    "a": "acceleration", "s": "displacement", "h": "drop height",
}


def L(statement, family, equation, difficulty, skills, hints=None):
    p = {"statement": statement, "family": family, "params": {"equation": equation}, "difficulty": difficulty,
         "skills": skills}
    if hints:
        p["hints"] = hints
    return p


def P(statement, family, params, difficulty, skills, hints=None, answer=None):
    p = {"statement": statement, "family": family, "params": params, "difficulty": difficulty, "skills": skills}
    if hints:
        p["hints"] = hints
    if answer:
        p["answer"] = answer
    return p


def C(statement, choices, correct, difficulty, skills, hints=None):
    p = {"statement": statement, "answer": {"kind": "choice", "choices": choices, "correct": correct},
         "difficulty": difficulty, "skills": skills}
    if hints:
        p["hints"] = hints
    return p


def A(statement, task, start, steps, answer, difficulty, skills, hints=None):
    """A problem with an authored worked solution (no solver family can express it): steps are (text, math) pairs,
    checked by CurriculumTest step by step from work.start, the last one accepted by the answer spec."""
    p = {"statement": statement, "answer": answer, "work": {"task": task, "start": start},
         "solution": [{"text": t, "math": m} for t, m in steps], "difficulty": difficulty, "skills": skills}
    if hints:
        p["hints"] = hints
    return p


ONE, TWO, WORD = "one-step", "two-step", "forming-equations"

LINEAR_I = {
    "file": "linear-equations-i.json", "id": "linear-equations-i", "prefix": "lin1",
    "title": "Linear equations I: one and two steps", "subject": "math", "level": "Ages 11-13",
    "description": "Undo one operation, then two; turn short stories into equations and solve them.",
    "skills": [
        {"id": ONE, "title": "Solve one-step equations", "description": "Undo a single +, -, × or ÷ with its inverse."},
        {"id": TWO, "title": "Solve two-step equations", "description": "Undo the added number first, then the multiplier."},
        {"id": WORD, "title": "Form and solve equations", "description": "Write an equation from a story, then solve it."},
    ],
    "problems": [
        L("Solve $x + 9 = 23$.", "linear-one-step", "x + 9 = 23", 1, [ONE],
          ["What has been done to $x$?", "Take 9 away from both sides.", "$x = 23 - 9$"]),
        L("Solve $x - 6 = 15$.", "linear-one-step", "x - 6 = 15", 1, [ONE]),
        L("Solve $7x = 56$.", "linear-one-step", "7x = 56", 1, [ONE],
          ["$7x$ means 7 times $x$.", "Divide both sides by 7.", "$x = \\frac{56}{7}$"]),
        L("Solve $\\frac{x}{4} = 9$.", "linear-one-step", "x/4 = 9", 1, [ONE]),
        L("Solve $x - 13 = -5$.", "linear-one-step", "x - 13 = -5", 2, [ONE]),
        L("Solve $-3x = 27$.", "linear-one-step", "-3x = 27", 2, [ONE],
          ["The multiplier is negative.", "Divide both sides by $-3$.", "$x = \\frac{27}{-3}$"]),
        L("Amara had some stickers. Her friend Kenji gave her 14 more and now she has 41. "
          "Call the number she started with $x$, so $x + 14 = 41$. Solve it.", "linear-one-step", "x + 14 = 41", 2,
          [ONE, WORD]),
        L("Solve $2x + 3 = 17$.", "linear-two-step", "2x + 3 = 17", 2, [TWO],
          ["Deal with the $+3$ before the $2$.", "Subtract 3 from both sides, then divide by 2.", "$2x = 14$"]),
        L("Solve $5x - 8 = 27$.", "linear-two-step", "5x - 8 = 27", 2, [TWO]),
        L("Solve $9x + 4 = 49$.", "linear-two-step", "9x + 4 = 49", 2, [TWO]),
        L("Solve $4x + 11 = 3$, then check your answer by substituting it back.", "linear-two-step", "4x + 11 = 3", 3, [TWO],
          ["The answer can be negative.", "Subtract 11 from both sides, then divide by 4.", "$4x = -8$"]),
        L("Solve $6 - 2x = 20$.", "linear-two-step", "6 - 2x = 20", 3, [TWO]),
        L("A taxi in Lagos charges a fixed fee of 3 dollars plus 2 dollars for every kilometre. Chidi paid 19 dollars, "
          "so $2x + 3 = 19$ where $x$ is the distance in kilometres. Solve for $x$.", "linear-two-step", "2x + 3 = 19",
          3, [TWO, WORD],
          ["Which part of the fare does not depend on the distance?", "Take the fixed 3 away, then share by 2.",
           "$2x = 16$"]),
        L("Priya buys 4 identical notebooks and a pen that costs 5 pounds. She pays 25 pounds altogether. "
          "With $x$ the price of one notebook, $4x + 5 = 25$. Find $x$.", "linear-two-step", "4x + 5 = 25", 3,
          [TWO, WORD]),
        L("Think of a number, multiply it by 3 and subtract 7: the result is 32. Solve $3x - 7 = 32$ to find the "
          "number.", "linear-two-step", "3x - 7 = 32", 3, [TWO, WORD]),
        L("A coach for a school trip costs 120 pounds plus 8 pounds per student. Mr Okafor's bill is 360 pounds, "
          "so $8x + 120 = 360$. How many students went?", "linear-two-step", "8x + 120 = 360", 4, [TWO, WORD],
          ["The 120 is paid whatever the number of students.", "Subtract 120, then divide by 8.", "$8x = 240$"]),
        L("Solve $-5x + 12 = -13$.", "linear-two-step", "-5x + 12 = -13", 4, [TWO]),
        L("Solve $12 = 7x - 9$.", "linear-two-step", "12 = 7x - 9", 4, [TWO]),
        C("Which first step solves $3x + 4 = 19$ most directly?",
          ["Divide both sides by 4", "Subtract 4 from both sides", "Add 3 to both sides", "Multiply both sides by 3"],
          1, 1, [TWO], ["Undo the operations in reverse order.", "The $+4$ was applied last, so undo it first.",
                        "Subtract 4 from both sides."]),
        C("Which value of $x$ makes $2x - 1 = 9$ true?", ["4", "5", "6", "10"], 1, 1, [TWO]),
    ],
}

OHM, NET, POW = "ohms-law", "series-and-parallel", "electrical-power"

ELECTRICITY = {
    "file": "electricity.json", "id": "electricity-1", "prefix": "el",
    "title": "Electricity: Ohm's law, circuits and power", "subject": "physics", "level": "Ages 14-16",
    "description": "Potential difference, current and resistance; resistors in series and in parallel; electrical power.",
    "skills": [
        {"id": OHM, "title": "Ohm's law", "description": "V = I R, rearranged for any of the three."},
        {"id": NET, "title": "Series and parallel resistors", "description": "Total resistance of two resistors."},
        {"id": POW, "title": "Electrical power", "description": "P = V I and P = I^2 R."},
    ],
    "problems": [
        P("A torch bulb carries a current of $0.3\\,\\mathrm{A}$ and has a resistance of $15\\,\\Omega$. What is the "
          "potential difference across it?", "ohms-law", {"case": "0", "I": "0.3 A", "R": "15 Ω"}, 1, [OHM],
          ["Which law links potential difference, current and resistance?", "Use $V = I R$.",
           "$V = 0.3 \\times 15$"]),
        P("Lucía connects a $9\\,\\mathrm{V}$ battery across a $45\\,\\Omega$ resistor. Find the current in the "
          "resistor.", "ohms-law", {"case": "1", "V": "9 V", "R": "45 Ω"}, 1, [OHM]),
        P("When a phone cable has a potential difference of $5\\,\\mathrm{V}$ across it, the current is "
          "$2\\,\\mathrm{A}$. What is its resistance?", "ohms-law", {"case": "2", "V": "5 V", "I": "2 A"}, 2, [OHM],
          ["You know $V$ and $I$.", "Rearrange $V = I R$ to $R = \\frac{V}{I}$.", "$R = \\frac{5}{2}$"]),
        P("A heating element in Ingrid's kitchen draws $10\\,\\mathrm{A}$ from a $230\\,\\mathrm{V}$ supply. "
          "Work out its resistance.", "ohms-law", {"case": "2", "V": "230 V", "I": "10 A"}, 2, [OHM]),
        P("The resistor in Kwame's bicycle light is $2.2\\,\\mathrm{k\\Omega}$ and carries a current of "
          "$4\\,\\mathrm{mA}$. What potential difference is across it? Give the answer to 2 significant figures.",
          "ohms-law", {"case": "0", "I": "4 mA", "R": "2.2 kΩ"}, 3, [OHM],
          ["Convert to amperes and ohms first.", "$4\\,\\mathrm{mA} = 0.004\\,\\mathrm{A}$ and "
           "$2.2\\,\\mathrm{k\\Omega} = 2200\\,\\Omega$.", "$V = 0.004 \\times 2200$"], {"sigfigs": "2"}),
        P("A sensor resistor of $150\\,\\Omega$ has $3\\,\\mathrm{V}$ across it. Find the current.", "ohms-law",
          {"case": "1", "V": "3 V", "R": "150 Ω"}, 3, [OHM]),
        P("Aiko joins a $40\\,\\Omega$ resistor and a $60\\,\\Omega$ resistor in series. What is the total "
          "resistance?", "resistors", {"case": "0", "R_1": "40 Ω", "R_2": "60 Ω"}, 1, [NET],
          ["In series the current passes through both resistors.", "Add the resistances.", "$R = 40 + 60$"]),
        P("A string of fairy lights has two resistors, $220\\,\\Omega$ and $330\\,\\Omega$, in series. Find the "
          "total resistance.", "resistors", {"case": "0", "R_1": "220 Ω", "R_2": "330 Ω"}, 1, [NET]),
        P("Two identical $100\\,\\Omega$ resistors are connected side by side (in parallel). What is their total "
          "resistance?", "resistors", {"case": "1", "R_1": "100 Ω", "R_2": "100 Ω"}, 2, [NET]),
        P("A $30\\,\\Omega$ resistor and a $60\\,\\Omega$ resistor are connected in parallel. Find the total "
          "resistance.", "resistors", {"case": "1", "R_1": "30 Ω", "R_2": "60 Ω"}, 3, [NET],
          ["In parallel, the reciprocals add.", "$\\frac{1}{R} = \\frac{1}{30} + \\frac{1}{60}$",
           "$\\frac{1}{R} = \\frac{3}{60}$"]),
        P("Farid wires a $12\\,\\Omega$ and a $4\\,\\Omega$ resistor in parallel on his breadboard. What is the "
          "combined resistance?", "resistors", {"case": "1", "R_1": "12 Ω", "R_2": "4 Ω"}, 3, [NET]),
        P("A kettle on a $230\\,\\mathrm{V}$ supply draws a current of $8\\,\\mathrm{A}$. What is its power?",
          "electrical-power", {"case": "0", "V": "230 V", "I": "8 A"}, 1, [POW],
          ["Power is energy per second.", "Use $P = V I$.", "$P = 230 \\times 8$"]),
        P("Mei's laptop charger supplies $3.25\\,\\mathrm{A}$ at $20\\,\\mathrm{V}$. Find the power it delivers.",
          "electrical-power", {"case": "0", "V": "20 V", "I": "3.25 A"}, 2, [POW]),
        P("A $60\\,\\mathrm{W}$ lamp runs on $120\\,\\mathrm{V}$ mains in a flat in Toronto. What current does it "
          "draw?", "electrical-power", {"case": "1", "P": "60 W", "V": "120 V"}, 2, [POW]),
        P("A $2\\,\\mathrm{kW}$ fan heater is plugged into a $230\\,\\mathrm{V}$ socket. Find the current, to at "
          "least 2 significant figures.", "electrical-power", {"case": "1", "P": "2 kW", "V": "230 V"}, 3, [POW],
          ["Write the power in watts.", "Rearrange $P = V I$ to $I = \\frac{P}{V}$.", "$I = \\frac{2000}{230}$"],
          {"sigfigs": ">=2"}),
        P("A current of $5\\,\\mathrm{A}$ flows through an $8\\,\\Omega$ heating coil. What power does it "
          "transfer?", "electrical-power", {"case": "2", "I": "5 A", "R": "8 Ω"}, 3, [POW]),
        P("A $470\\,\\Omega$ resistor in Tomás's amplifier carries $0.5\\,\\mathrm{A}$. Find the power it "
          "dissipates.", "electrical-power", {"case": "2", "I": "0.5 A", "R": "470 Ω"}, 4, [POW],
          ["You know $I$ and $R$, not $V$.", "Use $P = I^2 R$.", "$P = 0.5^2 \\times 470$"]),
        C("In which unit is electrical resistance measured?", ["volt", "ampere", "ohm", "watt"], 2, 1, [OHM]),
        C("A second resistor is added in parallel with one already in a circuit. The total resistance becomes",
          ["larger", "smaller", "unchanged"], 1, 2, [NET],
          ["Think about the paths the current can take.", "Parallel gives the current an extra path.",
           "More paths means less resistance overall."]),
        C("The power rating of a lamp tells you", ["the energy it transfers each second",
                                                  "the charge passing each second",
                                                  "the energy carried by each coulomb"], 0, 2, [POW]),
    ],
}

PACKS = [LINEAR_I, ELECTRICITY]

SQ, FAC, FORM = "square-roots", "solve-by-factorising", "quadratic-formula"

QUADRATICS = {
    "file": "quadratic-equations.json", "id": "quadratic-equations-1", "prefix": "quad",
    "title": "Quadratic equations", "subject": "math", "level": "Ages 14-16",
    "description": "Solve quadratics by square roots, by factorising and with the formula; remember both roots.",
    "skills": [
        {"id": SQ, "title": "Solve by taking square roots", "description": "ax^2 + c = d: isolate x^2, then ±√."},
        {"id": FAC, "title": "Solve by factorising", "description": "Factorise, then set each bracket to zero."},
        {"id": FORM, "title": "Use the quadratic formula", "description": "x = (-b ± √(b^2 - 4ac)) / 2a."},
    ],
    "problems": [
        P("Solve ${start}$. Give both solutions.", "quadratic-square-root", {"a": "1", "c": "0", "root": "6"}, 1, [SQ],
          ["A square has two square roots.", "Take the square root of both sides and write $\\pm$.",
           "$x = \\pm 6$"]),
        P("Find every $x$ with ${start}$.", "quadratic-square-root", {"a": "1", "c": "-4", "root": "3"}, 2, [SQ]),
        P("What values of $x$ make ${start}$ true?", "quadratic-square-root", {"a": "2", "c": "0", "root": "5"}, 2, [SQ],
          ["Get $x^2$ on its own first.", "Divide both sides by 2, then square-root.", "$x^2 = 25$"]),
        P("A square rug has area $x^2$ square metres; with a 5 square-metre mat beside it the floor covered is "
          "${start}$ in square metres. Solve the equation (both roots).", "quadratic-square-root",
          {"a": "1", "c": "5", "root": "4"}, 3, [SQ]),
        P("Solve ${start}$.", "quadratic-square-root", {"a": "3", "c": "-7", "root": "2"}, 3, [SQ]),
        P("Solve ${start}$ by factorising.", "quadratic-factoring", {"r1": "2", "r2": "3"}, 2, [FAC],
          ["Find two numbers that multiply to 6 and add to $-5$.", "$(x - 2)(x - 3) = 0$",
           "Set each bracket to zero."]),
        P("Factorise and solve ${start}$.", "quadratic-factoring", {"r1": "-1", "r2": "-4"}, 2, [FAC]),
        P("Solve ${start}$ and check both roots.", "quadratic-factoring", {"r1": "5", "r2": "-2"}, 3, [FAC],
          ["The constant is negative, so the roots have opposite signs.", "$(x - 5)(x + 2) = 0$",
           "$x = 5$ or $x = -2$"]),
        P("Olu says the equation ${start}$ has two whole-number solutions. Find them.", "quadratic-factoring",
          {"r1": "7", "r2": "1"}, 3, [FAC]),
        P("Find both solutions of ${start}$.", "quadratic-factoring", {"r1": "-6", "r2": "4"}, 3, [FAC]),
        P("Solve $x^2 - 9x = 0$. One of the roots is zero.", "quadratic-factoring", {"r1": "0", "r2": "9"}, 3, [FAC],
          ["There is no constant term.", "Take $x$ out as a common factor.", "$x(x - 9) = 0$"]),
        P("Both roots of ${start}$ are negative. Find them.", "quadratic-factoring", {"r1": "-8", "r2": "-3"}, 4, [FAC]),
        P("Use the quadratic formula to solve ${start}$.", "quadratic-formula", {"a": "1", "b": "-7", "c": "10"}, 3,
          [FORM], ["Read off $a$, $b$ and $c$.", "$a = 1$, $b = -7$, $c = 10$; work out $b^2 - 4ac$ first.",
                   "$b^2 - 4ac = 49 - 40 = 9$"]),
        P("Solve ${start}$ with the formula.", "quadratic-formula", {"a": "2", "b": "-7", "c": "3"}, 4, [FORM]),
        P("Give the two roots of ${start}$ as exact fractions or integers.", "quadratic-formula", {"a": "3", "b": "1", "c": "-2"}, 4, [FORM]),
        P("Jamila's quadratic is ${start}$. Solve it with the quadratic formula.", "quadratic-formula",
          {"a": "2", "b": "5", "c": "-3"}, 4, [FORM],
          ["The leading coefficient is 2, so divide by $2a = 4$ at the end.", "$b^2 - 4ac = 25 + 24 = 49$",
           "$x = \\frac{-5 \\pm 7}{4}$"]),
        P("Solve ${start}$, giving the roots as fractions.", "quadratic-formula", {"a": "4", "b": "-4", "c": "-3"}, 5, [FORM]),
        C("How many real solutions does $x^2 = -9$ have?", ["none", "one", "two"], 0, 2, [SQ],
          ["Can a square be negative?", "No real number squared gives $-9$.", "So there are no real solutions."]),
        C("Which factorisation solves $x^2 + x - 12 = 0$?",
          ["$(x + 4)(x - 3) = 0$", "$(x - 4)(x + 3) = 0$", "$(x + 6)(x - 2) = 0$"], 0, 2, [FAC]),
        C("In the formula for $2x^2 - 3x + 1 = 0$, what is $b$?", ["$2$", "$-3$", "$3$", "$1$"], 1, 1, [FORM]),
        C("The discriminant $b^2 - 4ac$ of a quadratic is 0. How many distinct real roots are there?",
          ["none", "one", "two"], 1, 3, [FORM]),
    ],
}

PACKS.append(QUADRATICS)
