"""Energy, work and power: work done, kinetic and gravitational potential energy, power (written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

WRK, KE, GPE, POW = "work-done", "kinetic-energy", "potential-energy", "power"

PACK = {
    "file": "energy.json", "id": "energy-work-power-1", "prefix": "enr",
    "title": "Energy, work and power", "subject": "physics", "level": "Ages 14-16",
    "description": "Work done by a force, kinetic and gravitational potential energy, energy changing from one store "
                   "to another, and power as energy transferred each second.",
    "skills": [
        {"id": WRK, "title": "Work done", "description": "W = F d, with the force along the motion."},
        {"id": KE, "title": "Kinetic energy", "description": "E_k = ½ m v², and finding a speed from it."},
        {"id": GPE, "title": "Gravitational potential energy", "description": "E_p = m g h, and heights from it."},
        {"id": POW, "title": "Power", "description": "P = E/t: watts are joules per second."},
    ],
    "problems": [
        # work done
        P(f"Zara pushes a wheelbarrow of soil {Q('25 m')} across the garden with a steady force of {Q('80 N')}. How "
          "much work does she do?", "work-done", {"case": "0", "F": "80 N", "d": "25 m"}, 1, [WRK],
          ["Work is done when a force moves something.", "Use $W = F d$.", "$W = 80 \\times 25$"]),
        P(f"Two removal workers drag a piano {Q('3 m')} across a hall floor, pulling with a total force of "
          f"{Q('400 N')}. Find the work done.", "work-done", {"case": "0", "F": "400 N", "d": "3 m"}, 1, [WRK]),
        P(f"A crane's cable pulls with a force of {Q('1.2 kN')} and does {Q('36 kJ')} of work raising a pallet of "
          "bricks. How far does the pallet rise?", "work-done", {"case": "1", "W": "36 kJ", "F": "1.2 kN"}, 2, [WRK],
          ["Both quantities have a prefix: convert them first.", "Rearrange $W = F d$ to $d = \\frac{W}{F}$.",
           "$d = \\frac{36000}{1200}$"]),
        P(f"Pressing a stapler takes a force of {Q('60 N')} through a distance of {Q('1.5 cm')}. How much work is "
          "that?", "work-done", {"case": "0", "F": "60 N", "d": "1.5 cm"}, 2, [WRK]),
        P(f"A tractor pulling a plough with a force of {Q('3 kN')} does {Q('1.8 MJ')} of work along one furrow. How "
          "long is the furrow?", "work-done", {"case": "1", "W": "1.8 MJ", "F": "3 kN"}, 3, [WRK]),
        C("In which of these is no work done on the bag?",
          ["lifting a bag of shopping on to a table", "holding a heavy bag still for a minute",
           "dragging a bag across the floor", "pushing a bag along a shelf"], 1, 2, [WRK],
          ["Work needs a force and a movement.", "Ask: does the bag move in the direction of the force?",
           "Holding the bag still moves it nowhere, so no work is done on it."]),
        # kinetic energy
        P(f"A {Q('60 kg')} runner jogs along the seafront at {Q('5 m/s')}. How much kinetic energy does she have?",
          "kinetic-energy", {"case": "0", "m": "60 kg", "v": "5 m/s"}, 1, [KE],
          ["Kinetic energy depends on mass and speed.", "Use $E_k = \\frac{1}{2} m v^2$.",
           "$E_k = \\frac{1}{2} \\times 60 \\times 5^2$"]),
        P(f"Thabo serves a {Q('58 g')} tennis ball at {Q('50 m/s')}. Find the ball's kinetic energy.",
          "kinetic-energy", {"case": "0", "m": "58 g", "v": "50 m/s"}, 2, [KE]),
        P(f"A {Q('1000 kg')} car is driving through town at {Q('72 km/h')}. What is its kinetic energy, in "
          "kilojoules?", "kinetic-energy", {"case": "0", "m": "1000 kg", "v": "72 km/h"}, 3, [KE],
          ["Speed must be in metres per second.", f"{Q('72 km/h')} is {Q('20 m/s')}; then "
           "$E_k = \\frac{1}{2} m v^2$.", "$E_k = \\frac{1}{2} \\times 1000 \\times 20^2$"], {"value": "200 kJ"}),
        P(f"A {Q('2 kg')} delivery drone has {Q('100 J')} of kinetic energy. How fast is it flying?",
          "kinetic-energy", {"case": "1", "E_k": "100 J", "m": "2 kg"}, 3, [KE]),
        P(f"A horse and its rider, {Q('600 kg')} together, gallop with {Q('30 kJ')} of kinetic energy. Find their "
          "speed.", "kinetic-energy", {"case": "1", "E_k": "30 kJ", "m": "600 kg"}, 3, [KE]),
        A(f"A {Q('900 kg')} car speeds up from {Q('10 m/s')} to {Q('20 m/s')}. By how much does its kinetic energy "
          "increase?",
          [("m", "900 kg", "mass"), ("u", "10 m/s", "initial speed"), ("v", "20 m/s", "final speed")], "E",
          [("The increase is the final kinetic energy minus the first.", "E = 1/2 m v^2 - 1/2 m u^2"),
           ("Substitute the values.", "E = 1/2 × 900 × 20^2 - 1/2 × 900 × 10^2"),
           ("Work out each energy.", "E = 180000 - 45000"),
           ("Work it out and give the unit.", "E = 135000 J")], "135000 J", 4, [KE],
          ["Find the kinetic energy at each speed.", "Work out $\\frac{1}{2} m v^2$ for $20\\,\\mathrm{m/s}$ and "
           "for $10\\,\\mathrm{m/s}$, then subtract.", "$180000 - 45000$"]),
        C("A cyclist doubles her speed. What happens to her kinetic energy?",
          ["it doubles", "it stays the same", "it becomes four times as big", "it halves"], 2, 2, [KE],
          ["Look at how speed appears in the formula.", "$E_k = \\frac{1}{2} m v^2$: the speed is squared.",
           "$2^2 = 4$"]),
        # gravitational potential energy
        P(f"Ewa, who has a mass of {Q('50 kg')}, climbs {Q('12 m')} up an indoor climbing wall. How much "
          "gravitational potential energy does she gain?", "potential-energy", {"case": "0", "m": "50 kg", "h": "12 m"},
          1, [GPE],
          ["Lifting something stores energy in the gravitational store.", "Use $E_p = m g h$.",
           "$E_p = 50 \\times 9.8 \\times 12$"]),
        P(f"Ravi lifts a {Q('400 g')} book {Q('80 cm')} up on to a shelf. What gravitational potential energy does "
          "the book gain? Give 3 significant figures.", "potential-energy", {"case": "0", "m": "400 g", "h": "80 cm"},
          2, [GPE], answer={"sigfigs": "3"}),
        P(f"A {Q('600 kg')} roller-coaster car is hauled to the top of a {Q('45 m')} lift hill. Find its gain in "
          "gravitational potential energy, in kilojoules.", "potential-energy",
          {"case": "0", "m": "600 kg", "h": "45 m"}, 2, [GPE], answer={"value": "264.6 kJ"}),
        P(f"A crane gives a {Q('250 kg')} steel beam {Q('49 kJ')} of gravitational potential energy. How high has "
          "it lifted the beam?", "potential-energy", {"case": "1", "E_p": "49 kJ", "m": "250 kg"}, 3, [GPE],
          ["You know the energy and the mass; the height is missing.",
           "Rearrange $E_p = m g h$ to $h = \\frac{E_p}{m g}$.", "$h = \\frac{49000}{250 \\times 9.8}$"]),
        A(f"Jamal drops a {Q('0.2 kg')} ball from a window {Q('5 m')} above the ground. Ignoring air resistance, all "
          "its gravitational potential energy becomes kinetic energy. How fast is it moving just before it lands?",
          [("m", "0.2 kg", "mass"), ("h", "5 m", "drop height")], "v",
          [("Find the gravitational potential energy at the window.", "E_p = m g h"),
           ("Substitute.", "E_p = 0.2 × 9.8 × 5 = 9.8 J"),
           ("All of it becomes kinetic energy, so 1/2 m v^2 = E_p.", "v = √(2 × E_p/m)"),
           ("Substitute.", "v = √(2 × 9.8/0.2)"),
           ("Work it out and give the unit.", "v = 9.9 m/s")], {"value": "9.9 m/s", "tolerance": "1%"}, 4,
          [GPE, KE],
          ["Energy is conserved: the potential energy lost is the kinetic energy gained.",
           "Set $\\frac{1}{2} m v^2 = m g h$ and solve for $v$.", "$v = \\sqrt{2 \\times 9.8 \\times 5}$"]),
        A(f"A skateboarder reaches the foot of a ramp at {Q('6 m/s')} and rolls up it without pushing. Ignoring "
          "friction, how high up the ramp can she rise?",
          [("v", "6 m/s", "speed at the foot of the ramp")], "h",
          [("Her kinetic energy becomes gravitational potential energy: 1/2 m v^2 = m g h, and m cancels.",
            "h = v^2/(2 × g)"),
           ("Substitute the values.", "h = 6^2/(2 × 9.8)"),
           ("Work it out and give the unit.", "h = 1.84 m")], {"value": "1.84 m", "sigfigs": ">=2"}, 4, [GPE, KE]),
        # power
        P(f"An electric motor transfers {Q('3000 J')} of energy in {Q('10 s')}. What is its power?", "power",
          {"case": "0", "E": "3000 J", "t": "10 s"}, 1, [POW],
          ["Power is energy transferred per second.", "Use $P = \\frac{E}{t}$.", "$P = \\frac{3000}{10}$"]),
        P(f"Chen's {Q('2.4 kW')} kettle is switched on for {Q('150 s')}. How much energy does it transfer, in "
          "kilojoules?", "power", {"case": "1", "P": "2.4 kW", "t": "150 s"}, 2, [POW], answer={"value": "360 kJ"}),
        P(f"A {Q('1.2 kW')} microwave oven must transfer {Q('90 kJ')} to heat a bowl of soup. How long should it "
          "run?", "power", {"case": "2", "E": "90 kJ", "P": "1.2 kW"}, 2, [POW]),
        P(f"Priya runs up the stairs and gains {Q('4.2 kJ')} of gravitational potential energy in {Q('6 s')}. At what "
          "rate does she transfer energy?", "power", {"case": "0", "E": "4.2 kJ", "t": "6 s"}, 2, [POW]),
        P(f"A {Q('1.5 kW')} garden pump must transfer {Q('450 kJ')} to empty a pond. How long does it take?",
          "power", {"case": "2", "E": "450 kJ", "P": "1.5 kW"}, 3, [POW]),
        A(f"Olga leaves a {Q('60 W')} desk lamp on for {Q('15 min')}. How much energy does it transfer? Give the "
          "answer in kilojoules.", [("P", "60 W", "power"), ("t", "15 min", "time")], "E",
          [("Rearrange P = E/t for the energy.", "E = P t"),
           ("Convert the time to seconds.", "t = 15 × 60 = 900 s"),
           ("Substitute the values.", "E = 60 × 900"),
           ("Work it out and give the unit.", "E = 54000 J")], {"value": "54 kJ"}, 3, [POW],
          ["A watt is one joule every second.", "Change the minutes to seconds, then use $E = P t$.",
           "$E = 60 \\times 900$"]),
        A(f"A weightlifter raises a {Q('120 kg')} bar through {Q('2 m')} in {Q('0.8 s')}. What is her average power "
          "output while lifting?",
          [("m", "120 kg", "mass of the bar"), ("h", "2 m", "height raised"), ("t", "0.8 s", "time")], "P",
          [("The energy transferred is the bar's gain in potential energy.", "E = m g h"),
           ("Substitute.", "E = 120 × 9.8 × 2 = 2352 J"),
           ("Power is energy per second.", "P = E/t"),
           ("Substitute.", "P = 2352/0.8"),
           ("Work it out and give the unit.", "P = 2940 W")], "2940 W", 4, [POW, GPE],
          ["First find how much energy the bar gains.", "$E = m g h$, then $P = \\frac{E}{t}$.",
           "$P = \\frac{2352}{0.8}$"]),
        C("Two cranes lift identical loads to the same height. Crane A takes 20 s and crane B takes 30 s. Which "
          "statement is true?", ["A does more work than B", "A has the greater power", "B has the greater power",
                                 "they have the same power"], 1, 1, [POW]),
    ],
}
