"""Expanding and factorising (issue 19): statements written for Stepwise.

Solver-backed problems use the expand-brackets, simplify-expression and factorise-quadratic families; single brackets,
non-monic quadratics, differences of two squares and longer expressions have an authored worked solution, checked step
by step by CurriculumTest. Expanding answers must be fully expanded and factorising answers fully factorised (the
answer spec's form), so a common factor left inside a bracket is only partly right.
"""
from packs_src import A, C, P

COLLECT, EXPAND, COMMON, QUAD = "collecting-terms", "expanding-brackets", "common-factors", "factorising-quadratics"
EXPANDED = {"form": "expanded"}
FACTORED = {"form": "factored"}


def ex(value):
    return {"kind": "expression", "value": value, "form": "expanded"}


def fa(value):
    return {"kind": "expression", "value": value, "form": "factored"}


PACK = {
    "file": "expanding-factorising.json", "id": "expanding-factorising-1", "prefix": "ef",
    "title": "Expanding and factorising", "subject": "math", "level": "Ages 13-15",
    "description": "Collect like terms, multiply out single and double brackets, take out common factors and "
                   "factorise quadratics, including the difference of two squares.",
    "skills": [
        {"id": COLLECT, "title": "Collect like terms", "description": "Add the x-terms together and the numbers together."},
        {"id": EXPAND, "title": "Expand brackets", "description": "Multiply every term inside by the term outside; "
                                                                  "for two brackets, each term by each term."},
        {"id": COMMON, "title": "Take out a common factor", "description": "Put the highest common factor outside a bracket."},
        {"id": QUAD, "title": "Factorise quadratics", "description": "Two brackets for x^2 + bx + c, ax^2 + bx + c and "
                                                                      "a difference of two squares."},
    ],
    "problems": [
        # collecting like terms
        P("Put the $x$ terms together and the plain numbers together to simplify ${start}$.", "simplify-expression",
          {"kind": "collect", "a": "4", "b": "3", "c": "2", "d": "5", "x": "x"}, 1, [COLLECT],
          ["Which terms are alike? The ones with $x$, and the plain numbers.", "Add $4x$ and $2x$; then add 3 and 5.",
           "$6x + 8$"], EXPANDED),
        P("Ebere writes her spending as ${start}$. Rewrite it with one $y$ term and one number.", "simplify-expression",
          {"kind": "collect", "a": "5", "b": "-2", "c": "3", "d": "6", "x": "y"}, 1, [COLLECT], None, EXPANDED),
        P("Careful with the signs: simplify ${start}$, keeping each sign with the term after it.", "simplify-expression",
          {"kind": "collect", "a": "7", "b": "4", "c": "-3", "d": "-9", "x": "x"}, 2, [COLLECT],
          ["The minus sign belongs to the term that follows it.", "Work out $7x - 3x$ and $4 - 9$ separately.",
           "$4x - 5$"], EXPANDED),
        A("Tamsin is edging a triangular flower bed whose sides are $2x + 3$, $x + 4$ and $3x - 1$ metres long. "
          "Write the total length of edging (the perimeter) in its shortest form.", "simplify",
          "(2x + 3) + (x + 4) + (3x - 1)",
          [("Add the three sides; the brackets can go because we are only adding.", "2x + 3 + x + 4 + 3x - 1"),
           ("Put the x-terms together and the numbers together.", "2x + x + 3x + 3 + 4 - 1"),
           ("Add the like terms.", "6x + 6")], ex("6x + 6"), 2, [COLLECT]),
        P("Multiply out the bracket first, then gather the like terms: ${start}$.", "simplify-expression",
          {"kind": "bracket", "a": "3", "b": "4", "c": "2", "d": "1", "x": "x"}, 2, [COLLECT, EXPAND],
          ["There are two jobs: the bracket, then the like terms.", "$3(x + 4) = 3x + 12$; now add the $2x$.",
           "$5x + 12$"], EXPANDED),
        P("Simplify ${start}$. The number in front of the bracket is negative.", "simplify-expression",
          {"kind": "bracket", "a": "-2", "b": "5", "c": "7", "d": "1", "x": "y"}, 3, [COLLECT, EXPAND], None, EXPANDED),
        A("Show that $4(2x - 3) - 3(x - 5)$ simplifies to an expression of the form $ax + b$, and find it.", "simplify",
          "4(2x - 3) - 3(x - 5)",
          [("Multiply out both brackets; minus 3 times minus 5 is plus 15.", "8x - 12 - 3x + 15"),
           ("Collect the x-terms and the numbers.", "5x + 3")], ex("5x + 3"), 4, [COLLECT, EXPAND],
          ["The second bracket is multiplied by $-3$, not by $3$.", "$-3 \\times x = -3x$ and $-3 \\times (-5) = +15$.",
           "$8x - 12 - 3x + 15$"]),
        # expanding brackets
        A("Expand $5(x + 3)$.", "expand", "5(x + 3)",
          [("Multiply each term inside the bracket by 5.", "5 × x + 5 × 3"), ("Work out each product.", "5x + 15")],
          ex("5x + 15"), 1, [EXPAND],
          ["The 5 multiplies everything inside the bracket.", "Work out $5 \\times x$ and $5 \\times 3$.",
           "$5x + 15$"]),
        A("Ana, Bongani and Chen each pay $2x - 7$ dollars for a concert ticket with a student discount. Write the "
          "total $3(2x - 7)$ without brackets.", "expand", "3(2x - 7)",
          [("Multiply each term inside by 3.", "3 × 2x - 3 × 7"), ("Work out each product.", "6x - 21")],
          ex("6x - 21"), 1, [EXPAND]),
        A("A vegetable patch is $x$ metres wide and $x + 9$ metres long. Multiply out $x(x + 9)$ to give its area "
          "without brackets.", "expand", "x(x + 9)",
          [("Multiply each term inside by x.", "x × x + x × 9"), ("Write the products.", "x^2 + 9x")],
          ex("x^2 + 9x"), 2, [EXPAND],
          ["Area is width times length.", "$x \\times x = x^2$ and $x \\times 9 = 9x$.", "$x^2 + 9x$"]),
        P("Use a two-by-two grid (or multiply each term by each term) to expand ${start}$.", "expand-brackets",
          {"kind": "product", "a": "3", "b": "5"}, 2, [EXPAND],
          ["Each of the two terms in the first bracket meets each term in the second: four products.",
           "$x \\cdot x$, $x \\cdot 5$, $3 \\cdot x$ and $3 \\cdot 5$.", "$x^2 + 5x + 3x + 15$"], EXPANDED),
        P("Expand ${start}$ and collect the two middle terms into one.", "expand-brackets",
          {"kind": "product", "a": "-4", "b": "6"}, 2, [EXPAND], None, EXPANDED),
        P("Lars says that ${start}$ equals $x^2 + 25$. Expand it properly to show what it really is.",
          "expand-brackets", {"kind": "square", "a": "5", "b": "1"}, 3, [EXPAND],
          ["Squaring a bracket means multiplying it by itself.", "Write $(x + 5)(x + 5)$ and find all four products.",
           "$x^2 + 5x + 5x + 25$"], EXPANDED),
        P("Multiply out ${start}$. What happens to the $x$ terms?", "expand-brackets",
          {"kind": "difference", "a": "8", "b": "1"}, 3, [EXPAND], None, EXPANDED),
        A("A photo frame in Kofi's room measures $2x + 3$ centimetres by $x - 4$ centimetres. Expand "
          "$(2x + 3)(x - 4)$ to write its area as a quadratic expression.", "expand", "(2x + 3)(x - 4)",
          [("Multiply each term of the first bracket by each term of the second.", "2x^2 - 8x + 3x - 12"),
           ("Collect the x-terms.", "2x^2 - 5x - 12")], ex("2x^2 - 5x - 12"), 4, [EXPAND],
          ["This time the first bracket starts with $2x$.", "$2x \\cdot x = 2x^2$, $2x \\cdot (-4) = -8x$, "
           "$3 \\cdot x = 3x$, $3 \\cdot (-4) = -12$.", "$2x^2 - 8x + 3x - 12$"]),
        A("Expand and simplify $(3x - 2)^2$.", "expand", "(3x - 2)^2",
          [("Write the square as a product of two brackets.", "(3x - 2)(3x - 2)"),
           ("Multiply each term by each term.", "9x^2 - 6x - 6x + 4"),
           ("Collect the x-terms.", "9x^2 - 12x + 4")], ex("9x^2 - 12x + 4"), 4, [EXPAND]),
        A("Expand $(x + 2)(x^2 - 3x + 1)$. The second bracket has three terms, so there are six products.", "expand",
          "(x + 2)(x^2 - 3x + 1)",
          [("Multiply each term of the long bracket by x, then by 2.", "x^3 - 3x^2 + x + 2x^2 - 6x + 2"),
           ("Collect the x^2 terms and the x terms.", "x^3 - x^2 - 5x + 2")], ex("x^3 - x^2 - 5x + 2"), 5, [EXPAND],
          ["Take one term of the short bracket at a time.", "First $x(x^2 - 3x + 1)$, then $2(x^2 - 3x + 1)$.",
           "$x^3 - 3x^2 + x + 2x^2 - 6x + 2$"]),
        # common factors
        P("Find the highest common factor of the two terms of ${start}$ and take it outside a bracket.",
          "factorise-quadratic", {"kind": "common", "k": "4", "a": "3", "b": "-5"}, 1, [COMMON],
          ["Which number divides both 12 and 20?", "The highest common factor is 4: divide each term by 4.",
           "$4(3x - 5)$"], FACTORED),
        P("A gym charges ${start}$ dollars for $x$ classes plus a joining fee. Write this with its common factor "
          "outside a bracket.", "factorise-quadratic", {"kind": "common", "k": "6", "a": "1", "b": "4"}, 1, [COMMON],
          None, FACTORED),
        P("Sipho needs ${start}$ tiles for a pattern. Factorise the expression fully.", "factorise-quadratic",
          {"kind": "common", "k": "5", "a": "2", "b": "7"}, 2, [COMMON], None, FACTORED),
        A("Both terms of $x^2 + 7x$ contain $x$. Use this to factorise it.", "factor", "x^2 + 7x",
          [("Write each term as x times something.", "x × x + x × 7"), ("Take x outside a bracket.", "x(x + 7)")],
          fa("x(x + 7)"), 2, [COMMON]),
        A("Factorise $6x^2 - 15x$ completely: the common factor has a number part and a letter part.", "factor",
          "6x^2 - 15x",
          [("The highest common factor of 6x^2 and 15x is 3x.", "3x × 2x - 3x × 5"),
           ("Take 3x outside a bracket.", "3x(2x - 5)")], fa("3x(2x - 5)"), 3, [COMMON],
          ["Look for a common number and a common letter.", "3 divides 6 and 15, and $x$ divides $x^2$ and $x$.",
           "$3x(2x - 5)$"]),
        C("Which of these is $8x^2 + 12x$ fully factorised?",
          ["$4(2x^2 + 3x)$", "$x(8x + 12)$", "$4x(2x + 3)$", "$2x(4x + 6)$"], 2, 3, [COMMON],
          ["Fully factorised means nothing more can come out of the bracket.",
           "Check each bracket: can a number or an $x$ still be taken out?", "Only $4x(2x + 3)$ leaves nothing."]),
        # factorising quadratics
        P("Factorise ${start}$ into two brackets, then multiply them out again to check.", "factorise-quadratic",
          {"kind": "quadratic", "p": "2", "q": "5"}, 2, [QUAD],
          ["You need two numbers that multiply to 10 and add to 7.", "Try the factor pairs of 10: 1 and 10, 2 and 5.",
           "$(x + 2)(x + 5)$"], FACTORED),
        P("The constant of ${start}$ is positive and the middle coefficient negative. Factorise it.",
          "factorise-quadratic", {"kind": "quadratic", "p": "-3", "q": "-4"}, 2, [QUAD], None, FACTORED),
        P("Factorise ${start}$. Think about which of the two numbers must be negative.", "factorise-quadratic",
          {"kind": "quadratic", "p": "6", "q": "-2"}, 3, [QUAD],
          ["The constant is negative, so the two numbers have different signs.",
           "Find numbers with product $-12$ and sum $4$.", "$6$ and $-2$"], FACTORED),
        A("Factorise $x^2 - 49$. There is no $x$ term: what kind of expression is it?", "factor", "x^2 - 49",
          [("Write it as a difference of two squares.", "x^2 - 7^2"),
           ("Use a^2 - b^2 = (a - b)(a + b).", "(x - 7)(x + 7)")], fa("(x - 7)(x + 7)"), 3, [QUAD],
          ["49 is a square number.", "$a^2 - b^2 = (a - b)(a + b)$ with $a = x$ and $b = 7$.",
           "$(x - 7)(x + 7)$"]),
        A("Factorise $4x^2 - 25$.", "factor", "4x^2 - 25",
          [("Both terms are squares: 4x^2 = (2x)^2 and 25 = 5^2.", "(2x)^2 - 5^2"),
           ("Use the difference of two squares.", "(2x - 5)(2x + 5)")], fa("(2x - 5)(2x + 5)"), 4, [QUAD]),
        A("Factorise $2x^2 + 7x + 3$ by splitting the middle term.", "factor", "2x^2 + 7x + 3",
          [("Find two numbers that multiply to 2 × 3 = 6 and add to 7: 6 and 1.", "2x^2 + 6x + x + 3"),
           ("Factorise each pair.", "2x(x + 3) + 1(x + 3)"),
           ("Take out the common bracket.", "(2x + 1)(x + 3)")], fa("(2x + 1)(x + 3)"), 4, [QUAD],
          ["Multiply the first and last coefficients: $2 \\times 3 = 6$.",
           "Find two numbers that multiply to 6 and add to 7, then split $7x$ with them.",
           "$2x^2 + 6x + x + 3$"]),
        A("Factorise $3x^2 - 12x - 36$ fully. Look for a common factor before you look for brackets.", "factor",
          "3x^2 - 12x - 36",
          [("Take out the common factor 3.", "3(x^2 - 4x - 12)"),
           ("Two numbers that multiply to -12 and add to -4 are -6 and 2.", "3(x - 6)(x + 2)")],
          fa("3(x - 6)(x + 2)"), 5, [QUAD, COMMON],
          ["Every coefficient is a multiple of 3.", "Write $3(x^2 - 4x - 12)$ and factorise the bracket.",
           "$3(x - 6)(x + 2)$"]),
    ],
}
