"""Waves: wave speed, frequency and period, wavelength and echoes (statements written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

SPD, FREQ, LAM = "wave-speed", "frequency-and-period", "wavelength"
C_LIGHT = "$3 \\times 10^8\\,\\mathrm{m/s}$"

PACK = {
    "file": "waves.json", "id": "waves-1", "prefix": "wav",
    "title": "Waves: speed, frequency and wavelength", "subject": "physics", "level": "Ages 14-16",
    "description": "The wave equation v = f λ, frequency and period, measuring wavelength, and using the speed of "
                   "sound for echoes and thunder.",
    "skills": [
        {"id": SPD, "title": "Wave speed", "description": "v = f λ, and distance = speed × time for sound."},
        {"id": FREQ, "title": "Frequency and period", "description": "f = 1/T; counting waves in a time."},
        {"id": LAM, "title": "Wavelength and amplitude",
         "description": "Crest to crest; wavelength from a length holding several waves; λ = v/f."},
    ],
    "problems": [
        # wave speed
        P(f"Waves on a lake reach the jetty with a frequency of {Q('0.5 Hz')} and a wavelength of {Q('6 m')}. How "
          "fast are they travelling?", "wave-speed", {"case": "0", "f": "0.5 Hz", "λ": "6 m"}, 1, [SPD],
          ["Which equation links speed, frequency and wavelength?", "Use $v = f \\lambda$.",
           "$v = 0.5 \\times 6$"]),
        P(f"Shaking one end of a skipping rope, Dina sends along waves with a frequency of {Q('2 Hz')} and a "
          f"wavelength of {Q('150 cm')}. Find the speed of the waves.", "wave-speed",
          {"case": "0", "f": "2 Hz", "λ": "150 cm"}, 2, [SPD]),
        P(f"A cellist plays middle C at {Q('262 Hz')}. Sound travels at {Q('343 m/s')} in the concert hall. "
          "What is the wavelength of the note, to 3 significant figures?", "wave-speed",
          {"case": "1", "v": "343 m/s", "f": "262 Hz"}, 2, [SPD, LAM],
          ["You know the speed and the frequency.", "Rearrange $v = f \\lambda$ to $\\lambda = \\frac{v}{f}$.",
           "$\\lambda = \\frac{343}{262}$"], {"sigfigs": "3"}),
        P(f"Radio waves travel at {C_LIGHT}. A station's waves have a wavelength of {Q('3 m')}. What is their "
          "frequency, in megahertz?", "wave-speed", {"case": "2", "v": "300000000 m/s", "λ": "3 m"}, 3, [SPD],
          ["Big numbers: keep track of the powers of ten.", "Use $f = \\frac{v}{\\lambda}$.",
           "$f = \\frac{3 \\times 10^8}{3}$"], {"value": "100 MHz"}),
        P(f"A bat sends out ultrasound at {Q('40 kHz')}, and sound moves through the night air at {Q('340 m/s')}. "
          "Find the wavelength of the ultrasound, in millimetres.", "wave-speed",
          {"case": "1", "v": "340 m/s", "f": "40 kHz"}, 3, [SPD, LAM], answer={"value": "8.5 mm"}),
        P(f"Surfers at Jeffreys Bay watch a swell moving at {Q('12 m/s')} with {Q('60 m')} between crests. How many "
          "waves reach the beach each second?", "wave-speed", {"case": "2", "v": "12 m/s", "λ": "60 m"}, 2, [SPD]),
        P(f"A dolphin's whistle has a frequency of {Q('1.5 kHz')} and a wavelength of {Q('98 cm')} in sea water. "
          "How fast does sound travel in the sea?", "wave-speed", {"case": "0", "f": "1.5 kHz", "λ": "98 cm"}, 3,
          [SPD]),
        P(f"An FM radio station in Accra broadcasts at {Q('98 MHz')}. Radio waves travel at {C_LIGHT}. What is the "
          "wavelength? Give 3 significant figures.", "wave-speed", {"case": "1", "v": "300000000 m/s", "f": "98 MHz"},
          3, [SPD, LAM], answer={"sigfigs": "3"}),
        A(f"Layla shouts towards a cliff and hears the echo {Q('1.2 s')} later. Sound travels at {Q('340 m/s')}. How "
          "far away is the cliff?",
          [("v", "340 m/s", "speed of sound"), ("t", "1.2 s", "time for the echo")], "d",
          [("The sound goes to the cliff and back, so it travels twice the distance.", "d = v t/2"),
           ("Substitute the values.", "d = 340 × 1.2/2"),
           ("Work it out and give the unit.", "d = 204 m")], "204 m", 4, [SPD],
          ["An echo is sound that has bounced back.", "In $1.2\\,\\mathrm{s}$ the sound travels to the cliff and "
           "back: $d = \\frac{v t}{2}$.", "$d = \\frac{340 \\times 1.2}{2}$"]),
        A(f"During a storm, Mateo counts {Q('3 s')} between a lightning flash and its thunder. Sound travels at "
          f"{Q('340 m/s')}, and the light arrives almost at once. How far away is the lightning?",
          [("v", "340 m/s", "speed of sound"), ("t", "3 s", "time for the thunder")], "d",
          [("The thunder travels the distance once.", "d = v t"),
           ("Substitute the values.", "d = 340 × 3"),
           ("Work it out and give the unit.", "d = 1020 m")], "1020 m", 3, [SPD]),
        A(f"A fishing boat's sonar sends a pulse of sound to the sea bed; the echo returns {Q('0.8 s')} later. "
          f"Sound travels at {Q('1500 m/s')} in sea water. How deep is the water?",
          [("v", "1500 m/s", "speed of sound in sea water"), ("t", "0.8 s", "time for the echo")], "d",
          [("The pulse goes down and back up, so the depth is half the distance travelled.", "d = v t/2"),
           ("Substitute the values.", "d = 1500 × 0.8/2"),
           ("Work it out and give the unit.", "d = 600 m")], "600 m", 4, [SPD],
          ["The time is for a round trip.", "Distance travelled $= v t$; the depth is half of it.",
           "$d = \\frac{1500 \\times 0.8}{2}$"]),
        # frequency and period
        A(f"Mains electricity in Nairobi alternates at {Q('50 Hz')}. What is the period of one cycle?",
          [("f", "50 Hz", "frequency")], "T",
          [("The period is one over the frequency.", "T = 1/f"),
           ("Substitute the value.", "T = 1/50"),
           ("Work it out and give the unit.", "T = 0.02 s")], "0.02 s", 1, [FREQ],
          ["The period is the time for one complete cycle.", "Use $T = \\frac{1}{f}$.", "$T = \\frac{1}{50}$"]),
        A(f"A playground swing takes {Q('2.5 s')} to go forward and back once. What is its frequency?",
          [("T", "2.5 s", "period")], "f",
          [("Frequency is one over the period.", "f = 1/T"),
           ("Substitute the value.", "f = 1/2.5"),
           ("Work it out and give the unit.", "f = 0.4 Hz")], "0.4 Hz", 1, [FREQ]),
        A(f"Sitting on the harbour wall, Oisín counts a buoy bobbing up and down 15 times in {Q('60 s')}. What is "
          "the frequency of the waves?",
          [("n", "15", "number of waves"), ("t", "60 s", "time")], "f",
          [("Frequency is the number of waves each second.", "f = n/t"),
           ("Substitute the values.", "f = 15/60"),
           ("Work it out and give the unit.", "f = 0.25 Hz")], "0.25 Hz", 2, [FREQ],
          ["Frequency counts waves per second.", "Divide the number of waves by the time: $f = \\frac{n}{t}$.",
           "$f = \\frac{15}{60}$"]),
        A(f"A hummingbird's wings beat with a period of {Q('20 ms')}. What is the frequency of the wingbeat?",
          [("T", "20 ms", "period")], "f",
          [("Frequency is one over the period.", "f = 1/T"),
           ("Convert the period to seconds.", "T = 20 ms = 0.02 s"),
           ("Substitute the value.", "f = 1/0.02"),
           ("Work it out and give the unit.", "f = 50 Hz")], "50 Hz", 2, [FREQ]),
        A(f"Gabriel's resting heart beats 72 times in one minute ({Q('60 s')}). What is the time between beats? Give "
          "3 significant figures.",
          [("n", "72", "number of beats"), ("t", "60 s", "time")], "T",
          [("The period is the time for one beat.", "T = t/n"),
           ("Substitute the values.", "T = 60/72"),
           ("Work it out and give the unit.", "T = 0.833 s")], {"value": "0.833 s", "sigfigs": "3"}, 3, [FREQ]),
        A(f"Sea waves arrive at a breakwater every {Q('8 s')}, and the crests are {Q('40 m')} apart. How fast are "
          "the waves moving?",
          [("T", "8 s", "period"), ("λ", "40 m", "wavelength")], "v",
          [("A wave moves one wavelength in one period.", "v = λ/T"),
           ("Substitute the values.", "v = 40/8"),
           ("Work it out and give the unit.", "v = 5 m/s")], "5 m/s", 3, [SPD, FREQ],
          ["The time between crests is the period.", "In one period the wave moves one wavelength: "
           "$v = \\frac{\\lambda}{T}$.", "$v = \\frac{40}{8}$"]),
        A(f"A referee's whistle sounds at {Q('2 kHz')}. What is the period of the sound wave, in milliseconds?",
          [("f", "2 kHz", "frequency")], "T",
          [("The period is one over the frequency.", "T = 1/f"),
           ("Convert the frequency to hertz.", "f = 2 kHz = 2000 Hz"),
           ("Substitute the value.", "T = 1/2000"),
           ("Work it out and give the unit.", "T = 0.0005 s")], {"value": "0.5 ms"}, 3, [FREQ],
          ["Kilo means a thousand.", "$f = 2000\\,\\mathrm{Hz}$, so $T = \\frac{1}{2000}\\,\\mathrm{s}$.",
           "$0.0005\\,\\mathrm{s} = 0.5\\,\\mathrm{ms}$"]),
        C("The frequency of a sound doubles while its speed stays the same. What happens to its period?",
          ["it doubles", "it halves", "it stays the same", "it becomes four times as long"], 1, 2, [FREQ]),
        # wavelength and amplitude
        A(f"Kalani shakes a long rope and sees exactly 5 complete waves along its {Q('3 m')} length. What is the "
          "wavelength?",
          [("L", "3 m", "length of rope"), ("n", "5", "number of waves")], "λ",
          [("Each complete wave takes one wavelength of rope.", "λ = L/n"),
           ("Substitute the values.", "λ = 3/5"),
           ("Work it out and give the unit.", "λ = 0.6 m")], "0.6 m", 1, [LAM],
          ["One wavelength is one complete wave.", "Share the length between the waves: "
           "$\\lambda = \\frac{L}{n}$.", "$\\lambda = \\frac{3}{5}$"]),
        A(f"In a photo of a ripple tank, 8 complete wavelengths cover {Q('24 cm')}. What is the wavelength?",
          [("L", "24 cm", "length covered"), ("n", "8", "number of waves")], "λ",
          [("Share the length between the waves.", "λ = L/n"),
           ("Substitute the values in SI units.", "λ = 0.24/8"),
           ("Work it out and give the unit.", "λ = 0.03 m")], "3 cm", 2, [LAM]),
        A(f"From a pier, Sanjay sees that the distance from a crest to the next trough is {Q('1.2 m')}. What is the "
          "wavelength of the waves?",
          [("d", "1.2 m", "crest to trough distance")], "λ",
          [("Crest to the next trough is half a wavelength.", "λ = 2 d"),
           ("Substitute the value.", "λ = 2 × 1.2"),
           ("Work it out and give the unit.", "λ = 2.4 m")], "2.4 m", 2, [LAM],
          ["Picture one complete wave: crest, trough, crest.", "From crest to trough is half of it.",
           "$\\lambda = 2 \\times 1.2$"]),
        A(f"A wave on a string travels at {Q('1.5 m/s')} and has a period of {Q('0.4 s')}. Find its wavelength.",
          [("v", "1.5 m/s", "wave speed"), ("T", "0.4 s", "period")], "λ",
          [("In one period the wave moves one wavelength.", "λ = v T"),
           ("Substitute the values.", "λ = 1.5 × 0.4"),
           ("Work it out and give the unit.", "λ = 0.6 m")], "0.6 m", 3, [LAM, FREQ]),
        C("What is the wavelength of a water wave?",
          ["the height of a crest above the still water", "the distance from one crest to the next crest",
           "the number of waves passing each second", "the time for one wave to pass"], 1, 1, [LAM]),
        C("What is the amplitude of a wave?",
          ["the distance from a crest to the next crest", "the distance from a crest down to the next trough",
           "the height of a crest above the rest position", "the speed of the wave"], 2, 1, [LAM],
          ["Amplitude is about how big the disturbance is, not how long.",
           "Measure from the middle, undisturbed line.", "It is the crest's height above the rest position."]),
    ],
}
