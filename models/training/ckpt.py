"""Splits a checkpoint into two bf16 halves (each under the device's 16 MiB file limit) and joins them again.

    python ckpt.py split out/sft/checkpoint.pt $OUT/ck0.pt $OUT/ck1.pt
    python ckpt.py join ck0.pt ck1.pt out/sft/checkpoint.pt
"""
import sys

import torch

if __name__ == "__main__" and sys.argv[1] in ("split", "join"):
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


def pack8(src, dst):
    """Weights as int8 with one scale per output row (as ONNX dynamic quantisation stores MatMul weights), for transport."""
    ck = torch.load(src, map_location="cpu")
    q = {}
    for k, v in ck["state"].items():
        v = v.float()
        if v.dim() == 2:
            scale = v.abs().amax(1, keepdim=True).clamp(min=1e-8) / 127
            q[k] = ((v / scale).round().to(torch.int8), scale.to(torch.float16))
        else:
            q[k] = v.to(torch.bfloat16)
    torch.save({"q": q, "config": ck["config"], "specials": ck["specials"]}, dst)


def unpack8(src, dst):
    ck = torch.load(src, map_location="cpu")
    state = {k: (v[0].float() * v[1].float() if isinstance(v, tuple) else v.float()) for k, v in ck["q"].items()}
    torch.save({"state": state, "config": ck["config"], "specials": ck["specials"]}, dst)


if __name__ == "__main__" and sys.argv[1] in ("pack8", "unpack8"):
    (pack8 if sys.argv[1] == "pack8" else unpack8)(sys.argv[2], sys.argv[3])
