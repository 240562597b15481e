"""python3 -m unittest models/training/test_data.py (from the repository root) — data.py's training views."""
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402

IN_SCOPE = {"id": "linear-two-step-1-0", "split": "train", "family": "linear-two-step", "problem": "Solve 2x + 3 = 11.",
            "restated": None, "task": "solve", "start": "2x + 3 = 11", "unknown": "x", "givens": [],
            "steps": [{"text": "Subtract 3 from both sides.", "math": "2x = 8", "op": "subtract"},
                      {"text": "Divide both sides by 2.", "math": "x = 4", "op": "divide"}],
            "answer": "x = 4", "answerKind": "equation", "wrong": []}
NONE = {"id": "none-1-0", "split": "train", "family": "none", "problem": "Integrate 3x^2.", "restated": None,
        "task": "none", "start": "", "unknown": "", "givens": [], "steps": [], "answer": "", "answerKind": "none",
        "wrong": []}


def reads(rec):
    return [e for e in data.examples(rec, random.Random(0)) if e[0] == "read"]


class ReadingViews(unittest.TestCase):
    def test_in_scope_and_out_of_scope_records_give_as_many_reading_examples(self):
        # session 11: out-of-scope records gave two and in-scope ones one
        self.assertEqual(len(reads(IN_SCOPE)), len(reads(NONE)))
        self.assertEqual(len(reads(IN_SCOPE)), data.READS_PER_RECORD)
        for split in ("validation", "test-wording"):
            self.assertEqual(len(reads(dict(IN_SCOPE, split=split))), 1)
            self.assertEqual(len(reads(dict(NONE, split=split))), 1)

    def test_reading_targets(self):
        self.assertEqual(reads(NONE)[0][2], "family: none<|end|>")
        self.assertEqual(reads(IN_SCOPE)[0][2],
                         "family: linear-two-step\ntask: solve\nstart: 2x + 3 = 11\nunknown: x<|end|>")
        self.assertIn("2x + 3", reads(IN_SCOPE)[0][1])


def converting(unit):
    return [{"text": "Write the formula.", "math": "v = d/t", "op": "formula"},
            {"text": "Convert time to the units of the question (h).", "math": "t = 48 " + unit + " = 0.8 h",
             "op": "convert-units"}]


class Conversions(unittest.TestCase):
    def test_a_unit_symbol_gets_the_calculators_value(self):
        self.assertEqual(data.calcify_lines(converting("min"))[1][2], "t = 48 min = <|calc|>0.8<|/calc|> h")

    def test_a_unit_written_as_a_word_is_left_without_the_calculator(self):
        # session 24, hand-written problems: "48 minutes" was taken as 48 in SI units, giving 48/3600 h
        self.assertEqual(data.calcify_lines(converting("minutes"))[1][2], "t = 48 minutes = 0.8 h")


if __name__ == "__main__":
    unittest.main()
