"""Simultaneous equations (issue 19): statements written for Stepwise.

Solver-backed problems use the system-elimination and system-substitution families; systems that need scaling,
word problems (tickets, coins, ages, shopping, phone plans) and single steps of a method have an authored worked
solution, checked by CurriculumTest (every line of a system's working must hold for the solution; a single equation's
working is checked step by step).
"""
from packs_src import A, C, P

ELIM, SUBST, FORM = "elimination", "substitution", "forming-systems"


def pair(value):
    return {"kind": "set", "value": value}


PACK = {
    "file": "simultaneous-equations.json", "id": "simultaneous-equations-1", "prefix": "sim",
    "title": "Simultaneous equations", "subject": "math", "level": "Ages 14-16",
    "description": "Two linear equations, two unknowns: solve by elimination and by substitution, and turn "
                   "everyday situations (tickets, coins, ages, prices) into a pair of equations.",
    "skills": [
        {"id": ELIM, "title": "Solve by elimination", "description": "Add or subtract the equations (after scaling "
                                                                     "if needed) so that one unknown cancels."},
        {"id": SUBST, "title": "Solve by substitution", "description": "Put an expression for one unknown into the "
                                                                       "other equation."},
        {"id": FORM, "title": "Form and solve a pair of equations", "description": "Choose letters, write two "
                                                                                  "equations from a story, solve them "
                                                                                  "and answer in words."},
    ],
    "problems": [
        # elimination
        P("Add the equations $x + y = 5$ and $x - y = 1$ so that $y$ disappears, then find $x$ and $y$.",
          "system-elimination", {"x": "3", "y": "2", "a1": "1", "a2": "1", "b": "1"}, 1, [ELIM],
          ["What happens to $+y$ and $-y$ when you add the equations?", "Adding gives $2x = 6$.",
           "$x = 3$; put it back into $x + y = 5$."]),
        P("The $y$ terms in $2x + y = 9$ and $3x - y = 11$ have opposite signs. Use that to solve the pair.",
          "system-elimination", {"x": "4", "y": "1", "a1": "2", "a2": "3", "b": "1"}, 2, [ELIM]),
        P("Solve $3x + 2y = 0$ and $x - 2y = -8$ together. One of the answers is negative.", "system-elimination",
          {"x": "-2", "y": "3", "a1": "3", "a2": "1", "b": "2"}, 2, [ELIM],
          ["Look at the $y$ terms: $+2y$ and $-2y$.", "Add the equations: $4x = -8$.",
           "$x = -2$; then $3(-2) + 2y = 0$."]),
        P("Find the values of $x$ and $y$ for which $4x + 3y = 17$ and $2x - 3y = 13$ are both true; check your pair "
          "in the second equation.", "system-elimination", {"x": "5", "y": "-1", "a1": "4", "a2": "2", "b": "3"}, 3,
          [ELIM]),
        A("Neither unknown cancels straight away in $3x + 2y = 16$ and $2x + 3y = 19$. Multiply each equation by a "
          "suitable number so that the $y$ terms match, then solve.", "system", "3x + 2y = 16; 2x + 3y = 19",
          [("Multiply the first equation by 3.", "9x + 6y = 48"),
           ("Multiply the second equation by 2.", "4x + 6y = 38"),
           ("Subtract: the y-terms cancel.", "5x = 10"),
           ("Divide by 5.", "x = 2"),
           ("Put x = 2 into the first equation.", "6 + 2y = 16"),
           ("Subtract 6 and divide by 2.", "y = 5"),
           ("State both values.", "x = 2, y = 5")], pair("x = 2, y = 5"), 4, [ELIM],
          ["The $y$ coefficients are 2 and 3: what is the smallest number both go into?",
           "Make both $y$ terms $6y$: multiply the first equation by 3 and the second by 2.",
           "$9x + 6y = 48$ and $4x + 6y = 38$; now subtract."]),
        A("Solve $5x - 3y = 1$ and $2x + 4y = 16$ by elimination.", "system", "5x - 3y = 1; 2x + 4y = 16",
          [("Multiply the first equation by 4.", "20x - 12y = 4"),
           ("Multiply the second equation by 3.", "6x + 12y = 48"),
           ("Add: the y-terms cancel.", "26x = 52"),
           ("Divide by 26.", "x = 2"),
           ("Put x = 2 into the second equation.", "4 + 4y = 16"),
           ("Subtract 4 and divide by 4.", "y = 3"),
           ("State both values.", "x = 2, y = 3")], pair("x = 2, y = 3"), 5, [ELIM]),
        A("In $3x + y = 11$ and $x + y = 5$ the $y$ terms are the same. Subtract one equation from the other to "
          "find $x$, then find $y$.", "system", "3x + y = 11; x + y = 5",
          [("Subtract the second equation from the first: the y-terms cancel.", "2x = 6"),
           ("Divide by 2.", "x = 3"), ("Put x = 3 into x + y = 5.", "3 + y = 5"), ("Subtract 3.", "y = 2"),
           ("State both values.", "x = 3, y = 2")], pair("x = 3, y = 2"), 2, [ELIM],
          ["Both equations contain $+y$.", "Subtracting removes $y$: $(3x + y) - (x + y) = 11 - 5$.", "$2x = 6$"]),
        C("To get rid of $y$ from $3x + 2y = 12$ and $5x - 2y = 4$ in one move, you should",
          ["add the two equations", "subtract the second equation from the first", "multiply the first equation by 2",
           "divide both equations by 2"], 0, 2, [ELIM],
          ["Compare the $y$ terms of the two equations.", "They are $+2y$ and $-2y$: equal size, opposite signs.",
           "Adding them gives $0$, so add the equations."]),
        # substitution
        P("The first equation already says what $y$ is: $y = 2x + 1$. Put it into $x + y = 10$ and solve the pair.",
          "system-substitution", {"x": "3", "m": "2", "k": "1", "a": "1", "b": "1"}, 1, [SUBST],
          ["Replace $y$ in the second equation by $2x + 1$.", "$x + (2x + 1) = 10$, so $3x + 1 = 10$.",
           "$x = 3$, then $y = 2 \\cdot 3 + 1$."]),
        P("Solve by substitution: $y = x - 3$ and $2x + 3y = 11$.", "system-substitution",
          {"x": "4", "m": "1", "k": "-3", "a": "2", "b": "3"}, 2, [SUBST]),
        P("Use substitution on $y = -2x + 5$ and $3x + 2y = 11$. Watch the sign when you multiply out the bracket.",
          "system-substitution", {"x": "-1", "m": "-2", "k": "5", "a": "3", "b": "2"}, 3, [SUBST],
          ["Write $3x + 2(-2x + 5) = 11$.", "$2 \\times (-2x) = -4x$ and $2 \\times 5 = 10$.", "$-x + 10 = 11$"]),
        P("Find the point that lies on both lines $y = 3x - 8$ and $4x + y = 27$.", "system-substitution",
          {"x": "5", "m": "3", "k": "-8", "a": "4", "b": "1"}, 3, [SUBST]),
        P("Ingrid's two straight lines are $y = -x + 6$ and $2x + y = 8$. Substitute to find where they cross.",
          "system-substitution", {"x": "2", "m": "-1", "k": "6", "a": "2", "b": "1"}, 2, [SUBST]),
        A("Ravi substituted $y = 3x - 2$ into $2x + y = 13$ and got $2x + (3x - 2) = 13$. Solve his equation for $x$.",
          "solve", "2x + (3x - 2) = 13",
          [("Remove the bracket and collect the x-terms.", "5x - 2 = 13"),
           ("Add 2 to both sides.", "5x = 15"),
           ("Divide both sides by 5.", "x = 3")], {"kind": "equation", "value": "x = 3"}, 2, [SUBST]),
        A("Here $x$ is given in terms of $y$: $x = 2y + 1$ and $3x - 4y = 9$. Solve the pair.", "system",
          "x = 2y + 1; 3x - 4y = 9",
          [("Substitute x = 2y + 1 into the second equation.", "3(2y + 1) - 4y = 9"),
           ("Expand and collect the y-terms.", "2y + 3 = 9"),
           ("Subtract 3 and divide by 2.", "y = 3"),
           ("Put y = 3 into x = 2y + 1.", "x = 2 × 3 + 1 = 7"),
           ("State both values.", "x = 7, y = 3")], pair("x = 7, y = 3"), 4, [SUBST],
          ["This time it is $x$ that is already on its own.", "Replace $x$ by $2y + 1$: $3(2y + 1) - 4y = 9$.",
           "$6y + 3 - 4y = 9$"]),
        C("What can you say about the pair $y = 2x + 1$ and $y = 2x - 3$?",
          ["it has no solution", "it has exactly one solution", "it has infinitely many solutions"], 0, 3, [SUBST],
          ["Substitute one into the other: $2x + 1 = 2x - 3$.", "The $x$ terms cancel and leave $1 = -3$.",
           "That is never true, so there is no solution: the lines are parallel."]),
        # forming and solving
        C("Kemal buys 3 pens and 2 rulers for 8 pounds. With $p$ the price of a pen and $r$ the price of a ruler "
          "in pounds, which equation says this?", ["$3p + 2r = 8$", "$3p \\times 2r = 8$", "$p + r = 8$",
                                                   "$2p + 3r = 8$"], 0, 1, [FORM]),
        A("The sum of two numbers is 52 and their difference is 14. Call the larger one $x$ and the smaller one $y$, "
          "and find both.", "system", "x + y = 52; x - y = 14",
          [("Add the equations.", "2x = 66"), ("Divide by 2.", "x = 33"),
           ("Put x = 33 into x + y = 52.", "33 + y = 52"), ("Subtract 33.", "y = 19"),
           ("State both numbers.", "x = 33, y = 19")], pair("x = 33, y = 19"), 2, [FORM, ELIM],
          ["Write one equation for the sum and one for the difference.", "$x + y = 52$ and $x - y = 14$; add them.",
           "$2x = 66$"]),
        A("On a farm in Punjab, Harpreet counts the chickens and goats: 20 heads and 56 legs. With $c$ chickens and "
          "$g$ goats, how many of each animal are there?", "system", "c + g = 20; 2c + 4g = 56",
          [("Multiply the heads equation by 2.", "2c + 2g = 40"),
           ("Subtract it from the legs equation: the c-terms cancel.", "2g = 16"), ("Divide by 2.", "g = 8"),
           ("Put g = 8 into c + g = 20.", "c + 8 = 20"), ("Subtract 8.", "c = 12"),
           ("State both.", "c = 12, g = 8")], pair("c = 12, g = 8"), 3, [FORM, ELIM],
          ["Every animal has one head; a chicken has 2 legs and a goat 4.",
           "$c + g = 20$ and $2c + 4g = 56$; double the first and subtract.", "$2g = 16$"]),
        A("At a school concert in Accra, adult tickets cost 5 cedis and child tickets 2 cedis. 40 tickets were sold "
          "and they took 125 cedis. With $a$ adult tickets and $c$ child tickets, $a + c = 40$ and "
          "$5a + 2c = 125$. How many of each were sold?", "system", "a + c = 40; 5a + 2c = 125",
          [("Multiply the first equation by 2.", "2a + 2c = 80"),
           ("Subtract it from the second: the c-terms cancel.", "3a = 45"),
           ("Divide by 3.", "a = 15"), ("Put a = 15 into a + c = 40.", "15 + c = 40"),
           ("Subtract 15.", "c = 25"), ("State both.", "a = 15, c = 25")], pair("a = 15, c = 25"), 3, [FORM, ELIM],
          ["One equation counts tickets, the other counts money.", "Double the first equation so both have $2c$, "
           "then subtract.", "$3a = 45$"]),
        A("Mateo's jar holds only 10-cent and 20-cent coins: 32 coins worth 460 cents altogether. Let $x$ be the "
          "number of 10-cent coins and $y$ the number of 20-cent coins. How many of each are there?", "system",
          "x + y = 32; 10x + 20y = 460",
          [("Divide the value equation by 10.", "x + 2y = 46"),
           ("Subtract x + y = 32: the x-terms cancel.", "y = 14"),
           ("Put y = 14 into x + y = 32.", "x + 14 = 32"), ("Subtract 14.", "x = 18"),
           ("State both.", "x = 18, y = 14")], pair("x = 18, y = 14"), 3, [FORM, ELIM],
          ["Write one equation for the number of coins and one for their value.",
           "$x + y = 32$ and $10x + 20y = 460$; divide the second by 10.", "$x + 2y = 46$; subtract $x + y = 32$."]),
        A("Leilani is 4 years older than her cousin Arjun, and their ages add up to 30. With Arjun $x$ years old "
          "and Leilani $y$, find both ages.", "system", "y = x + 4; x + y = 30",
          [("Substitute y = x + 4 into x + y = 30.", "x + x + 4 = 30"),
           ("Collect the x-terms.", "2x + 4 = 30"), ("Subtract 4.", "2x = 26"), ("Divide by 2.", "x = 13"),
           ("Put x = 13 into y = x + 4.", "y = 17"), ("State both ages.", "x = 13, y = 17")],
          pair("x = 13, y = 17"), 3, [FORM, SUBST]),
        A("At a bakery in Lisbon, 3 pastries and 2 coffees cost 7.70 euros, while 1 pastry and 2 coffees cost "
          "4.30 euros. Write $p$ for the price of a pastry and $c$ for a coffee, in euros, and find both prices.",
          "system", "3p + 2c = 7.7; p + 2c = 4.3",
          [("Subtract the second equation from the first: the c-terms cancel.", "2p = 3.4"),
           ("Divide by 2.", "p = 1.7"), ("Put p = 1.7 into p + 2c = 4.3.", "1.7 + 2c = 4.3"),
           ("Subtract 1.7.", "2c = 2.6"), ("Divide by 2.", "c = 1.3"), ("State both prices.", "p = 1.7, c = 1.3")],
          pair("p = 1.7, c = 1.3"), 3, [FORM, ELIM]),
        A("Zanele pays 31 dollars for 2 adult and 3 child cinema tickets; Hiroshi pays 29 dollars for 3 adult "
          "tickets and 1 child ticket. Find the price $a$ of an adult ticket and $c$ of a child ticket.", "system",
          "2a + 3c = 31; 3a + c = 29",
          [("Multiply Hiroshi's equation by 3.", "9a + 3c = 87"),
           ("Subtract Zanele's equation: the c-terms cancel.", "7a = 56"),
           ("Divide by 7.", "a = 8"), ("Put a = 8 into 3a + c = 29.", "24 + c = 29"),
           ("Subtract 24.", "c = 5"), ("State both prices.", "a = 8, c = 5")], pair("a = 8, c = 5"), 4,
          [FORM, ELIM],
          ["Write one equation for each person's tickets.", "$2a + 3c = 31$ and $3a + c = 29$; make the $c$ terms "
           "match by multiplying the second by 3.", "$9a + 3c = 87$; subtract $2a + 3c = 31$."]),
        A("Phone plan A costs 20 dollars a month plus 2 dollars per gigabyte; plan B costs 8 dollars plus 5 dollars "
          "per gigabyte. For $g$ gigabytes the monthly cost $c$ is $c = 20 + 2g$ on plan A and $c = 8 + 5g$ on plan B. "
          "For how many gigabytes do the plans cost the same, and what is that cost?", "system",
          "c = 20 + 2g; c = 8 + 5g",
          [("Both equal c, so set them equal.", "20 + 2g = 8 + 5g"),
           ("Subtract 2g and 8 from both sides.", "12 = 3g"), ("Divide by 3.", "g = 4"),
           ("Put g = 4 into c = 20 + 2g.", "c = 20 + 8 = 28"), ("State both.", "g = 4, c = 28")],
          pair("g = 4, c = 28"), 4, [FORM, SUBST],
          ["Both equations give $c$; where the plans cost the same, the right-hand sides are equal.",
           "Solve $20 + 2g = 8 + 5g$.", "$12 = 3g$"]),
        A("Mrs Haddad is three times as old as her son Omar. In 12 years she will be twice as old as he will be. "
          "With Omar $s$ years old and his mother $m$, find both ages now.", "system", "m = 3s; m + 12 = 2(s + 12)",
          [("Substitute m = 3s into the second equation.", "3s + 12 = 2(s + 12)"),
           ("Expand the bracket.", "3s + 12 = 2s + 24"), ("Subtract 2s and 12.", "s = 12"),
           ("Put s = 12 into m = 3s.", "m = 36"), ("State both ages.", "m = 36, s = 12")],
          pair("m = 36, s = 12"), 4, [FORM, SUBST],
          ["In 12 years both of them are 12 years older.", "Her age then is $m + 12$ and his is $s + 12$, so "
           "$m + 12 = 2(s + 12)$; substitute $m = 3s$.", "$3s + 12 = 2s + 24$"]),
        A("A rectangular garden has a perimeter of 46 metres, and its length is 5 metres more than twice its width. "
          "With width $w$ and length $l$ in metres, $l = 2w + 5$ and $2l + 2w = 46$. Find the length and the width.",
          "system", "l = 2w + 5; 2l + 2w = 46",
          [("Substitute l = 2w + 5 into the perimeter equation.", "2(2w + 5) + 2w = 46"),
           ("Expand and collect the w-terms.", "6w + 10 = 46"), ("Subtract 10.", "6w = 36"),
           ("Divide by 6.", "w = 6"), ("Put w = 6 into l = 2w + 5.", "l = 17"),
           ("State both.", "l = 17, w = 6")], pair("l = 17, w = 6"), 5, [FORM, SUBST]),
    ],
}
