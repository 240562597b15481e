"""Writes the "files" section of a model's model.json: the size and SHA-256 of every file the app loads.

    python checksums.py FOLDER [FOLDER ...]

The app (app.stepwise.model.ModelIntegrity) checks these before loading a model and refuses a damaged file by name.
export.py calls file_checksums() for every model it writes, so a retrained model is always listed correctly; run this
script by hand only after changing a shipped model's files some other way. Needs only the standard library.
"""
import hashlib
import json
import os
import sys

LOADED = ("model.onnx", "tokenizer.json")  # model.json cannot list itself; eval-model rewrites it with figures


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_checksums(folder):
    return {name: {"bytes": os.path.getsize(os.path.join(folder, name)), "sha256": sha256(os.path.join(folder, name))}
            for name in LOADED if os.path.exists(os.path.join(folder, name))}


def rehash(folder):
    path = os.path.join(folder, "model.json")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    manifest["files"] = file_checksums(folder)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return manifest["files"]


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print(folder, json.dumps(rehash(folder)))
