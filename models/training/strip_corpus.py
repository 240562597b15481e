"""Makes a corpus small enough to carry to the GPU machine: keeps the train and validation records (test-wording
records never reach training), drops the `alternatives` field (data.py does not read it), and prefixes the shard
names so that several chunks can share one folder.

    python strip_corpus.py /tmp/m9/x1 ../../.devdata/corpus9a x1-
"""
import glob
import gzip
import json
import os
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    os.makedirs(dst, exist_ok=True)
    for f in sorted(glob.glob(os.path.join(src, "*.jsonl.gz"))):
        out = os.path.join(dst, prefix + os.path.basename(f))
        n = 0
        with gzip.open(f, "rt", encoding="utf-8") as fi, gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fo:
            for line in fi:
                r = json.loads(line)
                if r.get("split") == "test-wording":
                    continue
                r.pop("alternatives", None)
                fo.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        print(out, n)


if __name__ == "__main__":
    main()
