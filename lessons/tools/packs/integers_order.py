"""Integers and order of operations (ages 11-12): negative numbers, BIDMAS, powers and brackets. Written for Stepwise."""
from packs_src import A, C, P

NEG, ORDER, POW = "negative-numbers", "order-of-operations", "powers-and-brackets"


def num(value):
    return {"kind": "numeric", "value": value}


def I(statement, expression, difficulty, skills, hints=None):
    """A problem the integer-arithmetic solver works step by step."""
    return P(statement, "integer-arithmetic", {"expression": expression}, difficulty, skills, hints)


PACK = {
    "file": "integers-and-order-of-operations.json", "id": "integers-and-order-of-operations", "prefix": "int",
    "title": "Integers and the order of operations", "subject": "math", "level": "Ages 11-12",
    "description": "Add, subtract, multiply and divide negative numbers; brackets, powers, then × and ÷, then + and −.",
    "skills": [
        {"id": NEG, "title": "Calculate with negative numbers",
         "description": "Add, subtract, multiply and divide with numbers below zero."},
        {"id": ORDER, "title": "Use the order of operations",
         "description": "Brackets first, then × and ÷, then + and −, working left to right."},
        {"id": POW, "title": "Powers and brackets",
         "description": "Squares and cubes come before × and ÷; a bracket changes what is worked out first."},
    ],
    "problems": [
        A("At dawn in Ulaanbaatar the thermometer read $-14\\,\\degree\\mathrm{C}$. By noon it had risen by 9 "
          "degrees. What was the temperature at noon, in degrees Celsius?", "evaluate", "-14 + 9",
          [("Rising by 9 degrees means adding 9: count up 9 from $-14$.", "-14 + 9 = -5")], num("-5"), 1, [NEG],
          ["Picture a thermometer: which way does the reading move when it gets warmer?",
           "Start at $-14$ and add 9.", "$-14 + 9$ is 9 steps up from $-14$, which passes $-10$ and stops at $-5$."]),
        A("Sipho's bank account is overdrawn: his balance is $-35$ rand. He pays in 60 rand. What is his balance "
          "now, in rand?", "evaluate", "-35 + 60",
          [("Paying in adds to the balance.", "-35 + 60 = 25")], num("25"), 1, [NEG]),
        A("A hotel lift in Seoul starts on floor 3 and goes down 5 floors to the car park. Floor 0 is the street. "
          "Which floor number is the car park on?", "evaluate", "3 - 5",
          [("Going down 5 floors means subtracting 5.", "3 - 5 = -2")], num("-2"), 1, [NEG]),
        A("In a quiz a wrong answer scores $-2$ points. Chiara gives 4 wrong answers in a row. What do those four "
          "answers add to her score?", "evaluate", "4 × (-2)",
          [("Four lots of $-2$.", "4 × (-2) = -8")], num("-8"), 1, [NEG]),
        A("Work out $(-7) \\times (-8)$.", "evaluate", "(-7) × (-8)",
          [("A negative times a negative is positive, and $7 \\times 8 = 56$.", "(-7) × (-8) = 56")], num("56"), 1,
          [NEG]),
        C("Which of these temperatures is the coldest?",
          ["$-3\\,\\degree\\mathrm{C}$", "$-11\\,\\degree\\mathrm{C}$", "$0\\,\\degree\\mathrm{C}$",
           "$-7\\,\\degree\\mathrm{C}$"], 1, 1, [NEG]),
        A("Work out $-6 - (-10)$.", "evaluate", "-6 - (-10)",
          [("Subtracting a negative number is the same as adding the positive number.", "-6 + 10"),
           ("Add.", "-6 + 10 = 4")], num("4"), 2, [NEG],
          ["Look at the two minus signs next to each other.", "Taking away $-10$ is the same as adding 10.",
           "$-6 - (-10) = -6 + 10$"]),
        A("A diver off the coast of Egypt is 18 metres below the surface, written $-18$ m. She rises 7 metres, then "
          "sinks 12 metres. Where is she now, as a signed number of metres?", "evaluate", "-18 + 7 - 12",
          [("Rising adds, sinking subtracts; work from left to right.", "-11 - 12"), ("Subtract.", "-11 - 12 = -23")],
          num("-23"), 2, [NEG]),
        I("Leila says $7 + 4 \\times 5 = 55$. What is the correct value?", "7 + 4 × 5", 1, [ORDER],
          ["Leila worked from left to right. Is that the rule?", "Multiply before you add: find $4 \\times 5$ first.",
           "$7 + 20$"]),
        I("Work out $20 - 3 \\times 6$, multiplying before subtracting.", "20 - 3 × 6", 1, [ORDER]),
        I("Aroha shares 36 apples equally between 4 baskets, then puts 8 more apples into one of them. Find "
          "$36 \\div 4 + 8$, the number of apples in that basket.", "36 ÷ 4 + 8", 1, [ORDER]),
        C("Where should the brackets go to make $2 + 3 \\times 4 = 20$ true?",
          ["$(2 + 3) \\times 4$", "$2 + (3 \\times 4)$", "No brackets are needed"], 0, 2, [ORDER],
          ["Without brackets, which operation is done first?", "Without brackets you get $2 + 12 = 14$, so the "
           "addition has to happen first.", "$(2 + 3) \\times 4 = 5 \\times 4 = 20$"]),
        C("In $18 - 6 \\div 3 \\times 2$, which part is worked out first?", ["$18 - 6$", "$6 \\div 3$", "$3 \\times 2$"],
          1, 2, [ORDER],
          ["There are no brackets or powers here.", "Division and multiplication come before subtraction, and "
           "between themselves they go left to right.", "The leftmost of $\\div$ and $\\times$ is $6 \\div 3$."]),
        I("Tomasz writes $-48 \\div 6 - 5 = -48$, because he divided by $6 - 5 = 1$. What is the correct value of "
          "$-48 \\div 6 - 5$?", "-48 ÷ 6 - 5", 2, [ORDER, NEG],
          ["Which comes first, the division or the subtraction?", "Work out $-48 \\div 6$ first, then take away 5.",
           "$-8 - 5$"]),
        I("Find the value of $4 \\times (9 - 13)$.", "4 × (9 - 13)", 2, [ORDER, NEG]),
        I("Work out $-5 + 6 \\times (-3)$.", "-5 + 6 × (-3)", 2, [ORDER, NEG],
          ["Two operations: which one is first?", "Multiply $6 \\times (-3)$ first.", "$-5 + (-18)$"]),
        I("Calculate $12 - 7 \\times (-2)$. Be careful with the signs.", "12 - 7 × (-2)", 2, [ORDER, NEG]),
        I("A freezer in Kampala starts at $11\\,\\degree\\mathrm{C}$ and cools by 4 degrees an hour for 6 hours. "
          "Its temperature is then $11 + 6 \\times (-4)$ degrees Celsius. Work it out.",
          "11 + 6 × (-4)", 3, [ORDER, NEG]),
        I("Work out $-15 - 8 \\times 3$.", "-15 - 8 × 3", 3, [ORDER, NEG]),
        A("Keanu needs $3^2 + 4^2$ to find the length of a ramp. What does it come to?", "evaluate", "3^2 + 4^2",
          [("Work out the powers first.", "9 + 16"), ("Add.", "9 + 16 = 25")], num("25"), 1, [POW, ORDER],
          ["$3^2$ means $3 \\times 3$, not $3 \\times 2$.", "Square each number, then add.", "$9 + 16$"]),
        A("A square patio is 6 tiles long on each side. Ravi lifts a 2-by-2 square of tiles to plant a tree. How "
          "many tiles are left? Work out $6^2 - 2^2$.", "evaluate", "6^2 - 2^2",
          [("Square each number first.", "36 - 4"), ("Subtract.", "36 - 4 = 32")], num("32"), 2, [POW]),
        A("Ana says $2 \\times 5^2 = 100$. Find the correct value.", "evaluate", "2 × 5^2",
          [("Powers come before multiplication: $5^2 = 25$.", "2 × 25"), ("Multiply.", "2 × 25 = 50")], num("50"), 2,
          [POW, ORDER],
          ["Ana worked out $2 \\times 5$ first. Which should be first?", "Square the 5 before multiplying by 2.",
           "$2 \\times 25$"]),
        C("Which statement is true?",
          ["$(-3)^2 = 9$ and $-3^2 = -9$", "$(-3)^2 = 9$ and $-3^2 = 9$", "$(-3)^2 = -9$ and $-3^2 = -9$",
           "$(-3)^2 = -9$ and $-3^2 = 9$"], 0, 2, [POW, NEG],
          ["What exactly is being squared in each one?", "In $(-3)^2$ the bracket is squared; in $-3^2$ only the "
           "3 is squared, and the minus is put in front afterwards.", "$(-3)^2 = (-3) \\times (-3) = 9$, while "
           "$-3^2 = -(3 \\times 3) = -9$."]),
        A("Work out $(2 + 3)^2 - 4 \\times 6$.", "evaluate", "(2 + 3)^2 - 4 × 6",
          [("Brackets first.", "5^2 - 4 × 6"), ("Then the power.", "25 - 4 × 6"), ("Then multiply.", "25 - 24"),
           ("Finally subtract.", "25 - 24 = 1")], num("1"), 3, [POW, ORDER]),
        A("The mean of the night-time temperatures in Reykjavík on four nights, $-3$, $-7$, $2$ and $-4$ degrees "
          "Celsius, is $\\frac{-3 - 7 + 2 - 4}{4}$. Work it out.", "evaluate", "(-3 - 7 + 2 - 4)/4",
          [("Add the four temperatures on the top first.", "(-12)/4"), ("Then divide by 4.", "(-12)/4 = -3")],
          num("-3"), 3, [NEG, ORDER],
          ["The fraction line acts like a bracket around the top.", "Add $-3$, $-7$, $2$ and $-4$, then divide "
           "by 4.", "$\\frac{-12}{4}$"]),
        A("Find the value of $\\frac{8 + 4 \\times 3}{2^2 + 1}$.", "evaluate", "(8 + 4 × 3)/(2^2 + 1)",
          [("Work out the top: multiply before adding.", "(8 + 12)/(2^2 + 1)"),
           ("Work out the bottom: the power first.", "20/(4 + 1)"), ("Divide.", "20/5 = 4")], num("4"), 3,
          [POW, ORDER],
          ["Treat the top and the bottom as if each were in brackets.", "Top: $8 + 4 \\times 3$. Bottom: "
           "$2^2 + 1$. Then divide.", "$\\frac{20}{5}$"]),
        A("Calculate $50 - 2 \\times (3 + 4)^2$.", "evaluate", "50 - 2 × (3 + 4)^2",
          [("Brackets first.", "50 - 2 × 7^2"), ("Then the power.", "50 - 2 × 49"), ("Then multiply.", "50 - 98"),
           ("Subtract: the answer is negative.", "50 - 98 = -48")], num("-48"), 3, [POW, ORDER, NEG]),
        A("Work out $(-2)^3 + 3 \\times (-4)^2$.", "evaluate", "(-2)^3 + 3 × (-4)^2",
          [("Powers first: three negatives multiply to a negative, two to a positive.", "-8 + 3 × 16"),
           ("Multiply.", "-8 + 48"), ("Add.", "-8 + 48 = 40")], num("40"), 4, [POW, NEG],
          ["Look at the sign of each power separately.", "$(-2)^3 = -8$ and $(-4)^2 = 16$.", "$-8 + 3 \\times 16$"]),
        A("Find the value of $\\left[(5 - 9) \\times 3 + 2\\right]^2$.", "evaluate", "((5 - 9) × 3 + 2)^2",
          [("Innermost bracket first.", "((-4) × 3 + 2)^2"), ("Inside the square bracket, multiply before adding.",
                                                              "(-12 + 2)^2"),
           ("Finish the square bracket.", "(-10)^2"), ("Square it.", "(-10)^2 = 100")], num("100"), 4,
          [POW, ORDER, NEG]),
        A("Ife says $-2^4 + (-2)^4$ is 32. Work out its real value.", "evaluate", "-2^4 + (-2)^4",
          [("In $-2^4$ only the 2 is raised to the power; in $(-2)^4$ the whole bracket is.", "-16 + 16"),
           ("Add.", "-16 + 16 = 0")], num("0"), 4, [POW, NEG],
          ["The two terms look alike. Are they?", "$-2^4 = -(2^4)$, but $(-2)^4 = (-2)(-2)(-2)(-2)$.",
           "$-16 + 16$"]),
    ],
}
