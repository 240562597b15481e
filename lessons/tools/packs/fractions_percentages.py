"""Fractions and percentages: the four operations with fractions, a percentage of an amount, percentage change.
Written for Stepwise."""
from packs_src import A, C, P

FRAC, PCT, CHANGE = "fraction-operations", "percentage-of-amount", "percentage-change"

SIMPLEST = {"kind": "expression", "form": "simplified-fraction"}


def num(value, **extra):
    return {"kind": "numeric", "value": value, **extra}


def frac(value):
    return {"kind": "expression", "value": value, "form": "simplified-fraction"}


def F(statement, expression, difficulty, hints=None, skills=(FRAC,)):
    """A problem the fraction-arithmetic solver works; the answer must be a fraction in its lowest terms."""
    return P(statement, "fraction-arithmetic", {"expression": expression}, difficulty, list(skills), hints, SIMPLEST)


def PC(statement, percent, amount, difficulty, hints=None):
    """A percentage of an amount, worked by the percentages solver."""
    return P(statement, "percentages", {"percent": percent, "of": amount}, difficulty, [PCT], hints)


PACK = {
    "file": "fractions-and-percentages.json", "id": "fractions-and-percentages", "prefix": "fp",
    "title": "Fractions and percentages", "subject": "math", "level": "Ages 11-13",
    "description": "Add, subtract, multiply and divide fractions; find a percentage of an amount; discounts, price "
                   "rises, interest and reverse percentages.",
    "skills": [
        {"id": FRAC, "title": "Calculate with fractions",
         "description": "Common denominators to add and subtract; multiply across; divide by multiplying by the "
                        "reciprocal; answers in lowest terms."},
        {"id": PCT, "title": "Percentages of amounts",
         "description": "A percentage is a number of hundredths: find it of an amount, or convert fractions and "
                        "percentages."},
        {"id": CHANGE, "title": "Percentage increase and decrease",
         "description": "Discounts, taxes and interest with a multiplier; the percentage change; reverse "
                        "percentages."},
    ],
    "problems": [
        F("Mateo eats $\\frac{1}{2}$ of a pizza and his sister Lucía eats $\\frac{1}{3}$ of it. What fraction of the "
          "pizza have they eaten between them?", "1/2 + 1/3", 1,
          ["The pieces are different sizes, so they cannot be added yet.", "Write both fractions in sixths.",
           "$\\frac{3}{6} + \\frac{2}{6}$"]),
        A("Ingrid cycles $\\frac{3}{5}$ of a 45 km route before lunch. How many kilometres has she cycled?", "evaluate",
          "3/5 × 45", [("Find one fifth of 45, then take three of them.", "3 × 45/5"), ("Work it out.", "3 × 9 = 27")],
          num("27"), 1, [FRAC],
          ["What is $\\frac{1}{5}$ of 45?", "Divide by 5, then multiply by 3.", "$\\frac{45}{5} = 9$, and "
           "$3 \\times 9$ is the answer."]),
        C("Which fraction is the largest?", ["$\\frac{2}{3}$", "$\\frac{5}{8}$", "$\\frac{7}{12}$", "$\\frac{3}{5}$"],
          0, 1, [FRAC]),
        F("Hana has $\\frac{3}{4}$ of a metre of ribbon and uses $\\frac{1}{6}$ of a metre to wrap a present. What "
          "length of ribbon, in metres, is left?", "3/4 - 1/6", 2),
        F("A recipe for one loaf uses $\\frac{9}{10}$ of a cup of sugar. Kofi bakes only $\\frac{2}{3}$ of the "
          "recipe. What fraction of a cup of sugar does he need?", "2/3 × 9/10", 2,
          ["'Of' a quantity means multiply.", "Multiply the tops and multiply the bottoms, then simplify.",
           "$\\frac{18}{30}$"]),
        F("How many glasses holding $\\frac{1}{8}$ of a litre can be filled from $\\frac{3}{4}$ of a litre of mango "
          "juice?", "(3/4) ÷ (1/8)", 2,
          ["You are asking how many eighths fit into three quarters.", "Divide by $\\frac{1}{8}$: multiply by its "
           "reciprocal, 8.", "$\\frac{3}{4} \\times \\frac{8}{1}$"]),
        F("Rashid walks $\\frac{5}{6}$ of a kilometre to the bus stop and then $\\frac{3}{4}$ of a kilometre from "
          "the bus to school. How far does he walk in total, in kilometres?", "5/6 + 3/4", 2),
        F("A water tank is $\\frac{7}{8}$ full. After watering the garden, Abebe sees that it is only "
          "$\\frac{2}{3}$ full. What fraction of the whole tank did he use?", "7/8 - 2/3", 3),
        F("Work out $\\frac{4}{15} \\times \\frac{5}{8}$ and simplify fully.", "4/15 × 5/8", 3),
        F("Calculate $\\frac{5}{9} \\div \\frac{10}{3}$, giving the answer in its simplest form.", "(5/9) ÷ (10/3)",
          3, ["Dividing by a fraction: what do you multiply by instead?", "Flip $\\frac{10}{3}$ and multiply.",
              "$\\frac{5}{9} \\times \\frac{3}{10}$"]),
        A("Siosaia's family eats $2\\frac{1}{2}$ loaves of bread on Saturday and $1\\frac{3}{4}$ loaves on Sunday. "
          "How many loaves is that altogether? Give the answer as a fraction in its lowest terms.", "evaluate",
          "5/2 + 7/4", [("Write the mixed numbers as improper fractions over a common denominator.", "10/4 + 7/4"),
                        ("Add the numerators.", "10/4 + 7/4 = 17/4")], frac("17/4"), 3, [FRAC],
          ["Mixed numbers are easier to add as improper fractions.", "$2\\frac{1}{2} = \\frac{5}{2} = \\frac{10}{4}$ "
           "and $1\\frac{3}{4} = \\frac{7}{4}$.", "$\\frac{10}{4} + \\frac{7}{4}$"]),
        A("A rice dish for 4 people uses $\\frac{3}{4}$ of a cup of rice. Yaw is cooking the same dish for 6 "
          "people. How many cups of rice does he need? Give a fraction in its lowest terms.", "evaluate",
          "3/4 × 6/4", [("Six people is $\\frac{6}{4}$ of the recipe, so multiply the rice by $\\frac{6}{4}$.",
                         "3/4 × 6/4 = 18/16"), ("Simplify.", "18/16 = 9/8")], frac("9/8"), 4, [FRAC],
          ["How many times bigger is the meal?", "The recipe is scaled by $\\frac{6}{4}$; multiply "
           "$\\frac{3}{4}$ by it.", "$\\frac{3}{4} \\times \\frac{6}{4} = \\frac{18}{16}$"]),
        PC("Amaru planted 80 bean seeds and 10% of them did not come up. How many seeds did not come up?", "10", "80",
           1, ["10% is one tenth.", "Divide 80 by 10.", "$\\frac{10}{100} \\times 80$"]),
        PC("A small bus company has 360 seats across its fleet, and 25% of them are kept for older passengers. How "
           "many seats is that?", "25", "360", 1),
        A("Write 35% as a fraction in its lowest terms.", "evaluate", "35/100",
          [("Divide the top and the bottom by 5.", "35/100 = 7/20")], frac("7/20"), 1, [PCT]),
        PC("Noor leaves a 15% tip on a restaurant bill of 240 dirhams. How much is the tip, in dirhams?", "15", "240",
           2, ["Split 15% into easier parts.", "10% of 240 is 24 and 5% is half of that.", "$24 + 12$"]),
        PC("In a survey of 60 students at Chen's school, 35% walk to school. How many students walk?", "35", "60", 2),
        PC("A farmer in Punjab sells 12% of her 150 kilograms of mangoes at a roadside stall. How many kilograms "
           "does she sell there?", "12", "150", 2),
        A("Write $\\frac{3}{8}$ as a percentage.", "evaluate", "3/8 × 100",
          [("Multiply the fraction by 100.", "3/8 × 100 = 300/8"), ("Divide.", "300/8 = 37.5")], num("37.5"), 2,
          [PCT],
          ["A percentage is a number out of 100.", "Multiply $\\frac{3}{8}$ by 100.", "$\\frac{300}{8}$"]),
        A("A jacket costs 80 pounds. In the sale everything is 15% off. What is the sale price of the jacket, in "
          "pounds?", "evaluate", "80 - 15/100 × 80",
          [("Work out the discount, 15% of 80.", "80 - 12"), ("Take it off the price.", "80 - 12 = 68")], num("68"),
          2, [CHANGE],
          ["Find the amount taken off first.", "15% of 80 is $\\frac{15}{100} \\times 80$; subtract it from 80.",
           "$80 - 12$"]),
        A("A monthly bus pass in Chennai cost 250 rupees. The price goes up by 8%. What is the new price, in "
          "rupees?", "evaluate", "250 × 108/100",
          [("The new price is 108% of the old one.", "250 × 1.08"), ("Multiply.", "250 × 1.08 = 270")], num("270"),
          2, [CHANGE]),
        C("Which of these increases an amount by 5%?",
          ["multiplying it by 1.05", "multiplying it by 0.05", "multiplying it by 1.5", "adding 5 to it"], 0, 2,
          [CHANGE],
          ["After the increase you have the original 100% and 5% more.", "$100\\% + 5\\% = 105\\%$; write it as a "
           "decimal.", "$105\\% = 1.05$"]),
        A("Siobhán's bike repair costs 45.60 euros before a sales tax of 20% is added. How much does she pay, in "
          "euros? Give the answer to 2 decimal places.", "evaluate", "45.60 + 20/100 × 45.60",
          [("Work out the tax, 20% of 45.60.", "45.60 + 9.12"), ("Add it to the price.", "45.60 + 9.12 = 54.72")],
          num("54.72", decimals=2), 3, [CHANGE],
          ["The tax is added on top of the price.", "20% is one fifth: divide 45.60 by 5 and add the result.",
           "$45.60 + 9.12$"]),
        A("The population of a village near Kraków grew from 2400 to 2760. What was the percentage increase?",
          "evaluate", "(2760 - 2400)/2400 × 100",
          [("The increase is 360 people.", "360/2400 × 100"), ("Write it as a percentage of the original.",
                                                             "360/2400 × 100 = 15")], num("15"), 3, [CHANGE],
          ["Compare the change with the starting population, not the new one.", "Increase $\\div$ original "
           "$\\times 100$.", "$\\frac{360}{2400} \\times 100$"]),
        A("Oliwia's calculator costs 18.40 zloty after a discount of 20%. What was the price before the "
          "discount, in zloty? Call it $p$.", "solve", "0.8p = 18.40",
          [("After 20% off, 80% of the price is left, so $0.8p = 18.40$. Divide both sides by 0.8.", "p = 18.40/0.8"),
           ("Work it out.", "p = 23")], num("23"), 4, [CHANGE],
          ["The sale price is not the 100% amount.", "The sale price is 80% of the original: $0.8p = 18.40$.",
           "$p = \\frac{18.40}{0.8}$"]),
        A("Dev puts 500 dollars in a savings account that adds 3% interest at the end of each year. How much is in "
          "the account after 2 years, to the nearest cent?", "evaluate", "500 × 1.03^2",
          [("Each year multiplies the amount by 1.03, so two years multiply it by $1.03^2$.", "500 × 1.0609"),
           ("Multiply.", "500 × 1.0609 = 530.45")], num("530.45", decimals=2), 4, [CHANGE],
          ["The second year's interest is worked out on the new amount.", "Multiply by 1.03 once for each year.",
           "$500 \\times 1.03 \\times 1.03$"]),
        C("A price goes up by 10% and then the new price goes down by 10%. Compared with the starting price, the "
          "final price is", ["the same", "1% lower", "1% higher", "20% lower"], 1, 4, [CHANGE],
          ["The two 10%s are taken of different amounts.", "The multipliers are 1.1 and then 0.9.",
           "$1.1 \\times 0.9 = 0.99$, which is 99% of the start."]),
        C("Which is the same as $\\frac{3}{20}$?", ["$15\\%$", "$3\\%$", "$0.32$", "$23\\%$"], 0, 1, [PCT]),
    ],
}
