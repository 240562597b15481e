"""Forces: Newton's second law, weight and friction on a level surface (statements written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

N2, WT, FR = "newtons-second-law", "weight", "friction"

PACK = {
    "file": "forces.json", "id": "forces-2", "prefix": "frc",
    "title": "Forces: Newton's second law, weight and friction", "subject": "physics", "level": "Ages 13-16",
    "description": "Resultant force and acceleration, weight and mass in a gravitational field, and friction on a "
                   "level surface.",
    "skills": [
        {"id": N2, "title": "Newton's second law", "description": "F = m a with the resultant force."},
        {"id": WT, "title": "Weight and mass", "description": "W = m g; g = 9.8 N/kg on Earth, other values elsewhere."},
        {"id": FR, "title": "Friction", "description": "f = μ N on a level surface, then the resultant force."},
    ],
    "problems": [
        # Newton's second law
        P(f"Ana pushes a {Q('20 kg')} shopping trolley with a resultant force of {Q('30 N')}. What is its "
          "acceleration?", "newtons-second-law", {"case": "1", "F": "30 N", "m": "20 kg"}, 1, [N2],
          ["Which law links force, mass and acceleration?", "Rearrange $F = m a$ to $a = \\frac{F}{m}$.",
           "$a = \\frac{30}{20}$"]),
        P(f"A {Q('1200 kg')} hatchback accelerates at {Q('2.5 m/s^2')} away from a junction. What resultant force "
          "acts on it?", "newtons-second-law", {"case": "0", "m": "1200 kg", "a": "2.5 m/s^2"}, 1, [N2]),
        P(f"Rashid kicks a {Q('450 g')} football, giving it an acceleration of {Q('60 m/s^2')} while his boot is in "
          "contact. Find the force of the kick.", "newtons-second-law", {"case": "0", "m": "450 g", "a": "60 m/s^2"},
          2, [N2],
          ["The mass must be in kilograms.", f"{Q('450 g')} is {Q('0.45 kg')}; use $F = m a$.",
           "$F = 0.45 \\times 60$"]),
        P(f"A tugboat pulls a river barge with a resultant force of {Q('4.8 kN')}, and the barge accelerates at "
          f"{Q('0.4 m/s^2')}. What is the barge's mass?", "newtons-second-law",
          {"case": "2", "F": "4.8 kN", "a": "0.4 m/s^2"}, 2, [N2]),
        P(f"A {Q('1500 kg')} rally car has a resultant forward force of {Q('6 kN')}. Calculate its acceleration.",
          "newtons-second-law", {"case": "1", "F": "6 kN", "m": "1500 kg"}, 2, [N2]),
        P(f"At the start of a race a rowing boat with its crew accelerates at {Q('0.8 m/s^2')} when the resultant "
          f"force is {Q('96 N')}. What is the total mass of boat and crew?", "newtons-second-law",
          {"case": "2", "F": "96 N", "a": "0.8 m/s^2"}, 3, [N2]),
        A(f"Lucía and her bike have a mass of {Q('80 kg')}. She pedals with a driving force of {Q('200 N')} while air "
          f"resistance and friction add up to {Q('120 N')} against her. What is her acceleration?",
          [("m", "80 kg", "mass of rider and bike"), ("F_1", "200 N", "driving force"),
           ("F_2", "120 N", "resistive force")], "a",
          [("The resultant force is the driving force minus the resistive force.", "F = F_1 - F_2"),
           ("Substitute.", "F = 200 - 120 = 80 N"),
           ("Newton's second law, rearranged for a.", "a = F/m"),
           ("Substitute.", "a = 80/80"),
           ("Work it out and give the unit.", "a = 1 m/s^2")], "1 m/s^2", 3, [N2],
          ["Two forces act along the road in opposite directions.", "Find the resultant $F_1 - F_2$ first, then use "
           "$a = \\frac{F}{m}$.", "$a = \\frac{200 - 120}{80}$"]),
        A(f"A lift car of mass {Q('800 kg')} hangs from a cable. As it starts to rise, the tension in the cable is "
          f"{Q('9000 N')}. Find the lift's acceleration. Take $g = 9.8\\,\\mathrm{{N/kg}}$.",
          [("m", "800 kg", "mass of the lift"), ("T", "9000 N", "tension in the cable")], "a",
          [("The resultant force is the tension minus the weight.", "a = (T - m g)/m"),
           ("Substitute the values.", "a = (9000 - 800 × 9.8)/800"),
           ("Work it out and give the unit.", "a = 1.45 m/s^2")], {"value": "1.45 m/s^2", "tolerance": "2%"}, 4,
          [N2, WT],
          ["Two forces act on the lift: the cable pulls up and its weight pulls down.",
           "Weight is $m g$; the resultant is $T - m g$, then divide by $m$.", "$a = \\frac{9000 - 7840}{800}$"]),
        C("A car travels along a straight motorway at a constant velocity. What is the resultant force on it?",
          ["zero", "equal to its weight", "in the direction it is moving", "backwards, against its motion"], 0, 1,
          [N2]),
        C("The same resultant force acts on a 1 kg trolley and on a 2 kg trolley. Compared with the 1 kg trolley, "
          "the 2 kg trolley's acceleration is", ["twice as big", "the same", "half as big", "a quarter as big"], 2,
          2, [N2],
          ["Think about which quantity stays the same.", "With $F$ fixed, $a = \\frac{F}{m}$.",
           "Doubling $m$ halves $a$."]),
        # weight
        P(f"Mehmet carries a {Q('5 kg')} bag of rice home from the market. What is the weight of the rice?",
          "weight", {"case": "0", "m": "5 kg"}, 1, [WT],
          ["Weight is a force, measured in newtons.", "Use $W = m g$ with $g = 9.8\\,\\mathrm{N/kg}$.",
           "$W = 5 \\times 9.8$"]),
        P(f"Ama's pet hamster has a mass of {Q('120 g')}. Work out its weight, to 3 significant figures.", "weight",
          {"case": "0", "m": "120 g"}, 2, [WT], answer={"sigfigs": "3"}),
        P(f"A spring balance at the airport shows that a suitcase weighs {Q('196 N')}. What is the suitcase's "
          "mass?", "weight", {"case": "1", "W": "196 N"}, 2, [WT]),
        P(f"The weight of a small city car is {Q('9.8 kN')}. Find its mass.", "weight", {"case": "1", "W": "9.8 kN"},
          3, [WT],
          ["Write the weight in newtons first.", "Rearrange $W = m g$ to $m = \\frac{W}{g}$.",
           "$m = \\frac{9800}{9.8}$"]),
        A(f"An astronaut with her suit has a mass of {Q('70 kg')}. On the Moon the gravitational field strength is "
          f"{Q('1.6 N/kg')}. What does she weigh there?",
          [("m", "70 kg", "mass"), ("g", "1.6 N/kg", "gravitational field strength on the Moon")], "W",
          [("Weight is mass times gravitational field strength.", "W = m g"),
           ("Substitute the Moon's value of g.", "W = 70 × 1.6"),
           ("Work it out and give the unit.", "W = 112 N")], "112 N", 2, [WT],
          ["Her mass is the same on the Moon; only $g$ changes.", "Use $W = m g$ with $g = 1.6\\,\\mathrm{N/kg}$.",
           "$W = 70 \\times 1.6$"]),
        A(f"A planetary rover weighs {Q('3430 N')} on Earth ($g = 9.8\\,\\mathrm{{N/kg}}$). What will it weigh on "
          f"Mars, where the gravitational field strength is {Q('3.7 N/kg')}?",
          [("W_E", "3430 N", "weight on Earth"), ("g_M", "3.7 N/kg", "gravitational field strength on Mars")], "W_M",
          [("Find the mass from the weight on Earth.", "m = W_E/g"),
           ("Substitute.", "m = 3430/9.8 = 350 kg"),
           ("The mass is the same on Mars.", "W_M = m g_M"),
           ("Substitute.", "W_M = 350 × 3.7"),
           ("Work it out and give the unit.", "W_M = 1295 N")], {"value": "1295 N", "tolerance": "1%"}, 4, [WT],
          ["Weight changes from planet to planet, mass does not.", "First $m = \\frac{W_E}{g}$, then "
           "$W_M = m\\,g_M$.", "$m = 350\\,\\mathrm{kg}$"]),
        C("An astronaut travels from Earth to the Moon. Which of these changes?",
          ["her mass", "her weight", "both her mass and her weight", "neither"], 1, 1, [WT]),
        C("Which unit is a unit of weight?", ["kilogram", "newton", "newton per kilogram", "gram"], 1, 1, [WT]),
        # friction
        P(f"A {Q('30 kg')} crate slides across a warehouse floor. The coefficient of friction between crate and "
          "floor is 0.4. How large is the friction force?", "friction-level",
          {"case": "friction", "m": "30 kg", "μ": "0.4"}, 2, [FR],
          ["Friction depends on how hard the surfaces press together.",
           "First the normal force $N = m g$, then $f = \\mu N$.", "$f = 0.4 \\times 294$"]),
        P(f"Jun slides a {Q('2 kg')} wooden chopping board across a kitchen worktop; the coefficient of friction is "
          "0.25. Find the friction force on the board.", "friction-level",
          {"case": "friction", "m": "2 kg", "μ": "0.25"}, 2, [FR]),
        P(f"Kofi drags a {Q('10 kg')} box of books along a corridor with a horizontal pull of {Q('60 N')}. The "
          "coefficient of friction is 0.3. What is the box's acceleration?", "friction-level",
          {"case": "acceleration", "m": "10 kg", "μ": "0.3", "F": "60 N"}, 3, [FR, N2],
          ["Not all of the pull speeds the box up.", "Find $f = \\mu m g$, then $a = \\frac{F - f}{m}$.",
           "$a = \\frac{60 - 29.4}{10}$"]),
        P(f"On a frozen pond, Saoirse pushes a {Q('0.16 kg')} hockey puck with a force of {Q('0.5 N')}. The "
          "coefficient of friction between puck and ice is 0.1. Find the puck's acceleration while she pushes.",
          "friction-level", {"case": "acceleration", "m": "0.16 kg", "μ": "0.1", "F": "0.5 N"}, 3, [FR, N2]),
        P(f"Two children pull a {Q('25 kg')} sledge across flat snow with a combined force of {Q('80 N')}. The "
          "coefficient of friction is 0.15. How quickly does the sledge speed up?", "friction-level",
          {"case": "acceleration", "m": "25 kg", "μ": "0.15", "F": "80 N"}, 3, [FR, N2]),
        A(f"Aroha wants to slide a {Q('40 kg')} trunk across the floor at a steady speed. The coefficient of "
          "friction is 0.35. What horizontal pulling force does she need?",
          [("m", "40 kg", "mass of the trunk"), ("μ", "0.35", "coefficient of friction")], "F",
          [("At steady speed the resultant force is zero, so the pull equals the friction.", "F = μ m g"),
           ("Substitute the values.", "F = 0.35 × 40 × 9.8"),
           ("Work it out and give the unit.", "F = 137.2 N")], {"value": "137 N", "tolerance": "1%"}, 3, [FR],
          ["Steady speed means no acceleration.", "So the pull must balance the friction: $F = \\mu m g$.",
           "$F = 0.35 \\times 40 \\times 9.8$"]),
        A(f"A {Q('12 kg')} toolbox needs a horizontal force of {Q('47.04 N')} to keep it sliding at a steady speed "
          "across a garage floor. What is the coefficient of friction?",
          [("m", "12 kg", "mass of the toolbox"), ("f", "47.04 N", "friction force")], "μ",
          [("At steady speed the friction equals the pull; on a level floor N = m g.", "μ = f/(m g)"),
           ("Substitute the values.", "μ = 47.04/(12 × 9.8)"),
           ("Work it out: a coefficient of friction has no unit.", "μ = 0.4")],
          {"kind": "numeric", "value": "0.4", "tolerance": "0.01"}, 4, [FR],
          ["The friction force is $\\mu$ times the normal force.", "Rearrange $f = \\mu m g$ to "
           "$\\mu = \\frac{f}{m g}$.", "$\\mu = \\frac{47.04}{117.6}$"]),
        C("A box slides to the right across a floor. In which direction does friction act on the box?",
          ["to the right", "to the left", "upwards", "downwards"], 1, 1, [FR]),
        C("Which change would reduce the friction force on a box sliding across a floor?",
          ["putting more books in the box", "emptying some books out of the box", "pushing the box harder",
           "sliding it faster"], 1, 2, [FR]),
    ],
}
