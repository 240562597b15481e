"""Exponents (indices) (issue 19): statements written for Stepwise.

The index laws for multiplying, dividing and raising powers come from the exponent-rules solver family; zero and
negative indices, powers of products, quotients with coefficients, evaluating powers and an exponential equation have an
authored worked solution, checked step by step by CurriculumTest.
"""
from packs_src import A, C, P

LAWS, POWER, ZERO_NEG = "multiply-divide-powers", "power-of-a-power", "zero-negative-indices"


def expr(value, form=None):
    a = {"kind": "expression", "value": value}
    if form:
        a["form"] = form
    return a


def num(value, tolerance=None):
    a = {"kind": "numeric", "value": value}
    if tolerance:
        a["tolerance"] = tolerance
    return a


def law(kind, m, n, x="x", a="2", b="3"):
    return {"kind": kind, "m": m, "n": n, "a": a, "b": b, "x": x}


PACK = {
    "file": "exponents.json", "id": "exponents-1", "prefix": "ind",
    "title": "Exponents (indices)", "subject": "math", "level": "Ages 13-16",
    "description": "Multiply and divide powers of the same base, raise a power to a power, and work with zero and "
                   "negative indices.",
    "skills": [
        {"id": LAWS, "title": "Multiply and divide powers", "description": "Same base: add the indices to multiply, "
                                                                           "subtract them to divide."},
        {"id": POWER, "title": "Raise a power to a power", "description": "Multiply the indices; every factor inside "
                                                                          "the bracket is raised."},
        {"id": ZERO_NEG, "title": "Zero and negative indices", "description": "a^0 = 1 and a^(-n) = 1/a^n."},
    ],
    "problems": [
        C("What does $x^3$ mean?", ["$3x$", "$x \\times x \\times x$", "$x + x + x$", "$x^2 + x$"], 1, 1, [LAWS],
          ["The index says how many times the base appears.", "Here the base is $x$ and the index is 3.",
           "$x^3 = x \\times x \\times x$"]),
        P("Write $x^{3} \\times x^{4}$ as a single power of $x$.", "exponent-rules", law("multiply", "3", "4"), 1,
          [LAWS],
          ["Write out the factors: three $x$'s, then four more.", "Multiplying powers of the same base: add the "
           "indices.", "$x^{3 + 4}$"]),
        P("Simplify $a^{5} \\times a^{2}$, leaving your answer as a power of $a$.", "exponent-rules",
          law("multiply", "5", "2", "a"), 1, [LAWS]),
        P("Divide: write $y^{7} \\div y^{3}$ as one power of $y$.", "exponent-rules", law("divide", "4", "3", "y"), 1,
          [LAWS],
          ["Three of the seven $y$'s on top cancel with the three underneath.",
           "Dividing powers of the same base: subtract the indices.", "$y^{7 - 3}$"]),
        P("Simplify $x^{8} \\div x^{2}$. Why is the answer not $x^{4}$?", "exponent-rules", law("divide", "6", "2"), 2,
          [LAWS]),
        A("Dr Osei's bacteria culture starts with $2^{5}$ cells, and by the evening the number has been multiplied by "
          "$2^{3}$. Write the evening count as a single power of 2.", "simplify", "2^5 × 2^3",
          [("Same base, so add the indices.", "2^(5 + 3)"), ("Add.", "2^8")], expr("2^8"), 2, [LAWS]),
        P("Find $3x^{2} \\times 4x^{5}$ in its simplest form.", "exponent-rules",
          law("coefficients", "2", "5", "x", "3", "4"), 2, [LAWS],
          ["Deal with the numbers and the powers of $x$ separately.", "Multiply $3 \\times 4$; add the indices "
           "$2 + 5$.", "$12x^{7}$"]),
        P("Multiply $5y^{4}$ by $6y^{3}$ and give the result in its simplest form.", "exponent-rules", law("coefficients", "4", "3", "y", "5", "6"), 3,
          [LAWS]),
        A("Simplify $\\frac{12x^{7}}{4x^{3}}$.", "simplify", "12x^7 / (4x^3)",
          [("Divide the numbers and subtract the indices of x.", "(12/4) × x^(7 - 3)"), ("Work out both.", "3x^4")],
          expr("3x^4", "simplified-fraction"), 3, [LAWS],
          ["Split it into a number part and an $x$ part.", "$\\frac{12}{4}$ and $\\frac{x^7}{x^3}$.", "$3x^{4}$"]),
        A("A phone stores $2^{36}$ bytes and a memory stick $2^{30}$ bytes. How many times as much does the phone "
          "store? Give a whole number.", "evaluate", "2^36 / 2^30",
          [("Same base: subtract the indices.", "2^(36 - 30)"), ("Subtract.", "2^6"), ("Work out the power.", "64")],
          num("64"), 3, [LAWS]),
        A("Simplify $\\frac{x^{4} \\times x^{5}}{x^{6}}$.", "simplify", "(x^4 × x^5) / x^6",
          [("Multiply on top: add the indices.", "x^9 / x^6"), ("Divide: subtract the indices.", "x^3")],
          expr("x^3", "simplified-fraction"), 4, [LAWS]),
        # power of a power
        P("Write $(x^{3})^{4}$ as a single power.", "exponent-rules", law("power", "3", "4"), 2, [POWER],
          ["$(x^3)^4$ means four lots of $x^3$ multiplied together.", "A power of a power: multiply the indices.",
           "$x^{3 \\times 4}$"]),
        P("Write $(a^{2})^{5}$ as a single power of $a$ by multiplying the indices.", "exponent-rules", law("power", "2", "5", "a"), 2, [POWER]),
        A("Simplify $(2x^{3})^{4}$. Remember that the 2 is inside the bracket too.", "simplify", "(2x^3)^4",
          [("Raise each factor to the power 4.", "2^4 × (x^3)^4"), ("Work out both.", "16x^12")], expr("16x^12"), 3,
          [POWER],
          ["Everything inside the bracket is raised to the power 4.", "$(2x^3)^4 = 2^4 \\times (x^3)^4$.",
           "$16x^{12}$"]),
        A("Hannah thinks $(3a^{2}b)^{3} = 3a^{6}b^{3}$. Simplify it correctly.", "simplify", "(3a^2 b)^3",
          [("Raise each factor to the power 3.", "3^3 × (a^2)^3 × b^3"), ("Work out each part.", "27a^6 b^3")],
          expr("27a^6 b^3"), 4, [POWER]),
        A("Simplify $(2x^{3}y^{2})^{2} \\times 3xy^{4}$.", "simplify", "(2x^3 y^2)^2 × 3x y^4",
          [("Square each factor in the bracket.", "4x^6 y^4 × 3x y^4"),
           ("Multiply the numbers and add the indices of x and of y.", "12x^7 y^8")], expr("12x^7 y^8"), 5,
          [POWER, LAWS],
          ["Do the bracket first.", "$(2x^3y^2)^2 = 4x^6y^4$; then multiply by $3xy^4$.", "$12x^{7}y^{8}$"]),
        C("Which expression equals $(x^{2})^{3} \\times x$?", ["$x^{6}$", "$x^{7}$", "$x^{9}$", "$x^{5}$"], 1, 3,
          [POWER, LAWS]),
        # zero and negative indices
        A("Without a calculator, work out $7^{0}$.", "evaluate", "7^0", [("Any non-zero number to the power 0 is 1.", "1")],
          num("1"), 1, [ZERO_NEG],
          ["Look at the pattern $7^2 = 49$, $7^1 = 7$: each step down divides by 7.", "So $7^0 = 7 \\div 7$.",
           "$7^0 = 1$"]),
        C("Zainab says $4^{0} = 0$ and Tomasz says $4^{0} = 1$. Who is right?",
          ["Zainab", "Tomasz", "neither of them: $4^{0} = 4$"], 1, 1, [ZERO_NEG]),
        A("Write $2^{-3}$ as a fraction.", "evaluate", "2^(-3)",
          [("A negative index means one over the positive power.", "1/2^3"), ("Work out the power.", "1/8")],
          num("1/8"), 2, [ZERO_NEG],
          ["A negative index does not make the number negative.", "$2^{-3} = \\frac{1}{2^3}$.", "$\\frac{1}{8}$"]),
        A("Evaluate $5^{-2}$.", "evaluate", "5^(-2)",
          [("One over the positive power.", "1/5^2"), ("Work out the power.", "1/25")], num("1/25"), 2, [ZERO_NEG]),
        A("A grain of fine sand is about $10^{-3}$ metres across. Write $10^{-3}$ as a decimal.", "evaluate",
          "10^(-3)", [("One over the positive power.", "1/10^3"), ("Work it out.", "1/1000"),
                      ("Write it as a decimal.", "0.001")], num("0.001"), 2, [ZERO_NEG]),
        C("Which of these is equal to $x^{-4}$?", ["$-4x$", "$\\frac{1}{x^{4}}$", "$-x^{4}$", "$x^{\\frac{1}{4}}$"], 1,
          2, [ZERO_NEG],
          ["A negative index is about dividing, not about a minus sign.", "$x^{-4} = 1 \\div x^{4}$.",
           "$\\frac{1}{x^{4}}$"]),
        A("Evaluate $\\left(\\frac{1}{2}\\right)^{-3}$.", "evaluate", "(1/2)^(-3)",
          [("A negative index flips the fraction.", "2^3"), ("Work out the power.", "8")], num("8"), 3, [ZERO_NEG],
          ["What is the reciprocal of $\\frac{1}{2}$?", "$\\left(\\frac{1}{2}\\right)^{-3} = 2^3$.", "$8$"]),
        A("Simplify $x^{3} \\div x^{5}$ and write it with a negative index.", "simplify", "x^3 / x^5",
          [("Subtract the indices.", "x^(3 - 5)"), ("Work out the index.", "x^(-2)")],
          expr("x^(-2)", "simplified-fraction"), 3, [ZERO_NEG, LAWS]),
        A("Simplify $(3y)^{0} + 4y^{0}$, where $y$ is not zero.", "simplify", "(3y)^0 + 4y^0",
          [("Anything non-zero to the power 0 is 1: (3y)^0 = 1 and y^0 = 1.", "1 + 4 × 1"), ("Add.", "5")],
          expr("5"), 3, [ZERO_NEG],
          ["Look carefully at what each index 0 applies to.", "$(3y)^0 = 1$, but $4y^0 = 4 \\times y^0$.",
           "$1 + 4$"]),
        A("Simplify $2x^{-3} \\times 5x^{7}$.", "simplify", "2x^(-3) × 5x^7",
          [("Multiply the numbers and add the indices.", "10x^(-3 + 7)"), ("Work out the index.", "10x^4")],
          expr("10x^4"), 4, [ZERO_NEG, LAWS]),
        A("Simplify $\\frac{6x^{-2}}{3x^{-5}}$.", "simplify", "6x^(-2) / (3x^(-5))",
          [("Divide the numbers and subtract the indices.", "2x^(-2 - (-5))"), ("Work out the index.", "2x^3")],
          expr("2x^3", "simplified-fraction"), 4, [ZERO_NEG, LAWS],
          ["Subtracting a negative index adds it.", "$-2 - (-5) = -2 + 5$.", "$2x^{3}$"]),
        A("Solve $2^{x} = \\frac{1}{16}$.", "solve", "2^x = 1/16",
          [("Write 1/16 as a power of 2.", "2^x = 2^(-4)"), ("The indices must be equal.", "x = -4")],
          {"kind": "equation", "value": "x = -4"}, 5, [ZERO_NEG],
          ["16 is a power of 2.", "$\\frac{1}{16} = \\frac{1}{2^4} = 2^{-4}$.", "$2^x = 2^{-4}$"]),
        C("Which expression equals $\\frac{x^{2} \\times x^{-5}}{x^{-4}}$?",
          ["$x$", "$x^{-7}$", "$x^{11}$", "$x^{-1}$"], 0, 5, [ZERO_NEG, LAWS]),
    ],
}
