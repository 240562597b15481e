"""A model soup made from two int8 ONNX exports of one shape, on the CPU machine (session 21; no PyTorch needed).

    python3 soup_onnx.py BASE.onnx TUNED.onnx ALPHA OUT.onnx     # weights (1 - ALPHA) * BASE + ALPHA * TUNED

Both files come from export.py (ONNX Runtime's dynamic quantisation): MatMul weights as int8 with one scale per output
column and zero points of 0, the embedding as uint8 with one scale and zero point, norms and biases in fp32. Each weight
is dequantised from both files, averaged, and quantised again the way quantize_dynamic does (symmetric int8 per column;
asymmetric uint8 for the embedding), so the graph is BASE's with new initialisers. soup.py does the same on PyTorch
checkpoints on the device; this one needs only numpy and onnx.
"""
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def arrays(model):
    return {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}


def dequantised(w, name):
    q, scale, zp = w[name + "_quantized"], w[name + "_scale"], w[name + "_zero_point"]
    if q.ndim == 2 and scale.ndim == 1:  # per output column
        return (q.astype(np.float32) - zp.astype(np.float32)[None, :]) * scale[None, :]
    return (q.astype(np.float32) - np.float32(zp)) * np.float32(scale)


def quantised(x, like):
    q, scale, zp = like
    if q.dtype == np.int8:  # symmetric, per column when the scale is a vector
        amax = np.abs(x).max(axis=0) if scale.ndim == 1 else np.abs(x).max()
        s = (np.maximum(amax, 1e-12) / 127.0).astype(np.float32)
        return np.clip(np.round(x / s), -127, 127).astype(np.int8), s.reshape(scale.shape), np.zeros_like(zp)
    lo, hi = min(0.0, float(x.min())), max(0.0, float(x.max()))  # uint8, asymmetric, one scale
    s = np.float32((hi - lo) / 255.0)
    z = np.uint8(np.clip(np.round(-lo / s), 0, 255))
    return np.clip(np.round(x / s) + z, 0, 255).astype(np.uint8), np.array(s, dtype=np.float32), np.array(z, dtype=np.uint8)


def soup(base_path, tuned_path, alpha, out_path):
    base, tuned = onnx.load(base_path), onnx.load(tuned_path)
    a, b = arrays(base), arrays(tuned)
    if a.keys() != b.keys() or any(a[k].shape != b[k].shape for k in a):
        raise SystemExit("the two models are not of one shape")
    new = {}
    for name in [k[: -len("_quantized")] for k in a if k.endswith("_quantized")]:
        x = (1 - alpha) * dequantised(a, name) + alpha * dequantised(b, name)
        like = (a[name + "_quantized"], a[name + "_scale"], a[name + "_zero_point"])
        q, s, z = quantised(x, like)
        new[name + "_quantized"], new[name + "_scale"], new[name + "_zero_point"] = q, s, z
    for k in a:
        if k not in new:
            new[k] = a[k] if a[k].dtype != np.float32 else ((1 - alpha) * a[k] + alpha * b[k]).astype(np.float32)
    for t in base.graph.initializer:
        t.CopyFrom(numpy_helper.from_array(new[t.name], t.name))
    onnx.save(base, out_path)


if __name__ == "__main__":
    soup(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
