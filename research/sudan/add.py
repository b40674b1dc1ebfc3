#!/usr/bin/env python3
"""Merge a JSON chunk (stdin) into sources.json / facts.json. Chunk: {"sources":[...], "statements":[...], ...}.
Items with an existing id are replaced."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
chunk = json.load(sys.stdin)
sp = os.path.join(here, 'sources.json'); fp = os.path.join(here, 'facts.json')
sources = json.load(open(sp)) if os.path.exists(sp) else []
facts = json.load(open(fp)) if os.path.exists(fp) else {k: [] for k in ['statements','events','control','places','people','parties']}
def merge(lst, items):
    idx = {x['id']: i for i, x in enumerate(lst)}
    for it in items:
        if it['id'] in idx: lst[idx[it['id']]] = it
        else: idx[it['id']] = len(lst); lst.append(it)
merge(sources, chunk.pop('sources', []))
for k, v in chunk.items(): merge(facts[k], v)
json.dump(sources, open(sp, 'w'), indent=1, ensure_ascii=False); open(sp,'a').write('\n')
json.dump(facts, open(fp, 'w'), indent=1, ensure_ascii=False); open(fp,'a').write('\n')
print({k: len(v) for k, v in facts.items()}, 'sources', len(sources))
