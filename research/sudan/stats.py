#!/usr/bin/env python3
"""Print the counts tables used in README.md (markdown)."""
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(here, 'sources.json'))); F = json.load(open(os.path.join(here, 'facts.json')))
yrs = collections.defaultdict(collections.Counter)
for k, key in [('statements', 'date'), ('events', 'date'), ('control', 'asOf')]:
    for f in F[k]:
        y = f[key]['value'][:4]; yrs[y][k] += 1
        if k == 'control': yrs[y]['control-' + f['status']] += 1
print('| year | statements | events | control (assessed / claimed) |\n| --- | --- | --- | --- |')
for y in sorted(yrs):
    c = yrs[y]; print(f"| {y} | {c['statements']} | {c['events']} | {c['control']} ({c['control-assessed']} / {c['control-claimed']}) |")
t = {k: len(F[k]) for k in F}
print(f"| total | {t['statements']} | {t['events']} | {t['control']} |")
print()
print('statement kinds:', dict(collections.Counter(s['kind'] for s in F['statements'])))
print('speakers:', len({s['speaker'] for s in F['statements']}))
print('measure kinds:', dict(collections.Counter(c['measure']['kind'] for c in F['control'])))
print('control targets: places', sum(1 for c in F['control'] if c['target'] in {p['id'] for p in F['places']}),
      'states', sum(1 for c in F['control'] if c['target'].startswith('SD-')),
      'groups', sum(1 for c in F['control'] if c['target'] in {'darfur', 'kordofan', 'sudan'}))
print('date bases:', dict(collections.Counter(f[key]['basis'] for k, key in [('statements','date'),('events','date'),('control','asOf')] for f in F[k])))
print('source kinds:', dict(collections.Counter(s['kind'] for s in S)), 'sources', len(S))
print('places with point:', sum(1 for p in F['places'] if p['point']), 'of', len(F['places']))
print('place kinds:', dict(collections.Counter(p['kind'] for p in F['places'])))
import re
def norm(p):
    p = re.sub(r'\s*\((via|copy|transcript|mirror|machine)[^)]*\)', '', p)
    m = re.match(r'^(.*?)\s*\(via ([^)]*)\)', p)
    return p.strip()
pubs = collections.Counter(norm(s['publisher']) for s in S)
print('distinct publishers (after stripping "(via …)" mirrors):', len(pubs))
