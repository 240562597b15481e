"""Linear equations II: brackets, unknowns on both sides, fractions, and forming equations. Written for Stepwise."""
from packs_src import C, P

BR, BOTH, FR, WORD = "equations-with-brackets", "unknowns-on-both-sides", "equations-with-fractions", "forming-equations"


def E(statement, family, equation, difficulty, skills, hints=None, variable="x"):
    """A linear equation the named solver family works step by step."""
    params = {"equation": equation}
    if variable != "x":
        params["variable"] = variable
    return P(statement, family, params, difficulty, skills, hints)


PACK = {
    "file": "linear-equations-ii.json", "id": "linear-equations-ii", "prefix": "lin2",
    "title": "Linear equations II: brackets, both sides, fractions", "subject": "math", "level": "Ages 12-14",
    "description": "Expand brackets, collect the unknown on one side, clear fractions; write equations for "
                   "everyday situations and solve them.",
    "skills": [
        {"id": BR, "title": "Solve equations with brackets",
         "description": "Expand (or divide out) the bracket, then solve."},
        {"id": BOTH, "title": "Solve equations with the unknown on both sides",
         "description": "Move the unknown terms to one side and the numbers to the other."},
        {"id": FR, "title": "Solve equations with fractions",
         "description": "Multiply every term by the common denominator to clear the fractions."},
        {"id": WORD, "title": "Form and solve equations",
         "description": "Turn a situation into an equation, solve it, and answer the question asked."},
    ],
    "problems": [
        E("Solve $3(x + 4) = 21$.", "linear-brackets", "3(x + 4) = 21", 1, [BR],
          ["The 3 multiplies everything inside the bracket.", "Expand to $3x + 12 = 21$, or divide both sides by 3 "
           "first.", "$3x + 12 = 21$"]),
        E("Solve $5(x - 2) = 35$.", "linear-brackets", "5(x - 2) = 35", 1, [BR]),
        C("Expanding $-3(x - 4)$ gives", ["$-3x + 12$", "$-3x - 12$", "$-3x - 4$", "$3x + 12$"], 0, 1, [BR],
          ["Multiply each term in the bracket by $-3$, sign included.", "$-3 \\times x$ and $-3 \\times (-4)$.",
           "$-3 \\times (-4) = +12$"]),
        E("Solve $4(2x + 1) = 36$.", "linear-brackets", "4(2x + 1) = 36", 2, [BR],
          ["Deal with the bracket first.", "Expand: $8x + 4 = 36$. Then undo the $+4$ and the $\\times 8$.",
           "$8x = 32$"]),
        E("Solve $-2(x - 7) = 10$.", "linear-brackets", "-2(x - 7) = 10", 2, [BR]),
        E("Aiko, Bola and Carmen each buy a sandwich and a 2-dollar drink, and they pay 21 dollars altogether. "
          "With $x$ the price of one sandwich in dollars, write an equation and solve it.", "linear-brackets",
          "3(x + 2) = 21", 2, [BR, WORD],
          ["What does one person pay, in terms of $x$?", "One person pays $x + 2$; three people pay three times "
           "that.", "$3(x + 2) = 21$"]),
        E("Solve $6(x + 3) - 4 = 32$.", "linear-brackets", "6(x + 3) - 4 = 32", 3, [BR]),
        E("Solve $3(2x - 5) + 2(x + 1) = 19$.", "linear-brackets", "3(2x - 5) + 2(x + 1) = 19", 3, [BR],
          ["There are two brackets: expand each one.", "$6x - 15 + 2x + 2 = 19$; now collect like terms.",
           "$8x - 13 = 19$"]),
        E("A vegetable plot in Aroha's garden is 4 metres longer than it is wide, and its perimeter is 36 metres. "
          "Let the width be $w$ metres: the perimeter is $2(w + w + 4)$. Find $w$.", "linear-brackets",
          "2(w + w + 4) = 36", 3, [BR, WORD], variable="w"),
        E("Three whole numbers in a row add up to 87. Calling the smallest $n$, the sum is $n + (n + 1) + (n + 2)$. "
          "Find the smallest number.", "linear-brackets", "n + (n + 1) + (n + 2) = 87", 3, [BR, WORD],
          ["Write the sum of the three numbers in terms of $n$ and set it equal to 87.", "Collect the terms: "
           "$3n + 3 = 87$.", "$3n = 84$"], variable="n"),
        C("Mei is solving $6x + 1 = 2x + 13$. She subtracts $2x$ from both sides. Which equation does she get?",
          ["$4x + 1 = 13$", "$8x + 1 = 13$", "$4x + 1 = 2x + 13$", "$6x - 1 = 13$"], 0, 1, [BOTH]),
        E("Solve $5x + 3 = 2x + 18$.", "linear-both-sides", "5x + 3 = 2x + 18", 1, [BOTH],
          ["Get all the $x$ terms on one side.", "Subtract $2x$ from both sides, then subtract 3.", "$3x = 15$"]),
        E("Solve $7x - 4 = 3x + 12$.", "linear-both-sides", "7x - 4 = 3x + 12", 2, [BOTH]),
        E("Solve $2x + 9 = 5x - 6$.", "linear-both-sides", "2x + 9 = 5x - 6", 2, [BOTH],
          ["Which side has more $x$s?", "Subtract $2x$ from both sides so the $x$ term stays positive: "
           "$9 = 3x - 6$.", "$15 = 3x$"]),
        E("Solve $4 - 3x = x + 20$.", "linear-both-sides", "4 - 3x = x + 20", 3, [BOTH]),
        E("Solve $3(x + 2) = x + 14$.", "linear-both-sides", "3(x + 2) = x + 14", 3, [BR, BOTH]),
        E("Solve $5(x - 1) = 2(x + 5)$.", "linear-both-sides", "5(x - 1) = 2(x + 5)", 3, [BR, BOTH],
          ["Expand both brackets first.", "$5x - 5 = 2x + 10$; collect the $x$ terms on the left.", "$3x = 15$"]),
        E("Gym A in Lisbon charges 20 euros to join and 15 euros a month. Gym B charges 50 euros to join and 12 "
          "euros a month. After how many months $m$ have the two gyms cost the same? Solve "
          "$20 + 15m = 50 + 12m$.", "linear-both-sides", "20 + 15m = 50 + 12m", 3, [BOTH, WORD],
          ["Each side is the total cost at one gym.", "Subtract $12m$ and 20 from both sides.", "$3m = 30$"],
          variable="m"),
        E("Kavya thinks of a number. Five times her number minus 8 gives the same answer as three times her number "
          "plus 10. Write an equation for her number $n$ and solve it.", "linear-both-sides", "5n - 8 = 3n + 10", 3,
          [BOTH, WORD],
          ["Write each description as an expression in $n$.", "$5n - 8 = 3n + 10$; now collect the $n$ terms.",
           "$2n = 18$"], variable="n"),
        E("Solve $0.5x + 7 = 2x - 2$.", "linear-both-sides", "0.5x + 7 = 2x - 2", 4, [BOTH]),
        E("Solve $\\frac{x}{3} + 2 = 7$ by undoing one step at a time.", "linear-fractions", "x/3 + 2 = 7", 1, [FR],
          ["Undo the $+2$ first.", "Subtract 2, then multiply both sides by 3.", "$\\frac{x}{3} = 5$"]),
        E("Solve $\\frac{x + 5}{4} = 3$, then check your answer.", "linear-fractions", "(x + 5)/4 = 3", 2, [FR]),
        E("Solve $\\frac{2x - 1}{3} = 5$.", "linear-fractions", "(2x - 1)/3 = 5", 2, [FR],
          ["The whole of $2x - 1$ is divided by 3.", "Multiply both sides by 3, then solve $2x - 1 = 15$.",
           "$2x = 16$"]),
        C("What is a good first step to solve $\\frac{x}{4} + \\frac{x}{6} = 5$?",
          ["Multiply every term by 12", "Add the denominators to get $\\frac{x}{10}$",
           "Multiply only the first term by 4"], 0, 2, [FR],
          ["Fractions are easier to remove than to add.", "Find a number that 4 and 6 both divide into.",
           "12 is the lowest common multiple: multiply every term by 12."]),
        E("Solve $\\frac{x}{4} + \\frac{x}{6} = 5$, clearing both fractions in one step.", "linear-fractions",
          "x/4 + x/6 = 5", 3, [FR],
          ["Which number do 4 and 6 both divide into?", "Multiply every term by 12.", "$3x + 2x = 60$"]),
        E("Nadia spends half of her pocket money on a book and another 3 dollars on a snack, which leaves her 7 "
          "dollars. With $x$ her pocket money, $x - \\frac{x}{2} - 3 = 7$. How much pocket money did she have?",
          "linear-fractions", "x - x/2 - 3 = 7", 3, [FR, WORD]),
        E("Tariq's mean mark over three tests is 70. Two of the marks are 68 and 74. Find his third mark $x$ from "
          "$\\frac{x + 68 + 74}{3} = 70$.", "linear-fractions", "(x + 68 + 74)/3 = 70", 3, [FR, WORD],
          ["The mean is the total divided by 3.", "Multiply both sides by 3 to find the total.",
           "$x + 142 = 210$"]),
        E("Solve $\\frac{x - 4}{5} = \\frac{x + 2}{7}$.", "linear-fractions", "(x - 4)/5 = (x + 2)/7", 4, [FR, BOTH],
          ["There are fractions on both sides.", "Multiply both sides by 35 (or cross-multiply).",
           "$7(x - 4) = 5(x + 2)$"]),
        E("Solve $\\frac{3x}{4} - 2 = \\frac{x}{2} + 1$.", "linear-fractions", "3x/4 - 2 = x/2 + 1", 4, [FR, BOTH]),
    ],
}
