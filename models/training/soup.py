"""Weight averaging of two checkpoints of one shape (a "model soup", WiSE-FT style), session 21.

    python soup.py BASE.pt TUNED.pt ALPHA OUT.pt      # OUT = (1 - ALPHA) * BASE + ALPHA * TUNED, tensor by tensor

Every phase from the shipped model closed the gaps it was aimed at and lost a few problems elsewhere (README 3m-3q); a
point between the shipped weights and the tuned ones is meant to keep most of the gains and fewer of the losses.
"""
import sys

import torch


def soup(base, tuned, alpha):
    a = torch.load(base, map_location="cpu")
    b = torch.load(tuned, map_location="cpu")
    if a["config"] != b["config"] or a["state"].keys() != b["state"].keys():
        raise SystemExit("the two checkpoints are not of one shape")
    state = {k: (1 - alpha) * a["state"][k].float() + alpha * b["state"][k].float() for k in a["state"]}
    return {"state": state, "config": b["config"], "specials": b["specials"]}


if __name__ == "__main__":
    torch.save(soup(sys.argv[1], sys.argv[2], float(sys.argv[3])), sys.argv[4])
