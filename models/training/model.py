"""A Qwen2-architecture decoder (RMSNorm, rotary positions, SwiGLU, grouped-query attention, q/k/v biases,
tied embeddings) written out in plain PyTorch, so that its ONNX export has exactly the inputs and outputs of the
Hugging Face/optimum decoder exports: input_ids, attention_mask, position_ids, past_key_values.N.key|value ->
logits, present.N.key|value. Parameter names are those of transformers' Qwen2ForCausalLM, so the state dict saves
as a standard checkpoint (config.json + model.safetensors) that transformers loads (export.py checks it does).
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class Config:
    def __init__(self, vocab_size, hidden_size=384, num_hidden_layers=8, num_attention_heads=6, num_key_value_heads=2,
                 intermediate_size=1024, max_position_embeddings=1024, rope_theta=10000.0, rms_norm_eps=1e-6):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.num_hidden_layers = num_hidden_layers
        self.num_attention_heads = num_attention_heads
        self.num_key_value_heads = num_key_value_heads
        self.intermediate_size = intermediate_size
        self.max_position_embeddings = max_position_embeddings
        self.rope_theta = rope_theta
        self.rms_norm_eps = rms_norm_eps
        self.head_dim = hidden_size // num_attention_heads

    def hf(self, bos, eos, pad):
        return {
            "architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "vocab_size": self.vocab_size,
            "hidden_size": self.hidden_size, "num_hidden_layers": self.num_hidden_layers,
            "num_attention_heads": self.num_attention_heads, "num_key_value_heads": self.num_key_value_heads,
            "intermediate_size": self.intermediate_size, "max_position_embeddings": self.max_position_embeddings,
            "rope_theta": self.rope_theta, "rms_norm_eps": self.rms_norm_eps, "hidden_act": "silu",
            "tie_word_embeddings": True, "use_sliding_window": False, "attention_dropout": 0.0,
            "bos_token_id": bos, "eos_token_id": eos, "pad_token_id": pad, "torch_dtype": "float32",
        }


class RMSNorm(nn.Module):
    def __init__(self, n, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(n))
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dtype)


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        d = c.head_dim
        self.q_proj = nn.Linear(c.hidden_size, c.num_attention_heads * d, bias=True)
        self.k_proj = nn.Linear(c.hidden_size, c.num_key_value_heads * d, bias=True)
        self.v_proj = nn.Linear(c.hidden_size, c.num_key_value_heads * d, bias=True)
        self.o_proj = nn.Linear(c.num_attention_heads * d, c.hidden_size, bias=False)

    def forward(self, x, cos, sin, mask, past_k, past_v, fast=False):
        b, s, _ = x.shape
        c = self.c
        d = c.head_dim
        q = self.q_proj(x).view(b, s, c.num_attention_heads, d).transpose(1, 2)
        k = self.k_proj(x).view(b, s, c.num_key_value_heads, d).transpose(1, 2)
        v = self.v_proj(x).view(b, s, c.num_key_value_heads, d).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        if past_k is not None:
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
        present_k, present_v = k, v
        if fast:
            # training: right-padded batches, so the causal mask alone is right for every real token (flash kernel, GQA in SDPA)
            out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
            return self.o_proj(out.transpose(1, 2).reshape(b, s, c.num_attention_heads * d)), present_k, present_v
        rep = c.num_attention_heads // c.num_key_value_heads
        k = k.repeat_interleave(rep, dim=1)
        v = v.repeat_interleave(rep, dim=1)
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        out = out.transpose(1, 2).reshape(b, s, c.num_attention_heads * d)
        return self.o_proj(out), present_k, present_v


class MLP(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.gate_proj = nn.Linear(c.hidden_size, c.intermediate_size, bias=False)
        self.up_proj = nn.Linear(c.hidden_size, c.intermediate_size, bias=False)
        self.down_proj = nn.Linear(c.intermediate_size, c.hidden_size, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.self_attn = Attention(c)
        self.mlp = MLP(c)
        self.input_layernorm = RMSNorm(c.hidden_size, c.rms_norm_eps)
        self.post_attention_layernorm = RMSNorm(c.hidden_size, c.rms_norm_eps)

    def forward(self, x, cos, sin, mask, past_k, past_v, fast=False):
        h, pk, pv = self.self_attn(self.input_layernorm(x), cos, sin, mask, past_k, past_v, fast)
        x = x + h
        x = x + self.mlp(self.post_attention_layernorm(x))
        return x, pk, pv


class Inner(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embed_tokens = nn.Embedding(c.vocab_size, c.hidden_size)
        self.layers = nn.ModuleList([Layer(c) for _ in range(c.num_hidden_layers)])
        self.norm = RMSNorm(c.hidden_size, c.rms_norm_eps)


class Decoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.model = Inner(c)
        self.lm_head = nn.Linear(c.hidden_size, c.vocab_size, bias=False)
        self.lm_head.weight = self.model.embed_tokens.weight
        inv = 1.0 / (c.rope_theta ** (torch.arange(0, c.head_dim, 2, dtype=torch.float32) / c.head_dim))
        self.register_buffer("inv_freq", inv, persistent=False)
        self.apply(self._init)

    def _init(self, m):
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def rope(self, position_ids, dtype):
        freqs = position_ids[:, :, None].float() * self.inv_freq[None, None, :]
        emb = torch.cat((freqs, freqs), dim=-1)
        return emb.cos()[:, None, :, :].to(dtype), emb.sin()[:, None, :, :].to(dtype)

    def forward(self, input_ids, attention_mask, position_ids, past=None, fast=False):
        """attention_mask: [b, past + s] of 1 (attend) / 0 (padding). past: list of (k, v) or None."""
        x = self.model.embed_tokens(input_ids)
        b, s = input_ids.shape
        total = attention_mask.shape[1]
        past_len = total - s
        cos, sin = self.rope(position_ids, x.dtype)
        if fast:
            for layer in self.model.layers:
                x, _, _ = layer(x, cos, sin, None, None, None, True)
            return self.lm_head(self.model.norm(x)), None
        # causal mask over [past + s] keys for the s new queries, combined with the padding mask
        q_pos = torch.arange(s, device=x.device)[:, None] + past_len
        k_pos = torch.arange(total, device=x.device)[None, :]
        causal = k_pos <= q_pos
        allowed = causal[None, None, :, :] & (attention_mask[:, None, None, :] > 0)
        mask = torch.zeros(allowed.shape, dtype=x.dtype, device=x.device).masked_fill(~allowed, torch.finfo(x.dtype).min)
        presents = []
        for i, layer in enumerate(self.model.layers):
            pk, pv = (past[i] if past is not None else (None, None))
            x, nk, nv = layer(x, cos, sin, mask, pk, pv)
            presents.append((nk, nv))
        x = self.model.norm(x)
        return self.lm_head(x), presents


def count_parameters(model):
    return sum(p.numel() for n, p in model.named_parameters())
