"""Density and pressure: density, pressure on a surface, pressure in liquids (statements written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

DEN, PRS, LIQ = "density", "pressure", "pressure-in-liquids"

PACK = {
    "file": "density-and-pressure.json", "id": "density-pressure-1", "prefix": "dp",
    "title": "Density and pressure", "subject": "physics", "level": "Ages 14-16",
    "description": "Density as mass per volume, pressure as force per area, and the pressure of a liquid at a depth.",
    "skills": [
        {"id": DEN, "title": "Density", "description": "ρ = m/V, in kg/m³ or g/cm³; volumes by measuring or by displacement."},
        {"id": PRS, "title": "Pressure on a surface", "description": "p = F/A, in pascals; big force, small area."},
        {"id": LIQ, "title": "Pressure in liquids", "description": "p = ρ g h below the surface of a liquid."},
    ],
    "problems": [
        # density
        P(f"A wooden chopping block has a mass of {Q('3 kg')} and a volume of {Q('0.005 m^3')}. What is the density "
          "of the wood?", "density", {"case": "0", "m": "3 kg", "V": "0.005 m^3"}, 1, [DEN],
          ["Density is the mass of each cubic metre.", "Use $\\rho = \\frac{m}{V}$.", "$\\rho = \\frac{3}{0.005}$"]),
        P(f"Wei measures a metal cylinder from the school kit: its mass is {Q('540 g')} and its volume is "
          f"{Q('200 cm^3')}. Find its density in kilograms per cubic metre.", "density",
          {"case": "0", "m": "540 g", "V": "200 cm^3"}, 2, [DEN],
          ["Work in kilograms and cubic metres.", f"{Q('540 g')} is {Q('0.54 kg')} and {Q('200 cm^3')} is "
           f"{Q('0.0002 m^3')}.", "$\\rho = \\frac{0.54}{0.0002}$"]),
        P(f"Olive oil has a density of {Q('920 kg/m^3')}. What is the mass of the oil in a {Q('0.5 L')} bottle?",
          "density", {"case": "1", "ρ": "920 kg/m^3", "V": "0.5 L"}, 2, [DEN]),
        P(f"A backyard swimming pool holds {Q('375 m^3')} of water, which has a density of {Q('1000 kg/m^3')}. What "
          "is the mass of the water?", "density", {"case": "1", "ρ": "1000 kg/m^3", "V": "375 m^3"}, 2, [DEN]),
        P(f"An ice cube from Paulo's freezer has a mass of {Q('9.2 g')} and a volume of {Q('10 cm^3')}. What is the "
          "density of ice?", "density", {"case": "0", "m": "9.2 g", "V": "10 cm^3"}, 2, [DEN]),
        P(f"A gold bar has a mass of {Q('12.5 kg')}. Gold's density is {Q('19300 kg/m^3')}. What is the bar's "
          "volume, in cubic centimetres?", "density", {"case": "2", "m": "12.5 kg", "ρ": "19300 kg/m^3"}, 3, [DEN],
          ["Rearrange the density formula for the volume.", "$V = \\frac{m}{\\rho}$ gives cubic metres; "
           "$1\\,\\mathrm{m^3} = 1000000\\,\\mathrm{cm^3}$.", "$V = \\frac{12.5}{19300}$"],
          {"value": "648 cm^3", "tolerance": "1%"}),
        P(f"The air in a classroom has a mass of {Q('240 kg')}, and air's density is {Q('1.2 kg/m^3')}. What is the "
          "volume of the classroom?", "density", {"case": "2", "m": "240 kg", "ρ": "1.2 kg/m^3"}, 3, [DEN]),
        A(f"A concrete paving slab measures {Q('0.6 m')} by {Q('0.6 m')} and is {Q('0.05 m')} thick. Its mass is "
          f"{Q('43.2 kg')}. What is the density of the concrete?",
          [("a", "0.6 m", "length"), ("b", "0.6 m", "width"), ("c", "0.05 m", "thickness"), ("m", "43.2 kg", "mass")],
          "ρ",
          [("The volume of a cuboid is length × width × thickness.", "V = a b c"),
           ("Substitute.", "V = 0.6 × 0.6 × 0.05 = 0.018 m^3"),
           ("Density is mass over volume.", "ρ = m/V"),
           ("Substitute.", "ρ = 43.2/0.018"),
           ("Work it out and give the unit.", "ρ = 2400 kg/m^3")], "2400 kg/m^3", 4, [DEN],
          ["You need the volume before the density.", "Multiply the three lengths for $V$, then use "
           "$\\rho = \\frac{m}{V}$.", "$V = 0.018\\,\\mathrm{m^3}$"]),
        A(f"Nomvula pours water into a measuring cylinder up to {Q('50 cm^3')}. When she lowers in a {Q('120 g')} "
          f"pebble, the level rises to {Q('65 cm^3')}. What is the density of the pebble?",
          [("V_1", "50 cm^3", "first reading"), ("V_2", "65 cm^3", "second reading"), ("m", "120 g", "mass")], "ρ",
          [("The pebble's volume is the rise in the water level.", "V = V_2 - V_1"),
           ("Substitute in cubic metres.", "V = 0.000065 - 0.00005 = 0.000015 m^3"),
           ("Density is mass over volume.", "ρ = m/V"),
           ("Substitute, with the mass in kilograms.", "ρ = 0.12/0.000015"),
           ("Work it out and give the unit.", "ρ = 8000 kg/m^3")], "8000 kg/m^3", 3, [DEN],
          ["The pebble pushes aside its own volume of water.", "Its volume is $65 - 50 = 15\\,\\mathrm{cm^3}$; "
           "then $\\rho = \\frac{m}{V}$.", "$\\rho = \\frac{120\\,\\mathrm{g}}{15\\,\\mathrm{cm^3}} = "
           "8\\,\\mathrm{g/cm^3}$"]),
        C("A solid object floats in water when its density is", ["greater than water's", "less than water's",
                                                                  "exactly zero", "the same as its mass"], 1, 1, [DEN]),
        C("Which has the greater density: 1 kg of feathers or 1 kg of lead?",
          ["the feathers", "the lead", "they are the same, because the masses are equal"], 1, 1, [DEN],
          ["Density compares mass with volume.", "The masses are equal; which takes up less space?",
           "The lead has the smaller volume, so the greater density."]),
        # pressure on a surface
        P(f"Yaw weighs {Q('600 N')} and stands on both feet, which have a total area of {Q('0.04 m^2')} on the "
          "floor. What pressure does he exert?", "pressure", {"case": "0", "F": "600 N", "A": "0.04 m^2"}, 1, [PRS],
          ["Pressure is force spread over an area.", "Use $p = \\frac{F}{A}$.", "$p = \\frac{600}{0.04}$"]),
        P(f"Anja wears snowshoes so that her weight of {Q('700 N')} is spread over {Q('0.35 m^2')}. What pressure "
          "does she put on the snow?", "pressure", {"case": "0", "F": "700 N", "A": "0.35 m^2"}, 1, [PRS]),
        P(f"A car tyre at a pressure of {Q('200 kPa')} touches the road over an area of {Q('0.015 m^2')}. What force "
          "does that tyre support?", "pressure", {"case": "1", "p": "200 kPa", "A": "0.015 m^2"}, 2, [PRS]),
        P(f"An elephant weighing {Q('50 kN')} stands with its four feet covering {Q('0.5 m^2')} in total. What is the "
          "pressure on the ground, in kilopascals?", "pressure", {"case": "0", "F": "50 kN", "A": "0.5 m^2"}, 2,
          [PRS], answer={"value": "100 kPa"}),
        P(f"Marisol pushes a drawing pin into a notice board with a force of {Q('20 N')}. The point of the pin has "
          f"an area of {Q('0.01 cm^2')}. Find the pressure under the point.", "pressure",
          {"case": "0", "F": "20 N", "A": "0.01 cm^2"}, 3, [PRS],
          ["Convert the area to square metres: it is tiny.", f"{Q('1 cm^2')} is {Q('0.0001 m^2')}, so the point is "
           f"{Q('0.000001 m^2')}.", "$p = \\frac{20}{0.000001}$"], {"value": "20 MPa"}),
        P(f"The small piston of a car jack has an area of {Q('25 cm^2')}, and the oil pressure is {Q('800 kPa')}. "
          "What force does the oil exert on the piston?", "pressure", {"case": "1", "p": "800 kPa", "A": "25 cm^2"},
          3, [PRS]),
        A(f"A {Q('30 kg')} box of books rests on the floor. Its base is {Q('0.5 m')} by {Q('0.4 m')}. What pressure "
          "does it exert on the floor?",
          [("m", "30 kg", "mass"), ("a", "0.5 m", "length of the base"), ("b", "0.4 m", "width of the base")], "p",
          [("The force on the floor is the box's weight.", "F = m g"),
           ("Substitute.", "F = 30 × 9.8 = 294 N"),
           ("The area of the base.", "A = a b = 0.5 × 0.4 = 0.2 m^2"),
           ("Pressure is force over area.", "p = F/A"),
           ("Substitute.", "p = 294/0.2"),
           ("Work it out and give the unit.", "p = 1470 Pa")], "1470 Pa", 3, [PRS],
          ["The force here is the weight of the box.", "Find $F = m g$ and $A = 0.5 \\times 0.4$, then "
           "$p = \\frac{F}{A}$.", "$p = \\frac{294}{0.2}$"]),
        C("Why does a sharp knife cut a tomato more easily than a blunt one?",
          ["the sharp knife is heavier", "the same force acts on a smaller area, giving a bigger pressure",
           "the sharp knife has a larger area", "a blunt knife has less friction"], 1, 1, [PRS],
          ["Compare the edges of the two knives.", "Pressure is $\\frac{F}{A}$: what happens when $A$ is smaller?",
           "A smaller area gives a bigger pressure for the same force."]),
        C("One pascal is", ["one newton per square metre", "one newton per metre", "one kilogram per cubic metre",
                            "one joule per second"], 0, 1, [PRS]),
        # pressure in liquids
        A(f"A swimming pool is {Q('2 m')} deep. Water has a density of {Q('1000 kg/m^3')}. What is the pressure "
          "due to the water at the bottom?",
          [("ρ", "1000 kg/m^3", "density of water"), ("h", "2 m", "depth")], "p",
          [("The pressure of a liquid at a depth.", "p = ρ g h"),
           ("Substitute the values.", "p = 1000 × 9.8 × 2"),
           ("Work it out and give the unit.", "p = 19600 Pa")], "19600 Pa", 2, [LIQ],
          ["Deeper water has more water above pressing down.", "Use $p = \\rho g h$.",
           "$p = 1000 \\times 9.8 \\times 2$"]),
        A(f"Ikaika dives to {Q('15 m')} below the surface of the sea, where the water's density is "
          f"{Q('1030 kg/m^3')}. What pressure does the water exert on him, in kilopascals?",
          [("ρ", "1030 kg/m^3", "density of sea water"), ("h", "15 m", "depth")], "p",
          [("The pressure of a liquid at a depth.", "p = ρ g h"),
           ("Substitute the values.", "p = 1030 × 9.8 × 15"),
           ("Work it out and give the unit.", "p = 151410 Pa")], {"value": "151 kPa", "tolerance": "1%"}, 3, [LIQ]),
        A(f"The water behind a dam is {Q('40 m')} deep. Taking the density of water as {Q('1000 kg/m^3')}, find the "
          "water pressure at the foot of the dam.",
          [("ρ", "1000 kg/m^3", "density of water"), ("h", "40 m", "depth")], "p",
          [("The pressure of a liquid at a depth.", "p = ρ g h"),
           ("Substitute the values.", "p = 1000 × 9.8 × 40"),
           ("Work it out and give the unit.", "p = 392000 Pa")], "392000 Pa", 3, [LIQ]),
        A(f"A glass of mango juice is {Q('30 cm')} tall, and the juice has a density of {Q('1050 kg/m^3')}. What is "
          "the pressure due to the juice at the bottom of the glass?",
          [("ρ", "1050 kg/m^3", "density of the juice"), ("h", "30 cm", "depth")], "p",
          [("The pressure of a liquid at a depth.", "p = ρ g h"),
           ("Convert the depth to metres.", "h = 30 cm = 0.3 m"),
           ("Substitute the values.", "p = 1050 × 9.8 × 0.3"),
           ("Work it out and give the unit.", "p = 3087 Pa")], {"value": "3087 Pa", "tolerance": "1%"}, 3, [LIQ]),
        A(f"At what depth in fresh water ({Q('1000 kg/m^3')}) is the pressure due to the water {Q('49 kPa')}?",
          [("ρ", "1000 kg/m^3", "density of water"), ("p", "49 kPa", "pressure due to the water")], "h",
          [("Rearrange p = ρ g h for the depth.", "h = p/(ρ g)"),
           ("Substitute the values in SI units.", "h = 49000/(1000 × 9.8)"),
           ("Work it out and give the unit.", "h = 5 m")], "5 m", 4, [LIQ],
          ["You know the pressure and want the depth.", "Rearrange $p = \\rho g h$ to "
           "$h = \\frac{p}{\\rho g}$.", "$h = \\frac{49000}{9800}$"]),
        A(f"On a calm day the air pressure at the surface of a lake is {Q('101 kPa')}. What is the total pressure on "
          f"a diver {Q('10 m')} down in the fresh water ({Q('1000 kg/m^3')})?",
          [("p_0", "101 kPa", "air pressure at the surface"), ("ρ", "1000 kg/m^3", "density of water"),
           ("h", "10 m", "depth")], "p",
          [("The total pressure is the air pressure plus the water's pressure.", "p = p_0 + ρ g h"),
           ("Substitute the values in SI units.", "p = 101000 + 1000 × 9.8 × 10"),
           ("Work it out and give the unit.", "p = 199000 Pa")], {"value": "199 kPa", "tolerance": "1%"}, 4, [LIQ],
          ["The air above the lake presses on the water too.", "Add the air pressure to $\\rho g h$.",
           "$p = 101000 + 98000$"]),
        C("The pressure in a liquid increases as you go", ["deeper", "closer to the surface",
                                                          "into a wider container", "towards the sides"], 0, 1,
          [LIQ]),
    ],
}
