#!/usr/bin/env python3
"""Writes data/sudan/ from the hand-read research files (facts.json, sources.json) and the
shared Sudan boundaries. Plain Python 3; run from anywhere:

    python3 research/sudan/build_dataset.py [path/to/world-atlas/countries-10m.json]

It only moves facts into the app's format (lib/schema): nothing is added, rounded or
reworded. What does not fit is listed in data/sudan/README.md. The neighbours file is
rebuilt only when the world-atlas file is given (see data/sudan/licences/GEO-SOURCE.md).
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
GEO = os.path.normpath(os.path.join(REPO, '..', 'shared', 'data', 'geo', 'SDN'))
OUT = os.path.join(REPO, 'data', 'sudan')

facts = json.load(open(os.path.join(HERE, 'facts.json')))
sources = json.load(open(os.path.join(HERE, 'sources.json')))
people = {p['id']: p for p in facts['people']}
parties = {p['id']: p for p in facts['parties']}

# The research's group id for the whole country is "sudan"; the app uses the country's ISO code.
COUNTRY = 'SD'
TARGET = {'sudan': COUNTRY}

# Map view: the boundaries' extent is [[21.814, 8.641], [38.582, 23.143]] (SDN/SOURCE.md).
HOME = [21.6, 8.4, 38.8, 23.4]
MAX = [14, 2, 46, 30]

# Okabe–Ito, colour-blind safe; SAF and RSF take its most distinct pair (blue, orange).
PARTY_STYLE = {
    'saf': ('#0072B2', 'SAF'),
    'rsf': ('#E69F00', 'RSF'),
    'tasis': ('#CC79A7', 'Tasis'),
    'sla': ('#56B4E9', 'Joint Forces'),
    'splm-n': ('#009E73', 'SPLM-N'),
    'ssf': ('#D55E00', 'Sudan Shield'),
    'sspdf': ('#000000', 'SSPDF'),
    'slm-aw': ('#F0E442', 'SLM-AW'),
}


def date(d):
    out = {'value': d['value'], 'basis': d['basis']}
    for k in ('end', 'note', 'before', 'after'):
        if d.get(k):
            out[k] = d[k]
    return out


def cite(text):
    return {'type': 'citation', 'quote': text}


# ---------------------------------------------------------------- the corpus of attested words
corpus_parts = []
for k in ('statements', 'events', 'control'):
    for x in facts[k]:
        corpus_parts += [x.get('evidence', ''), x.get('quote', ''), x.get('paraphrase', ''),
                         x.get('title', ''), (x.get('measure') or {}).get('text', '')]
for p in facts['places']:
    corpus_parts += [p['name'], *p['aliases'], p['stateEvidence']['text']]
for s in sources:
    corpus_parts += [s['title'], s.get('note') or '']
geo_source = open(os.path.join(GEO, 'SOURCE.md')).read()
corpus = '\n'.join(corpus_parts)


def attested(name):
    return re.search(r'(?<![\w-])' + re.escape(name) + r'(?![\w-])', corpus) is not None


# ---------------------------------------------------------------- regions.geojson
admin1 = json.load(open(os.path.join(GEO, 'sdn-admin1.geojson')))
states = [f for f in admin1['features'] if f['properties'].get('iso_3166_2')]
abyei = [f for f in admin1['features'] if not f['properties'].get('iso_3166_2')]
assert len(states) == 18 and len(abyei) == 1
region_features = []
for f in states:
    p = f['properties']
    region_features.append({
        'type': 'Feature',
        'id': f['id'],
        # Same properties, plus type "state" (the boundary's canonical type "Wilayat/State").
        'properties': {'iso_3166_2': p['iso_3166_2'], 'name_en': p['name_en'], 'type': 'state',
                       'gb_shape_name': p['gb_shape_name'], 'gb_shape_id': p['gb_shape_id']},
        'geometry': f['geometry'],
    })
state_names = {f['id']: f['properties']['name_en'] for f in states}


def write_features(path, features, extra=''):
    with open(path, 'w') as out:
        out.write('{"type":"FeatureCollection",' + extra + '"features":[\n')
        out.write(',\n'.join(json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in features))
        out.write('\n]}\n')


# ---------------------------------------------------------------- neighbours.geojson
def topo_features(path, box):
    """Countries of a world-atlas TopoJSON file, decoded, clipped to box, d3 winding."""
    topo = json.load(open(path))
    (sx, sy), (tx, ty) = topo['transform']['scale'], topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(ids):
        pts = []
        for i in ids:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts += a if not pts else a[1:]
        return pts

    w, s, e, n = box

    def clip(pts):
        for inside, cut in (
            (lambda p: p[0] >= w, lambda p, q: (w, p[1] + (q[1] - p[1]) * (w - p[0]) / (q[0] - p[0]))),
            (lambda p: p[0] <= e, lambda p, q: (e, p[1] + (q[1] - p[1]) * (e - p[0]) / (q[0] - p[0]))),
            (lambda p: p[1] >= s, lambda p, q: (p[0] + (q[0] - p[0]) * (s - p[1]) / (q[1] - p[1]), s)),
            (lambda p: p[1] <= n, lambda p, q: (p[0] + (q[0] - p[0]) * (n - p[1]) / (q[1] - p[1]), n)),
        ):
            out = []
            for i, cur in enumerate(pts):
                prev = pts[i - 1]
                if inside(cur):
                    if not inside(prev):
                        out.append(cut(prev, cur))
                    out.append(cur)
                elif inside(prev):
                    out.append(cut(prev, cur))
            pts = out
            if not pts:
                return []
        return pts

    def area(pts):
        return sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts))) / 2

    def tidy(pts, exterior):
        pts = [(round(x, 4), round(y, 4)) for x, y in pts]
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) > 1 and pts[0] == pts[-1]:
            pts = pts[:-1]
        if len(pts) < 3 or abs(area(pts)) < 1e-6:
            return None
        # d3-geo winding: exterior clockwise (negative planar area), holes counter-clockwise.
        if (area(pts) < 0) != exterior:
            pts = pts[::-1]
        return [list(p) for p in pts] + [list(pts[0])]

    out = []
    for g in topo['objects']['countries']['geometries']:
        polys = {'Polygon': [g.get('arcs', [])], 'MultiPolygon': g.get('arcs', [])}.get(g['type'], [])
        parts = []
        for poly in polys:
            rings = []
            for j, ids in enumerate(poly):
                r = tidy(clip(ring(ids)[:-1]), j == 0)
                if r is None and j == 0:
                    break
                if r is not None:
                    rings.append(r)
            if rings:
                parts.append(rings)
        if parts:
            out.append((g.get('id'), g['properties'].get('name'), parts))
    return out


BORDERS_SUDAN = {'818', '434', '148', '140', '728', '231', '232'}  # EGY LBY TCD CAF SSD ETH ERI

if len(sys.argv) > 1:
    neighbours = []
    for iso, name, parts in topo_features(sys.argv[1], MAX):
        if iso == '729':  # Sudan itself: its states are regions.geojson
            continue
        geometry = ({'type': 'Polygon', 'coordinates': parts[0]} if len(parts) == 1
                    else {'type': 'MultiPolygon', 'coordinates': parts})
        neighbours.append({'type': 'Feature',
                           'properties': {'name': name, 'iso_n3': iso, 'borders_sudan': iso in BORDERS_SUDAN},
                           'geometry': geometry})
    # The Abyei Area of the boundary file: no ISO 3166-2 code and no facts, so it is drawn for
    # context with the neighbours rather than as a region.
    a = abyei[0]
    neighbours.append({'type': 'Feature', 'id': a['properties']['gb_shape_id'],
                       'properties': {'name': a['properties']['name_en'], 'iso_n3': None, 'borders_sudan': True,
                                      'gb_shape_name': a['properties']['gb_shape_name'],
                                      'gb_shape_id': a['properties']['gb_shape_id']},
                       'geometry': a['geometry']})
    neighbours.sort(key=lambda f: f['properties']['name'])
    os.makedirs(OUT, exist_ok=True)
    write_features(os.path.join(OUT, 'neighbours.geojson'), neighbours)
    print('neighbours:', ', '.join(f['properties']['name'] for f in neighbours))

# ---------------------------------------------------------------- conflict.json
places = []
for p in facts['places']:
    place = {'id': p['id'], 'name': p['name'], 'aliases': p['aliases'], 'kind': p['kind'], 'region': p['state']}
    notes = [f'State from source {p["stateEvidence"]["source"]}: “{p["stateEvidence"]["text"]}”.']
    if p.get('point'):
        text = p['pointSource']['text']
        m = re.match(r'^(.*?)\s*\(([^()]*decimal converted here[^()]*)\)$', text)
        if m:  # the page's words, then our reading of them
            text = m.group(1)
            notes.append(f'Coordinates read by us: {m.group(2)}.')
        place['point'] = p['point']
        place['pointSource'] = {'source': p['pointSource']['source'], 'text': text}
    place['note'] = ' '.join(notes)
    places.append(place)

control_counts = collections.Counter(c['controller'] for c in facts['control'])
control_parties = [p for p, _ in control_counts.most_common()]

party_list = []
for p in facts['parties']:
    color, short = PARTY_STYLE[p['id']]
    party_list.append({'id': p['id'], 'name': p['name'], 'shortName': short, 'color': color,
                       'aliases': p['aliases']})

person_list = []
for p in facts['people']:
    out = {'id': p['id'], 'name': p['name'], 'aliases': p['aliases']}
    if p.get('party'):
        out['party'] = p['party']
    if p.get('affiliation'):
        out['affiliation'] = p['affiliation']
    out['roles'] = [{k: r[k] for k in ('title', 'from', 'to') if r.get(k)} for r in p['roles']]
    person_list.append(out)

# Spellings of each state: its names in the boundary file and SOURCE.md, and the variants the
# research pages use. A state sharing its bare name with a place (Khartoum, Sennar) or with a
# common word (Northern) is listed only as "... State", so that the city is not read as the state.
STATE_NAMES = {
    'SD-DC': ['Central Darfur', 'Central Darfur State', 'Central Darfur state'],
    'SD-DE': ['East Darfur', 'East Darfur State', 'East Darfur state', 'Eastern Darfur'],
    'SD-DN': ['North Darfur', 'North Darfur State', 'North Darfur state', 'Northern Darfur'],
    'SD-DS': ['South Darfur', 'South Darfur State', 'South Darfur state', 'Southern Darfur'],
    'SD-DW': ['West Darfur', 'West Darfur State', 'West Darfur state', 'Western Darfur'],
    'SD-GD': ['Gedaref', 'Al Qadarif', 'Gedaref State', 'Gedaref state', 'Al-Qadarif', 'Gadarif', 'Al Qadarif State'],
    'SD-GK': ['West Kordofan', 'West Kordofan State', 'West Kordofan state', 'Western Kordofan'],
    'SD-GZ': ['Gezira', 'Al Jazirah', 'Gezira State', 'Gezira state', 'El Gezira', 'Al-Gezira', 'Al Gezira',
              'Al-Jazira', 'Al Jazira', 'Jazira', 'Al-Jazirah', 'El-Gezira'],
    'SD-KA': ['Kassala', 'Kassala State', 'Kassala state'],
    'SD-KH': ['Khartoum State', 'Khartoum state'],
    'SD-KN': ['North Kordofan', 'North Kordofan State', 'North Kordofan state', 'Northern Kordofan'],
    'SD-KS': ['South Kordofan', 'South Kordofan State', 'South Kordofan state', 'Southern Kordofan'],
    'SD-NB': ['Blue Nile', 'Blue Nile State', 'Blue Nile state'],
    'SD-NO': ['Northern State', 'Northern state', 'Northern Sudan State'],
    'SD-NR': ['River Nile', 'River Nile State', 'River Nile state', 'Nile River State'],
    'SD-NW': ['White Nile', 'White Nile State', 'White Nile state'],
    'SD-RS': ['Red Sea', 'Red Sea State', 'Red Sea state'],
    'SD-SI': ['Sennar State', 'Sennar state', 'Sinnar State', 'Sinnar state'],
}
BOUNDARY_NAMES = {'Al Jazirah', 'Al Qadarif', 'Sinnar'}  # SOURCE.md's "Names" caveat
gazetteer = []
for code in sorted(STATE_NAMES):
    own = state_names[code]
    names = []
    for n in STATE_NAMES[code]:
        if n in names:
            continue
        if n == own or n in BOUNDARY_NAMES or attested(n):
            names.append(n)
    if names:  # Northern State: no spelling attested but the bare (too common) word
        gazetteer.append({'target': code, 'names': names})

GROUP_ALIASES = {'darfur': ['Darfur region', 'Greater Darfur', 'Darfur states'],
                 'kordofan': ['Kordofan region', 'Greater Kordofan', 'greater Kordofan', 'Kurdufan',
                              'Kordofan states']}
groups = [
    {'id': 'darfur', 'name': 'Darfur', 'members': ['SD-DC', 'SD-DE', 'SD-DN', 'SD-DS', 'SD-DW'],
     'aliases': [a for a in GROUP_ALIASES['darfur'] if attested(a)],
     'note': 'The five Darfur states (Central, East, North, South and West Darfur) together.'},
    {'id': 'kordofan', 'name': 'Kordofan', 'members': ['SD-KN', 'SD-KS', 'SD-GK'],
     'aliases': [a for a in GROUP_ALIASES['kordofan'] if attested(a)],
     'note': 'North, South and West Kordofan together.'},
]

conflict = {
    '$schema': '../../schemas/conflict.schema.json',
    'schemaVersion': 2,
    'id': 'sudan',
    'title': 'Sudan war (SAF vs RSF)',
    'description': ('Statements by the people involved, events, and who holds which towns, bases '
                    'and states in the war between the Sudanese Armed Forces and the Rapid Support '
                    'Forces, from its outbreak in Khartoum on 15 April 2023 to March 2026, each '
                    'tied to the news page it was read from.'),
    'country': {'id': COUNTRY, 'name': 'Sudan'},
    'mapParty': 'rsf',
    'controlParties': control_parties,
    'complement': False,
    'parties': party_list,
    'people': person_list,
    'regionGroups': groups,
    'places': places,
    'gazetteer': gazetteer,
    'defaultDate': None,  # set below
    'map': {
        'homeBounds': HOME,
        'maxBounds': MAX,
        'minZoom': 3,
        'maxZoom': 9,
        # SDN/SOURCE.md: "Boundaries: OCHA ROSEA via HDX (CC BY 3.0 IGO), through geoBoundaries",
        # then the neighbours' source.
        'credits': [
            {'text': 'Boundaries: OCHA ROSEA via '},
            {'text': 'HDX', 'href': 'https://data.humdata.org/dataset/sudan-administrative-boundaries-levels-0-2'},
            {'text': ' ('},
            {'text': 'CC BY 3.0 IGO', 'href': 'https://creativecommons.org/licenses/by/3.0/igo/'},
            {'text': '), through '},
            {'text': 'geoBoundaries', 'href': 'https://www.geoboundaries.org'},
            {'text': ' · Neighbouring countries: Natural Earth'},
        ],
    },
}

# ---------------------------------------------------------------- sources/*.json
person_name = {p['id']: p['name'] for p in facts['people']}
party_name = {p['id']: p['name'] for p in facts['parties']}


def claimant(c):
    who = c['claimant']
    if who in parties:
        return {'claimant': party_name[who], 'claimantParty': who}
    out = {'claimant': person_name[who]}
    if people[who].get('party'):
        out['claimantParty'] = people[who]['party']
    return out


def statement(s):
    out = {'id': s['id'], 'source': s['source'], 'evidence': cite(s['evidence']), 'speaker': s['speaker'],
           'date': date(s['date']), 'kind': s['kind'],
           'text': s['quote'] if s['kind'] == 'quote' else s['paraphrase']}
    if s.get('via'):
        out['via'] = s['via']
    if s['kind'] != 'quote' and s.get('quote'):
        out['note'] = f'Words on the page: “{s["quote"]}”.'
    out['places'] = s['places']
    return out


def event(e):
    return {'id': e['id'], 'source': e['source'], 'evidence': cite(e['evidence']), 'date': date(e['date']),
            'title': e['title'], 'places': e['places']}


def observation(c):
    m = {k: c['measure'][k] for k in ('kind', 'value', 'min', 'max', 'unit', 'text') if k in c['measure']}
    out = {'id': c['id'], 'source': c['source'], 'evidence': cite(c['evidence']),
           'target': TARGET.get(c['target'], c['target']), 'controller': c['controller'],
           'asOf': date(c['asOf']), 'measure': m, 'status': c['status']}
    if c['status'] == 'claimed':
        out.update(claimant(c))
    if c.get('note'):
        out['note'] = c['note']
    return out


by_source = collections.defaultdict(lambda: {'statements': [], 'events': [], 'control': []})
for s in facts['statements']:
    by_source[s['source']]['statements'].append(statement(s))
for e in facts['events']:
    by_source[e['source']]['events'].append(event(e))
for c in facts['control']:
    by_source[c['source']]['control'].append(observation(c))


def file_of(src):
    if src['published']:
        return 'pages-' + src['published'][:4]
    f = by_source.get(src['id'])
    years = sorted(x['date']['value'][:4] for x in (f['statements'] + f['events'])) if f else []
    years += sorted(x['asOf']['value'][:4] for x in f['control']) if f else []
    return 'pages-' + min(years) if years else 'pages-reference'


NOTES = {
    'common': [
        'Hand-read from stored copies of public news pages (research/sudan/). The page texts do not ship, so each fact carries its citation and a verbatim excerpt of at most 25 words (cut with …) as its evidence quote.',
        'A figure a party, or an official or spokesman of one, asserts is "claimed" (the claimant named); "assessed" only where the page states it in its own voice or relays an independent assessment (satellite analysis, an analyst), which the fact\'s note says.',
        'Measures follow the page\'s words: "virtually complete control", "most of", "nearly all" are "most"; "parts of", "a foothold", "much of" are "partial"; "besieged" or "fighting for" are "contested"; "withdrew from" is "none". Numbers are never rounded: "more than a quarter" is more-than 25 percent, "between 15% and 20%" a range, "about 60%" approximately 60.',
        'The controller of a besieged place is the force inside it, with measure "contested" and a note.',
        'Figures for Darfur (the five Darfur states) and Kordofan (North, South and West Kordofan) are group figures, never copied onto a member state; figures for the whole of Sudan target the country (SD).',
        'The map shades the RSF\'s share by default: more control facts name the RSF as the controller (121 of 213) than any other party (the army 83).',
    ],
    'pages-reference': [
        'Reference pages (encyclopedia mirrors) used only for place coordinates and states; they carry no facts.',
    ],
}

files = collections.defaultdict(lambda: {'sources': [], 'statements': [], 'events': [], 'control': []})
for src in sources:
    name = file_of(src)
    out = {'id': src['id'], 'publisher': src['publisher'], 'title': src['title'], 'url': src['url'],
           'published': src['published'], 'kind': src['kind']}
    out['note'] = src['kind'] + (f': {src["note"]}' if src.get('note') else '')
    files[name]['sources'].append(out)
    for k in ('statements', 'events', 'control'):
        files[name][k] += by_source.get(src['id'], {}).get(k, [])

os.makedirs(os.path.join(OUT, 'sources'), exist_ok=True)
for name in sorted(files):
    f = files[name]
    doc = {'$schema': '../../../schemas/source-file.schema.json', 'schemaVersion': 2,
           'sources': f['sources'], 'statements': f['statements'], 'events': f['events'],
           'control': f['control'], 'claims': [],
           'notes': NOTES['common'] + NOTES.get(name, [])}
    with open(os.path.join(OUT, 'sources', name + '.json'), 'w') as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
    print(name, {k: len(v) for k, v in f.items()})

# Default date: the latest day a control figure is dated. Coverage is at its widest from
# January 2026 (59 regions and places with a figure, about 30 of them under a year old) and no
# figure comes after it; only a few statements do (to 11 March 2026).
conflict['defaultDate'] = max(c['asOf']['value'] for c in facts['control'] if len(c['asOf']['value']) == 10)
with open(os.path.join(OUT, 'conflict.json'), 'w') as out:
    out.write(json.dumps(conflict, ensure_ascii=False, indent=2) + '\n')
write_features(os.path.join(OUT, 'regions.geojson'), region_features)
print('places', len(places), 'with points', sum(1 for p in places if 'point' in p))
