"""Recovers a training checkpoint from a shipped int8 ONNX model, to go on training from it.

The full-precision checkpoint of a shipped model may not have come back from the GPU machine (the files back are
limited); the int8 file always travels with the repository. Dynamic quantisation keeps every weight matrix as int8
with one scale per output column, so dequantising gives weights within half a quantisation step of the originals, as
close as `ckpt.py pack8` does.

    python onnx_init.py MODEL.onnx CONFIG_CHECKPOINT OUT.pt [TOKENIZER.json]

CONFIG_CHECKPOINT is any checkpoint of the same shape (its config and special tokens are used; its weights are not),
or the shipped model.json when no checkpoint is at hand (session 14: `.devdata` is lost with each GPU machine): the shape
and special tokens then come from the manifest, and the feed-forward width from the ONNX weights themselves.
The recovered model is checked against ONNX Runtime on the same input: the greedy next token must agree at nearly
every position, else the script exits 1 and writes nothing.
"""
import re
import sys

import numpy as np
import torch

from model import Config, Decoder


def dequantised_state(path):
    import onnx
    from onnx import numpy_helper

    g = onnx.load(path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    consumers = {}
    for node in g.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    state = {}
    for name, arr in inits.items():
        if name.endswith(("_quantized", "_scale", "_zero_point")):
            continue
        if name.startswith("m."):
            state[name[2:]] = torch.from_numpy(arr.astype(np.float32))
    for name, q in inits.items():
        if not name.endswith("_quantized"):
            continue
        base = name[: -len("_quantized")]
        scale = inits[base + "_scale"].astype(np.float32)
        zero = inits.get(base + "_zero_point", np.zeros_like(scale)).astype(np.float32)
        qf = q.astype(np.float32)
        if scale.size == 1:
            w = (qf - zero.reshape(())) * scale.reshape(())
        elif scale.shape[0] == q.shape[-1] and (q.ndim == 1 or scale.shape[0] != q.shape[0]):
            w = (qf - zero[None, :]) * scale[None, :]
        else:
            w = (qf - zero[:, None]) * scale[:, None]
        if base.startswith("m."):  # a named parameter quantised in place (an embedding table)
            state[base[2:]] = torch.from_numpy(w)
            continue
        # an anonymous MatMul weight (stored transposed, [in, out]): its module is in the consuming node's name
        node = next((n for n in consumers.get(name, []) if "MatMul" in n.op_type), None)
        if node is None:
            raise SystemExit(f"no MatMul reads {name}")
        m = re.match(r"^/m/(.+)/MatMul", node.name)
        if m is None:
            raise SystemExit(f"cannot name the module of node {node.name}")
        key = m.group(1).replace("/", ".") + ".weight"
        if not key.startswith(("model.", "lm_head.")):  # the exporter drops the inner module's name from scopes
            key = "model." + key
        state[key] = torch.from_numpy(np.ascontiguousarray(w.T))
    return state


def manifest_config(manifest_path, state):
    """The checkpoint fields (config, specials) of a shipped model from its model.json and its recovered weights."""
    import json

    with open(manifest_path, encoding="utf-8") as f:
        m = json.load(f)
    config = Config(vocab_size=m["vocab"], hidden_size=m["hidden"], num_hidden_layers=m["layers"],
                    num_attention_heads=m["heads"], num_key_value_heads=m["kvHeads"],
                    intermediate_size=state["model.layers.0.mlp.gate_proj.weight"].shape[0],
                    max_position_embeddings=m["maxLength"])
    if config.head_dim != m["headDim"]:
        raise SystemExit(f"model.json's head size {m['headDim']} does not fit hidden/heads = {config.head_dim}")
    return {"config": config.__dict__, "specials": dict(m["specialTokens"])}


def main():
    onnx_path, config_ck, out = sys.argv[1], sys.argv[2], sys.argv[3]
    state = dequantised_state(onnx_path)
    if config_ck.endswith(".json"):
        ck = manifest_config(config_ck, state)
    else:
        ck = torch.load(config_ck, map_location="cpu")
    cfg = Config(**{k: v for k, v in ck["config"].items() if k != "head_dim"})
    model = Decoder(cfg)
    if "lm_head.weight" in state and "model.embed_tokens.weight" not in state:
        state["model.embed_tokens.weight"] = state["lm_head.weight"]
    state.pop("lm_head.weight", None)
    expected = {k for k in model.state_dict() if k != "lm_head.weight"}
    missing, extra = expected - state.keys(), state.keys() - expected
    if missing or extra:
        raise SystemExit(f"recovered weights do not fit the model: missing {sorted(missing)[:8]} extra {sorted(extra)[:8]}")
    model.load_state_dict(state, strict=False)
    model.eval()

    import onnxruntime as ort

    sess = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    if len(sys.argv) > 4:  # a real prompt and solution, read by the model as in training
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(sys.argv[4])
        text = ("<|problem|>Solve 3x + 5 = 20.<|solve|><|step|>Subtract 5 from both sides.<|math|>3x = 15"
                "<|step|>Divide both sides by 3.<|math|>x = 5<|answer|>x = 5<|end|>")
        ids = torch.tensor([tok.encode(text).ids])
    else:
        ids = torch.randint(14, cfg.vocab_size, (1, 48), generator=torch.Generator().manual_seed(7))
    n = ids.shape[1]
    with torch.no_grad():
        ref, _ = model(ids, torch.ones_like(ids), torch.arange(n)[None, :])
    feed = {"input_ids": ids.numpy(), "attention_mask": np.ones((1, n), np.int64),
            "position_ids": np.arange(n)[None, :].astype(np.int64)}
    for i in range(cfg.num_hidden_layers):
        for kv in ("key", "value"):
            feed[f"past_key_values.{i}.{kv}"] = np.zeros((1, cfg.num_key_value_heads, 0, cfg.head_dim), np.float32)
    logits = sess.run(None, feed)[0]
    agree = float((logits.argmax(-1) == ref.numpy().argmax(-1)).mean())
    diff = float(np.abs(logits - ref.numpy()).max())
    print(f"recovered {len(state)} tensors; argmax agreement with ONNX Runtime {agree:.3f}, max logit difference {diff:.3f}")
    if agree < 0.9:
        raise SystemExit("the recovered model does not agree with the ONNX file")
    torch.save({"state": {k: v for k, v in model.state_dict().items()}, "config": ck["config"], "specials": ck["specials"]}, out)


if __name__ == "__main__":
    main()
