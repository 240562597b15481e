"""Splits a checkpoint into two bf16 halves (each under the device's 16 MiB file limit) and joins them again.

    python ckpt.py split out/sft/checkpoint.pt $OUT/ck0.pt $OUT/ck1.pt
    python ckpt.py join ck0.pt ck1.pt out/sft/checkpoint.pt
"""
import sys

import torch

if __name__ == "__main__":
    if sys.argv[1] == "split":
        ck = torch.load(sys.argv[2], map_location="cpu")
        keys = sorted(ck["state"])
        half = len(keys) // 2
        for part, ks in ((sys.argv[3], keys[:half]), (sys.argv[4], keys[half:])):
            torch.save({"state": {k: ck["state"][k].to(torch.bfloat16) for k in ks}, "config": ck["config"],
                        "specials": ck["specials"]}, part)
    else:
        a = torch.load(sys.argv[2], map_location="cpu")
        b = torch.load(sys.argv[3], map_location="cpu")
        state = {k: v.float() for k, v in {**a["state"], **b["state"]}.items()}
        torch.save({"state": state, "config": a["config"], "specials": a["specials"]}, sys.argv[4])
