#!/usr/bin/env python3
"""Validate research/sudan/{sources,facts}.json: parse, ids resolve, quotes/evidence <= 25 words. Plain Python 3."""
import json, os, re, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
sources = json.load(open(os.path.join(here, 'sources.json')))
facts = json.load(open(os.path.join(here, 'facts.json')))
errs = []
STATES = {'SD-DC','SD-DE','SD-DN','SD-DS','SD-DW','SD-GD','SD-GK','SD-GZ','SD-KA','SD-KH','SD-KN','SD-KS','SD-NB','SD-NO','SD-NR','SD-NW','SD-RS','SD-SI'}
GROUPS = {'darfur', 'kordofan', 'sudan'}
KINDS = {'wire','outlet','official','analyst','state-media','aggregator'}
def words(s): return len(re.sub(r'…', ' ', s).split())
def ids(lst, what):
    seen = set()
    for x in lst:
        if x['id'] in seen: errs.append(f'duplicate {what} id {x["id"]}')
        seen.add(x['id'])
    return seen
src = ids(sources, 'source')
for s in sources:
    for k in ['publisher','title','url','kind']:
        if not s.get(k): errs.append(f'source {s["id"]} missing {k}')
    if s.get('kind') not in KINDS: errs.append(f'source {s["id"]} bad kind')
    p = s.get('published')
    if p is None and not s.get('note'): errs.append(f'source {s["id"]} published null without note')
    if p is not None and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', p): errs.append(f'source {s["id"]} bad published {p}')
places = ids(facts['places'], 'place'); people = ids(facts['people'], 'person'); parties = ids(facts['parties'], 'party')
for k in ['statements','events','control']: ids(facts[k], k)
def chkdate(fid, d):
    if not isinstance(d, dict) or not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', d.get('value') or ''):
        errs.append(f'{fid}: bad date {d}'); return
    if d.get('basis') not in {'explicit','relative','publication','context','unknown'}: errs.append(f'{fid}: bad basis')
    if not ('2023-04' <= d['value'][:7] <= '2026-12') and d['value'] != '2023': errs.append(f'{fid}: date out of range {d["value"]}')
def chkev(fid, f):
    if f.get('source') not in src: errs.append(f'{fid}: unknown source {f.get("source")}')
    ev = f.get('evidence', '')
    if not ev: errs.append(f'{fid}: no evidence')
    elif words(ev) > 25: errs.append(f'{fid}: evidence {words(ev)} words')
    for p in f.get('places', []):
        if p not in places: errs.append(f'{fid}: unknown place {p}')
for p in facts['places']:
    if p.get('state') not in STATES: errs.append(f'place {p["id"]}: bad state {p.get("state")}')
    se = p.get('stateEvidence') or {}
    if not se.get('text') or se.get('source') not in src: errs.append(f'place {p["id"]}: stateEvidence missing/unknown source')
    if p.get('point') is not None and not p.get('pointSource'): errs.append(f'place {p["id"]}: point without pointSource')
    if p.get('kind') not in {'city','town','village','base','camp','site'}: errs.append(f'place {p["id"]}: bad kind')
for p in facts['people']:
    if p.get('party') and p['party'] not in parties: errs.append(f'person {p["id"]}: unknown party')
for s in facts['statements']:
    fid = s['id']; chkev(fid, s); chkdate(fid, s.get('date'))
    if s.get('speaker') not in people: errs.append(f'{fid}: unknown speaker {s.get("speaker")}')
    if s.get('kind') not in {'quote','paraphrase','report'}: errs.append(f'{fid}: bad kind')
    if s.get('kind') == 'quote':
        q = s.get('quote', '')
        if not q: errs.append(f'{fid}: quote missing')
        elif words(q) > 25: errs.append(f'{fid}: quote {words(q)} words')
    elif not s.get('paraphrase'): errs.append(f'{fid}: paraphrase missing')
    if s.get('quote') and words(s['quote']) > 25: errs.append(f'{fid}: quote too long')
for e in facts['events']:
    fid = e['id']; chkev(fid, e); chkdate(fid, e.get('date'))
    if not e.get('title'): errs.append(f'{fid}: no title')
MK = {'all','none','most','partial','contested','exact','approximately','more-than','less-than','range'}
for c in facts['control']:
    fid = c['id']; chkev(fid, c); chkdate(fid, c.get('asOf'))
    t = c.get('target')
    if t not in places and t not in STATES and t not in GROUPS: errs.append(f'{fid}: unknown target {t}')
    if c.get('controller') not in parties: errs.append(f'{fid}: unknown controller {c.get("controller")}')
    m = c.get('measure') or {}
    if m.get('kind') not in MK or not m.get('text'): errs.append(f'{fid}: bad measure')
    if m.get('kind') in {'exact','approximately','more-than','less-than'} and m.get('value') is None: errs.append(f'{fid}: measure needs value')
    if c.get('status') not in {'assessed','claimed'}: errs.append(f'{fid}: bad status')
    if c.get('status') == 'claimed' and c.get('claimant') not in parties | people: errs.append(f'{fid}: claimed needs claimant')
if errs:
    print('\n'.join(errs)); print(len(errs), 'errors'); sys.exit(1)
# summary
def yr(d): return d['value'][:4]
cnt = collections.Counter()
for k, key in [('statements','date'),('events','date'),('control','asOf')]:
    for f in facts[k]: cnt[(k, yr(f[key]))] += 1
speakers = {s['speaker'] for s in facts['statements']}
pubs = {s['publisher'] for s in sources}
used = {f['source'] for k in ['statements','events','control'] for f in facts[k]} | {p['stateEvidence']['source'] for p in facts['places']}
ctl = collections.Counter(c['status'] for c in facts['control'])
print(f"statements {len(facts['statements'])} speakers {len(speakers)} events {len(facts['events'])} control {len(facts['control'])} {dict(ctl)}")
print(f"places {len(places)} people {len(people)} parties {len(parties)} sources {len(sources)} (used {len(used)}) publishers {len(pubs)}")
for y in sorted({y for _, y in cnt}): print(y, {k: cnt[(k, y)] for k in ['statements','events','control']})
unused = src - used
if unused: print('unused sources:', sorted(unused))
