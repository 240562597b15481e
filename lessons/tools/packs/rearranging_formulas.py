"""Rearranging formulas: change the subject in one step and in several, formulas from science, and substituting
values before solving. Written for Stepwise."""
from packs_src import A, C, P

ONE, TWO, SCI, SUB = "one-step-subject", "multi-step-subject", "science-formulas", "substitute-and-solve"


def R(statement, formula, subject, difficulty, skills, hints=None):
    """A rearrangement the rearrange-formula solver works step by step."""
    return P(statement, "rearrange-formula", {"formula": formula, "subject": subject}, difficulty, skills, hints)


def S(statement, family, equation, variable, difficulty, skills, hints=None):
    """Values substituted into a formula: the linear equation that is left, solved by the named family."""
    return P(statement, family, {"equation": equation, "variable": variable}, difficulty, skills, hints)


def eq(value):
    return {"kind": "equation", "value": value}


PACK = {
    "file": "rearranging-formulas.json", "id": "rearranging-formulas", "prefix": "rf",
    "title": "Rearranging formulas", "subject": "math", "level": "Ages 13-15",
    "description": "Change the subject of a formula by doing the same to both sides: one step, then several; "
                   "formulas from science; substitute known values and solve for the one that is left.",
    "skills": [
        {"id": ONE, "title": "Change the subject in one step",
         "description": "Undo one multiplication, division, addition or subtraction on both sides."},
        {"id": TWO, "title": "Change the subject in several steps",
         "description": "Undo the operations in reverse order; factorise when the subject appears twice."},
        {"id": SCI, "title": "Rearrange formulas from science",
         "description": "Speed, force, density, energy, electricity and waves: the formulas of the physics lab."},
        {"id": SUB, "title": "Substitute, then solve",
         "description": "Put the known values into a formula and solve the equation that is left."},
    ],
    "problems": [
        R("Zanele knows the mass of a trolley and the force pushing it. Rearrange Newton's second law, $F = ma$, "
          "so that she can work out the acceleration $a$.", "F = m a", "a", 1, [ONE, SCI],
          ["What is $a$ multiplied by?", "Divide both sides by $m$.", "$\\frac{F}{m} = a$"]),
        R("An electrician measures the potential difference and the current in a cable. Rearrange $V = IR$ to give "
          "the resistance $R$.", "V = I R", "R", 1, [ONE, SCI]),
        R("Make $u$ the subject of the motion formula $v = u + at$, so that Marco can find a bus's starting "
          "speed.", "v = u + a t", "u", 1, [ONE, SCI],
          ["Which term is added to $u$?", "Take $at$ away from both sides.", "$v - at = u$"]),
        R("A rug has area $A = lw$. Write a formula for its width $w$ in terms of $A$ and $l$.", "A = l w", "w", 1,
          [ONE]),
        R("Pressure is force per area, $p = \\frac{F}{A}$. Rearrange it so that Dalia can find the force $F$ on a "
          "piston.", "p = F/A", "F", 1, [ONE, SCI]),
        A("The circumference of a round pond is $C = 2\\pi r$. Make $r$ the subject, so Björn can find the radius "
          "from the distance round it.", "solve", "C = 2π r",
          [("Divide both sides by $2\\pi$.", "r = C/(2π)")], eq("r = C/(2π)"), 1, [ONE],
          ["$r$ is multiplied by two numbers, $2$ and $\\pi$.", "Divide both sides by $2\\pi$.",
           "$r = \\frac{C}{2\\pi}$"]),
        R("On a straight-line graph, $y = mx + c$. Write the intercept $c$ in terms of $x$, $y$ and $m$.",
          "y = m x + c", "c", 1, [ONE]),
        C("Sun-hee wants $t$ on its own in $v = u + at$. What should she do first?",
          ["Subtract $u$ from both sides", "Divide both sides by $a$", "Subtract $a$ from both sides",
           "Divide both sides by $u$"], 0, 1, [TWO, SCI],
          ["Undo the operations in the reverse order to how $t$ was built up.", "$t$ was multiplied by $a$, then "
           "$u$ was added. Undo the last one first.", "Subtract $u$: $v - u = at$."]),
        R("A wave's speed is $v = f\\lambda$. Rearrange the formula to give the frequency $f$ of a sound wave.",
          "v = f λ", "f", 2, [ONE, SCI]),
        R("The energy stored by a climber lifted to height $h$ is $E = mgh$. Make $h$ the subject so that Tenzing "
          "can find the height from the energy.", "E = m g h", "h", 2, [ONE, SCI],
          ["$h$ is multiplied by both $m$ and $g$.", "Divide both sides by $mg$.", "$h = \\frac{E}{mg}$"]),
        R("Heating water takes energy $Q = mcT$. Write the specific heat capacity $c$ in terms of $Q$, $m$ and "
          "$T$.", "Q = m c T", "c", 2, [ONE, SCI]),
        R("Make $t$ the subject of $v = u + at$. Amelia will use it to time a cyclist speeding up.", "v = u + a t",
          "t", 2, [TWO, SCI],
          ["Two operations were done to $t$: multiplied by $a$, then $u$ added.", "Subtract $u$ from both sides, "
           "then divide by $a$.", "$v - u = at$"]),
        R("Rearrange $v = u + at$ to give the acceleration $a$ of a train pulling out of Nairobi station.",
          "v = u + a t", "a", 2, [TWO, SCI]),
        R("Density is $\\rho = \\frac{m}{V}$. Find a formula for the volume $V$ of a lump of metal from its mass and "
          "density.", "ρ = m/V", "V", 2, [TWO, SCI],
          ["$V$ is on the bottom of a fraction.", "Multiply both sides by $V$, then divide by $\\rho$.",
           "$\\rho V = m$"]),
        R("Average speed is $s = \\frac{d}{t}$. Make $t$ the subject so Kalani can work out how long a journey "
          "takes.", "s = d/t", "t", 2, [TWO, SCI]),
        R("Make $x$ the subject of $y = mx + c$.", "y = m x + c", "x", 2, [TWO]),
        A("Make $b$ the subject of $a = 3b - c$.", "solve", "a = 3b - c",
          [("Add $c$ to both sides.", "a + c = 3b"), ("Divide both sides by 3.", "b = (a + c)/3")],
          eq("b = (a + c)/3"), 2, [TWO],
          ["Which operation was done to $b$ last?", "Add $c$ to both sides, then divide by 3.", "$a + c = 3b$"]),
        R("A rectangular field has perimeter $P = 2l + 2w$. Rearrange the formula to give its length $l$.",
          "P = 2l + 2w", "l", 3, [TWO]),
        R("Kinetic energy is $E = \\frac{1}{2}mv^2$. Make the mass $m$ the subject.", "E = 1/2 × m v^2", "m", 3,
          [TWO, SCI],
          ["Get rid of the $\\frac{1}{2}$ first.", "Multiply both sides by 2, then divide by $v^2$.",
           "$2E = mv^2$"]),
        A("For steady acceleration, $v^2 = u^2 + 2as$. Make the distance $s$ the subject.", "solve",
          "v^2 = u^2 + 2 a s",
          [("Subtract $u^2$ from both sides.", "v^2 - u^2 = 2 a s"), ("Divide both sides by $2a$.",
                                                                    "s = (v^2 - u^2)/(2 a)")],
          eq("s = (v^2 - u^2)/(2a)"), 3, [TWO, SCI]),
        A("Temperatures in Fahrenheit and Celsius are linked by $F = \\frac{9}{5}C + 32$. Make $C$ the subject, so "
          "Mariana can convert the weather forecast in Chicago.", "solve", "F = 9/5 C + 32",
          [("Subtract 32 from both sides.", "F - 32 = 9/5 C"), ("Multiply both sides by $\\frac{5}{9}$.",
                                                               "C = 5/9 (F - 32)")],
          eq("C = 5/9 (F - 32)"), 3, [TWO],
          ["Undo the $+32$ first.", "Subtract 32, then multiply by $\\frac{5}{9}$ (the reciprocal of "
           "$\\frac{9}{5}$).", "$F - 32 = \\frac{9C}{5}$"]),
        A("The area of a trapezium-shaped flower bed is $A = \\frac{(a + b)h}{2}$. Make the height $h$ the "
          "subject.", "solve", "A = (a + b) h/2",
          [("Multiply both sides by 2.", "2A = (a + b) h"), ("Divide both sides by $a + b$.", "h = 2A/(a + b)")],
          eq("h = 2A/(a + b)"), 3, [TWO],
          ["$h$ is multiplied by $(a + b)$ and then divided by 2.", "Multiply by 2, then divide by the whole "
           "bracket $(a + b)$.", "$2A = (a + b)h$"]),
        C("The area of a circular rug is $A = \\pi r^2$. Which formula gives its radius?",
          ["$r = \\sqrt{\\frac{A}{\\pi}}$", "$r = \\frac{A}{2\\pi}$", "$r = \\frac{\\sqrt{A}}{\\pi}$",
           "$r = \\sqrt{A} - \\pi$"], 0, 3, [TWO],
          ["$r$ is squared, then multiplied by $\\pi$.", "Divide both sides by $\\pi$, then undo the square.",
           "$r^2 = \\frac{A}{\\pi}$, and a radius is positive, so take the positive square root."]),
        A("Make $x$ the subject of $ax + b = cx + d$. (The letter $x$ appears twice.)", "solve", "a x + b = c x + d",
          [("Collect the $x$ terms on the left and the rest on the right.", "a x - c x = d - b"),
           ("Take $x$ out as a common factor.", "x (a - c) = d - b"), ("Divide both sides by $a - c$.",
                                                                     "x = (d - b)/(a - c)")],
          eq("x = (d - b)/(a - c)"), 4, [TWO],
          ["Get every term with $x$ on the same side.", "$ax - cx = d - b$; then factorise the left side.",
           "$x(a - c) = d - b$"]),
        S("A bus leaves a stop at $5\\,\\mathrm{m/s}$ and speeds up by $4\\,\\mathrm{m/s}$ every second. Put $v = 25$, "
          "$u = 5$ and $a = 4$ into $v = u + at$ and solve for the time $t$ in seconds.", "linear-two-step",
          "5 + 4t = 25", "t", 1, [SUB, SCI],
          ["Replace each letter you know by its value.", "$25 = 5 + 4t$; subtract 5 from both sides.",
           "$4t = 20$"]),
        S("In $V = IR$, a lamp has $V = 12$ volts across it and $I = 0.4$ amps through it. Substitute and solve "
          "for its resistance $R$ in ohms.", "linear-one-step", "0.4R = 12", "R", 1, [SUB, SCI]),
        S("A garden fence has perimeter $P = 2l + 2w$. Farida's garden has $P = 30$ metres and width $w = 4$ "
          "metres. Substitute and find the length $l$ in metres.", "linear-two-step", "2l + 8 = 30", "l", 2, [SUB],
          ["Put in the values of $P$ and $w$.", "$30 = 2l + 8$: subtract 8, then divide by 2.", "$2l = 22$"]),
        S("Using $E = mgh$, a 50 kg crate gains 4900 joules of energy when it is lifted, and $g = 9.8$. "
          "Substituting gives $490h = 4900$. Find the height $h$ in metres.", "linear-one-step", "490h = 4900", "h",
          2, [SUB, SCI]),
        S("A forecast in Chicago says $77\\,\\degree\\mathrm{F}$. Using $F = \\frac{9}{5}C + 32$, solve "
          "$\\frac{9}{5}C + 32 = 77$ for the temperature $C$ in degrees Celsius.", "linear-two-step", "9/5 C + 32 = 77",
          "C", 3, [SUB],
          ["Subtract 32 first.", "$\\frac{9}{5}C = 45$; then multiply both sides by $\\frac{5}{9}$.",
           "$C = 45 \\times \\frac{5}{9}$"]),
    ],
}
