"""One module per bundled pack (statement lists written for Stepwise).

Each module defines PACK, a dict in the shape described in packs_src.py, and may use the helpers L, P and C from
packs_src. build_packs.py builds every PACK it finds here after the packs listed in packs_src.PACKS.
"""
