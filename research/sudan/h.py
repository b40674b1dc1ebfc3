"""Tiny helpers used when hand-entering facts (python3 - <<EOF; from h import *; ...)."""
import json, subprocess, os
here = os.path.dirname(os.path.abspath(__file__))
_chunk = {k: [] for k in ['sources','statements','events','control','places','people','parties']}
def D(v, basis='explicit', note=None):
    d = {'value': v, 'basis': basis}
    if note: d['note'] = note
    return d
def SRC(id, publisher, title, url, published, kind, note=None):
    x = dict(id=id, publisher=publisher, title=title, url=url, published=published, kind=kind)
    if note: x['note'] = note
    _chunk['sources'].append(x)
def ST(id, source, speaker, date, kind, quote, evidence, paraphrase=None, places=(), via=None):
    x = dict(id=id, source=source, speaker=speaker, date=date, kind=kind, quote=quote)
    if paraphrase: x['paraphrase'] = paraphrase
    if via: x['via'] = via
    x['places'] = list(places); x['evidence'] = evidence
    _chunk['statements'].append(x)
def EV(id, source, date, title, evidence, places=()):
    _chunk['events'].append(dict(id=id, source=source, date=date, title=title, places=list(places), evidence=evidence))
def CT(id, source, target, controller, asOf, mkind, text, evidence, status='assessed', claimant=None, note=None, **m):
    meas = dict(kind=mkind); meas.update(m); meas['text'] = text
    x = dict(id=id, source=source, target=target, controller=controller, asOf=asOf, measure=meas, status=status)
    if claimant: x['claimant'] = claimant
    x['evidence'] = evidence
    if note: x['note'] = note
    _chunk['control'].append(x)
def PL(id, name, kind, state, setext, sesrc, aliases=(), point=None, pointSource=None):
    _chunk['places'].append(dict(id=id, name=name, aliases=list(aliases), kind=kind, state=state,
        stateEvidence={'text': setext, 'source': sesrc}, point=point, pointSource=pointSource))
def PE(id, name, aliases=(), party=None, affiliation=None, roles=()):
    x = dict(id=id, name=name, aliases=list(aliases))
    if party: x['party'] = party
    if affiliation: x['affiliation'] = affiliation
    x['roles'] = [dict(r) for r in roles]
    _chunk['people'].append(x)
def PA(id, name, aliases=()):
    _chunk['parties'].append(dict(id=id, name=name, aliases=list(aliases)))
def done():
    p = subprocess.run(['python3', os.path.join(here, 'add.py')], input=json.dumps(_chunk), text=True, capture_output=True)
    print(p.stdout, p.stderr)
