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
    if p.get('point') is not None:
        ps = p.get('pointSource') or {}
        if ps.get('source') not in src or not ps.get('text'): errs.append(f'place {p["id"]}: point without valid pointSource')
        lon, lat = p['point']
        if not (21.8 <= lon <= 38.6 and 8.6 <= lat <= 23.2): errs.append(f'place {p["id"]}: point outside Sudan bounds')
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
# point-in-polygon: each place with a point must fall inside its state's polygon (shared boundaries file)
GEO = os.path.join(here, '..', '..', '..', 'shared', 'data', 'geo', 'SDN', 'sdn-admin1.geojson')
if os.path.exists(GEO):
    gj = json.load(open(GEO))
    def inring(x, y, ring):
        c = False
        for i in range(len(ring)):
            x1, y1 = ring[i]; x2, y2 = ring[i - 1]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1: c = not c
        return c
    def infeat(x, y, f):
        g = f['geometry']; polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
        return any(inring(x, y, p[0]) and not any(inring(x, y, h) for h in p[1:]) for p in polys)
    feats = {f['properties']['iso_3166_2']: f for f in gj['features']}
    for p in facts['places']:
        if p.get('point') and p.get('state') in feats and not infeat(p['point'][0], p['point'][1], feats[p['state']]):
            hit = [k for k, f in feats.items() if infeat(p['point'][0], p['point'][1], f)]
            errs.append(f'place {p["id"]}: point not inside {p["state"]} (inside {hit})')
else:
    print('note: boundaries file not found, point-in-polygon skipped:', GEO)
if errs:
    print('\n'.join(errs)); print(len(errs), 'errors'); sys.exit(1)
# summary
def yr(d): return d['value'][:4]
cnt = collections.Counter()
for k, key in [('statements','date'),('events','date'),('control','asOf')]:
    for f in facts[k]: cnt[(k, yr(f[key]))] += 1
speakers = {s['speaker'] for s in facts['statements']}
pubs = {s['publisher'] for s in sources}
used = {f['source'] for k in ['statements','events','control'] for f in facts[k]} | {p['stateEvidence']['source'] for p in facts['places']} | {p['pointSource']['source'] for p in facts['places'] if p.get('pointSource')}
ctl = collections.Counter(c['status'] for c in facts['control'])
print(f"statements {len(facts['statements'])} speakers {len(speakers)} events {len(facts['events'])} control {len(facts['control'])} {dict(ctl)}")
print(f"places {len(places)} people {len(people)} parties {len(parties)} sources {len(sources)} (used {len(used)}) publishers {len(pubs)}")
for y in sorted({y for _, y in cnt}): print(y, {k: cnt[(k, y)] for k in ['statements','events','control']})
unused = src - used
if unused: print('unused sources:', sorted(unused))
