"""Splits a checkpoint into bf16 parts (each under the device's 16 MiB file limit) and joins them again.

    python ckpt.py split out/sft/checkpoint.pt $OUT/ck0.pt $OUT/ck1.pt [$OUT/ck2.pt …]   (a wider model needs more parts)
    python ckpt.py join ck0.pt ck1.pt [ck2.pt …] out/sft/checkpoint.pt
"""
import sys

import torch

if __name__ == "__main__" and sys.argv[1] in ("split", "join"):
    if sys.argv[1] == "split":
        ck = torch.load(sys.argv[2], map_location="cpu")
        parts = sys.argv[3:]
        # parts of about equal size: each key goes to the part with the fewest bytes so far, largest tensors first
        sizes = [0] * len(parts)
        groups = [[] for _ in parts]
        for k in sorted(ck["state"], key=lambda k: -ck["state"][k].numel()):
            j = sizes.index(min(sizes))
            groups[j].append(k)
            sizes[j] += ck["state"][k].numel()
        for part, ks in zip(parts, groups):
            torch.save({"state": {k: ck["state"][k].to(torch.bfloat16) for k in ks}, "config": ck["config"],
                        "specials": ck["specials"]}, part)
    else:
        loaded = [torch.load(p, map_location="cpu") for p in sys.argv[2:-1]]
        state = {k: v.float() for part in loaded for k, v in part["state"].items()}
        torch.save({"state": state, "config": loaded[0]["config"], "specials": loaded[0]["specials"]}, sys.argv[-1])


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
