#!/usr/bin/env python3
"""Writes data/gaza/ from research/gaza/{sources,facts}.py. It moves facts into the app's format
and adds, rounds or rewords nothing. Run from anywhere: python3 research/gaza/build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sources import SOURCES
from facts import STATEMENTS, EVENTS, CONTROL, GZ

ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'data', 'gaza')
GEO = '/work/shared/data/geo/PSE'
os.makedirs(os.path.join(OUT, 'sources'), exist_ok=True)
os.makedirs(os.path.join(OUT, 'licences'), exist_ok=True)

# ------------------------------------------------------------------ regions.geojson
admin2 = json.load(open(os.path.join(GEO, 'pse-admin2.geojson')))
feats = []
for f in admin2['features']:
    if f['id'] in GZ:
        p = f['properties']
        feats.append({'type': 'Feature', 'id': f['id'],
                      'properties': {'iso_3166_2': p['iso_3166_2'], 'name_en': p['name_en'], 'type': 'governorate',
                                     'gb_shape_name': p['gb_shape_name'], 'gb_shape_id': p['gb_shape_id']},
                      'geometry': f['geometry']})
assert len(feats) == 5
def write_features(path, features):
    # one feature a line, as data/sudan's files
    with open(path, 'w') as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        fh.write(',\n'.join(json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in features))
        fh.write('\n]}\n')
write_features(os.path.join(OUT, 'regions.geojson'), feats)

# every evidence quote is at most 25 words
for coll, qi in ((STATEMENTS, 6), (EVENTS, 4), (CONTROL, 9)):
    for f in coll:
        assert len(f[qi].split()) <= 25, f'{f[0]}: quote of {len(f[qi].split())} words'

# ------------------------------------------------------------------ licences
src_md = open(os.path.join(GEO, 'SOURCE.md')).read()
with open(os.path.join(OUT, 'licences', 'GEO-SOURCE.md'), 'w') as fh:
    fh.write('# Boundaries of this dataset\n\n')
    fh.write('**Change made for this dataset:** `regions.geojson` holds only the five Gaza Strip governorates of '
             '`pse-admin2.geojson` (PS-NGZ, PS-GZA, PS-DEB, PS-KYS, PS-RFH), geometry unchanged; each feature keeps '
             '`iso_3166_2`, `name_en`, `gb_shape_name` and `gb_shape_id` and gains `type: "governorate"`. The eleven '
             'West Bank governorates and the two-territory file are not shipped. The text below is the shared '
             '`SOURCE.md` of `../shared/data/geo/PSE/`, unchanged.\n\n---\n\n')
    fh.write(src_md)
    fh.write('''

---

# `neighbours.geojson` (context only; no facts refer to it)

Written by `research/gaza/neighbours.py`, each feature clipped to the map's `maxBounds`
[33.7, 30.8, 35.1, 32.0], coordinates rounded to 1e-5°, rings re-wound for d3 (exterior clockwise;
`d3.geoArea < 2π` checked for every feature):

| features | source | licence |
| --- | --- | --- |
| Israel: Southern, Jerusalem, Central and Tel Aviv Districts (the parts inside the box) | `../shared/data/geo/ISR/isr-admin1.geojson` (geoBoundaries gbOpen ISR ADM1, boundary year 2006), unchanged but clipped | Public domain (as stated by geoBoundaries; see that folder's `SOURCE.md`) |
| West Bank | the merged West Bank feature of `../shared/data/geo/PSE/pse-admin1.geojson` (the same geoBoundaries source as `regions.geojson`, above), clipped | CC BY 4.0 |
| Egypt | Natural Earth 4.1.0 admin-0 countries (1:10m) via the npm package `world-atlas` 2.0.2 (`countries-10m.json`, ISC), decoded from TopoJSON, clipped | Public domain (Natural Earth) |

Caveats: the three sources do not share vertices. The coarse Israeli outline overlaps the Gaza
governorates in slivers (about 0.7% of a 0.002° sample grid over Gaza falls inside the Southern
District) and leaves gaps elsewhere along the perimeter (about 5% of sample points within 3 km
east of Gaza are in no neighbour); draw the regions above the neighbours. Natural Earth borders differ from the admin-1
files by about a kilometre (`../shared/data/geo/README.md`), so Egypt's edge near Rafah is
approximate. None of these lines is used for any fact.
''')

# ------------------------------------------------------------------ conflict.json
parties = [
    {'id': 'israel', 'name': 'Israel (Israel Defense Forces)', 'shortName': 'Israel', 'color': '#0072B2',
     'aliases': ['IDF', 'Israel Defense Forces', 'the Israeli army', 'Israeli military', 'occupation army', 'the occupation']},
    {'id': 'hamas', 'name': 'Hamas (and the Hamas-run Gaza authorities)', 'shortName': 'Hamas', 'color': '#E69F00',
     'aliases': ['Hamas', 'Gaza authorities', 'Gaza Government Media Office', 'al-Qassam Brigades']},
]
P = lambda id, name, aliases=(), party=None, affiliation=None, roles=(): {k: v for k, v in {
    'id': id, 'name': name, 'aliases': list(aliases), 'party': party, 'affiliation': affiliation,
    'roles': [{'title': r} if isinstance(r, str) else r for r in roles]}.items() if v is not None}
people = [
    P('netanyahu', 'Benjamin Netanyahu', ['Netanyahu', 'Bibi Netanyahu'], 'israel', roles=['Prime Minister of Israel']),
    P('gallant', 'Yoav Gallant', ['Yoav Galant', 'Gallant'], 'israel', roles=['Defence Minister of Israel']),
    P('katz', 'Israel Katz', ['Katz'], 'israel', roles=['Defence Minister of Israel']),
    P('zamir', 'Eyal Zamir', ['Lt. Gen. Eyal Zamir', 'Zamir'], 'israel', roles=['IDF Chief of the General Staff']),
    P('hagari', 'Daniel Hagari', ['Rear Adm. Daniel Hagari', 'Haghari', 'Hagari'], 'israel', roles=['IDF chief spokesman']),
    P('defrin', 'Effie Defrin', ['Brig. Gen. Effie Defrin', 'Defrin'], 'israel', roles=['IDF spokesman']),
    P('hanegbi', 'Tzachi Hanegbi', ['Hanegbi'], 'israel', roles=['National Security Advisor of Israel']),
    P('dermer', 'Ron Dermer', ['Dermer'], 'israel', roles=['Strategic Affairs Minister of Israel']),
    P('idf-statement', 'Israel Defense Forces (official statement)', ['the Israeli army', 'the military'], 'israel',
      roles=['institutional speaker: unattributed army statements']),
    P('hamas-statement', 'Hamas (official statement)', ['Hamas'], 'hamas', roles=['institutional speaker: Hamas statements']),
    P('gaza-media-office', 'Gaza Government Media Office', ['the enclave\u2019s authorities', 'Gaza authorities', 'the Palestinian enclave\'s administration'], 'hamas',
      roles=['institutional speaker: the Hamas-run government media office in Gaza']),
    P('abu-omar', 'Wael Abu Omar', ['Abu Omar'], affiliation='Palestinian Crossings Authority', roles=['spokesman, Palestinian Crossings Authority']),
    P('laerke', 'Jens Laerke', ['Laerke'], affiliation='United Nations (OCHA)', roles=['spokesman, UN Office for the Coordination of Humanitarian Affairs']),
    P('dujarric', 'Stephane Dujarric', ['Dujarric'], affiliation='United Nations', roles=['spokesman of the UN Secretary-General']),
    P('kirby', 'John Kirby', ['Kirby'], affiliation='United States (White House)', roles=['National Security Council spokesman']),
    P('egyptian-source', 'Senior Egyptian source (unnamed)', [], affiliation='Egypt', roles=['a source with ties to the national intelligence agency, quoted by Al-Kahera News']),
    P('adraee', 'Avichay Adraee', ['Col. Avichay Adraee', 'Adraee'], 'israel', roles=['IDF Arabic-language spokesman']),
    P('shoshani', 'Nadav Shoshani', ['Lt. Col. Nadav Shoshani', 'Shoshani'], 'israel', roles=['IDF international spokesman']),
    P('salhi', 'Mahmoud Salhi', [], affiliation='Gaza resident', roles=['displaced Palestinian']),
    P('abu-kamel', 'Osama Abu Kamel', [], affiliation='Gaza resident', roles=['resident of al-Maghraqa, displaced to Khan Younis']),
    P('abu-al-hussain', 'Mohammad Khaled Abu al-Hussain', [], affiliation='Gaza resident', roles=['father of five, al-Qarara (north of Khan Younis)']),
    P('srour', 'Hazem Srour', [], affiliation='Palestinian in Gaza', roles=['22 years old, speaking of Hamas police in Deir al-Balah']),
    P('mortaja', 'Reem Mortaja', [], affiliation='Gaza resident', roles=['Gaza resident']),
]
places = [
    {'id': 'gaza-city', 'name': 'Gaza City', 'aliases': ['Gaza'], 'kind': 'city', 'region': 'PS-GZA', 'point': [34.45, 31.517],
     'pointSource': {'source': 'ref-gaza-city', 'text': 'Coordinates: 31°31′N 34°27′E / 31.517°N 34.450°E'},
     'note': 'Governorate from source ref-gaza-city: "Governorate | Gaza".'},
    {'id': 'khan-younis', 'name': 'Khan Younis', 'aliases': ['Khan Yunis', 'Khan Yunus'], 'kind': 'city', 'region': 'PS-KYS', 'point': [34.30306, 31.34444],
     'pointSource': {'source': 'ref-khan-yunis', 'text': 'Coordinates: 31°20′40″N 34°18′11″E / 31.34444°N 34.30306°E'},
     'note': 'Governorate from source ref-khan-yunis: "the capital of the Khan Yunis Governorate".'},
    {'id': 'jabalia-camp', 'name': 'Jabalia refugee camp', 'aliases': ['Jabalia', 'Jabaliya', 'Jabalya Camp'], 'kind': 'camp', 'region': 'PS-NGZ', 'point': [34.49639, 31.53722],
     'pointSource': {'source': 'ref-jabalia', 'text': 'Coordinates: 31°32′14″N 34°29′47″E / 31.53722°N 34.49639°E'},
     'note': 'Governorate from source ref-jabalia: "Governorate | North Gaza".'},
    {'id': 'rafah-crossing', 'name': 'Rafah crossing', 'aliases': ['Rafah Border Crossing', 'Rafah crossing point'], 'kind': 'site', 'region': 'PS-RFH', 'point': [34.25923, 31.24858],
     'pointSource': {'source': 'ref-rafah-crossing', 'text': 'Coordinates31°14′55″N 34°15′33″E / 31.24858°N 34.25923°E'},
     'note': 'The Gaza side of the crossing with Egypt; facts are about that side. Governorate: in Rafah (the crossing is at Rafah, on the Egypt border; the point falls inside PS-RFH).'},
    {'id': 'rafah', 'name': 'Rafah', 'aliases': ['Rafah city', 'Rafa'], 'kind': 'city', 'region': 'PS-RFH', 'point': [34.25861, 31.2725],
     'pointSource': {'source': 'ref-rafah', 'text': 'Coordinates: 31°16′21″N 34°15′31″E / 31.27250°N 34.25861°E'},
     'note': 'Governorate from source ref-rafah: "the capital of the Rafah Governorate". Other mirrors give other coordinates for the city (31°17′19″N 34°15′07″E); the ones of the current article mirror are used.'},
    {'id': 'deir-al-balah', 'name': 'Deir al-Balah', 'aliases': ['Deir al Balah', 'Deir el-Balah', 'Dir al-Balah'], 'kind': 'city', 'region': 'PS-DEB', 'point': [34.35167, 31.41889],
     'pointSource': {'source': 'ref-deir-al-balah', 'text': 'Coordinates: 31°25′08″N 34°21′06″E / 31.41889°N 34.35167°E'},
     'note': 'Governorate from source ref-deir-al-balah: "the administrative capital of the Deir el-Balah Governorate". The governorate includes Deir El Balah, Nuseirat, Maghazi and Al Bureij (webgaza-deir-al-balah).'},
    {'id': 'philadelphi-corridor', 'name': 'Philadelphi corridor', 'aliases': ['Philadelphia Corridor', 'Philadelphia axis', 'Salah al-Din axis'], 'kind': 'site', 'region': 'PS-RFH',
     'note': 'A 14-km strip along Gaza\'s border with Egypt (totalnews-philadelphi); that border is the edge of Rafah governorate. No point (a line, and no coordinates recorded).'},
    {'id': 'netzarim-corridor', 'name': 'Netzarim corridor', 'aliases': ['Netzarim axis'], 'kind': 'site', 'region': 'PS-GZA',
     'note': 'Runs from the Israeli border to the sea and "cuts off the northern third of Gaza, including Gaza City" (ahram-morag); placed in Gaza governorate as the region it bounds to the south — a judgement, the pages give no governorate. No point.'},
    {'id': 'morag-corridor', 'name': 'Morag corridor', 'aliases': ['Morag Corridor'], 'kind': 'site', 'region': 'PS-RFH',
     'note': '"Located between Khan Younis and Rafah" and "severs Rafah from the rest of Gaza" (trt-2025-04-03); placed in Rafah governorate, whose northern edge it seals — a judgement, the pages give no governorate. No point.'},
    {'id': 'beit-hanoun', 'name': 'Beit Hanoun', 'aliases': ['Beit Hanun', 'Bayt Hanun'], 'kind': 'town', 'region': 'PS-NGZ', 'point': [34.53611, 31.54167],
     'pointSource': {'source': 'ref-beit-hanoun', 'text': 'Coordinates: 31°32′30″N 34°32′10″E / 31.54167°N 34.53611°E'},
     'note': 'Governorate from source ref-beit-hanoun: "Governorate North Gaza".'},
]
conflict = {
    '$schema': '../../schemas/conflict.schema.json',
    'schemaVersion': 2,
    'id': 'gaza',
    'title': 'Gaza war (Israel vs Hamas)',
    'description': 'Statements by the people involved, events, and who holds how much of the Gaza Strip, its cities and corridors in the war between Israel and Hamas, from the Hamas takeover of 2007 and the war of October 2023 to the ceasefire \u201cyellow line\u201d of 2025\u201326, each tied to the news page it was read from.',
    'country': {'id': 'PS', 'name': 'Palestine (Gaza Strip)'},
    'mapParty': 'israel',
    'controlParties': ['israel', 'hamas'],
    'complement': False,
    'parties': parties,
    'people': people,
    'regionGroups': [
        {'id': 'gaza-strip', 'name': 'Gaza Strip', 'members': GZ, 'aliases': ['Gaza', 'the Strip', 'the enclave', 'the Gaza Strip'],
         'note': 'The five governorates of the Gaza Strip (North Gaza, Gaza, Deir al-Balah, Khan Younis, Rafah) together: every figure for "the Gaza Strip" or "Gaza" as a whole.'},
        {'id': 'northern-gaza', 'name': 'Northern Gaza (north of the Netzarim corridor)', 'members': ['PS-NGZ', 'PS-GZA'], 'aliases': ['northern Gaza', 'the northern strip', 'north Gaza', 'the north'],
         'note': 'What the IDF called "north Gaza" after cutting the Strip in two in November 2023: the part north of the Netzarim corridor, "the northern third of Gaza, including Gaza City" (ahram-morag) — read here as North Gaza and Gaza governorates. Not the North Gaza governorate alone (PS-NGZ).'},
    ],
    'places': places,
    'gazetteer': [
        {'target': 'PS-NGZ', 'names': ['North Gaza', 'North Gaza Governorate']},
        {'target': 'PS-GZA', 'names': ['Gaza Governorate']},
        {'target': 'PS-DEB', 'names': ['Deir al-Balah', 'Deir Al Balah']},
        {'target': 'PS-KYS', 'names': ['Khan Yunis Governorate', 'Khan Younis governorate']},
        {'target': 'PS-RFH', 'names': ['Rafah Governorate']},
        {'target': 'gaza-strip', 'names': ['Gaza Strip', 'the Strip', 'Gazastreifen', 'Λωρίδα της Γάζας']},
    ],
    'staleAfterDays': 120,
    'defaultDate': '2026-01-09',
    'map': {
        'homeBounds': [34.15, 31.18, 34.65, 31.65],
        'maxBounds': [33.7, 30.8, 35.1, 32.0],
        'minZoom': 8, 'maxZoom': 14,
        'credits': [
            {'text': 'Boundaries: '}, {'text': 'geoBoundaries', 'href': 'https://www.geoboundaries.org'},
            {'text': ' ('}, {'text': 'CC BY 4.0', 'href': 'https://creativecommons.org/licenses/by/4.0/'},
            {'text': '), source Open Data Watch · Israel: geoBoundaries (public domain) · Egypt: '},
            {'text': 'Natural Earth', 'href': 'https://www.naturalearthdata.com'},
        ],
    },
}

# ------------------------------------------------------------------ sources/*.json
def year_of(date):
    return date['value'][:4]
files = {}
def file_for(src_id, fact_date=None):
    pub = SOURCES[src_id][3]
    if src_id.startswith('ref-') or src_id not in first_fact:
        return 'pages-reference'
    y = pub[:4] if pub else (year_of(fact_date) if fact_date else 'undated')
    return f'pages-{y}'
# undated pages go with the year of their earliest fact
first_fact = {}
for coll, si, di in ((STATEMENTS, 2, 3), (EVENTS, 1, 2), (CONTROL, 1, 4)):
    for f in coll:
        s, d = f[si], f[di]
        if s not in first_fact or d['value'] < first_fact[s]['value']:
            first_fact[s] = d
def fname(src):
    return file_for(src, first_fact.get(src))
def bucket(name):
    return files.setdefault(name, {'$schema': '../../../schemas/source-file.schema.json', 'schemaVersion': 2,
                                   'sources': [], 'statements': [], 'events': [], 'control': [], 'claims': [], 'notes': [
        'Hand-read from stored copies of public web pages (research/gaza/). The page texts do not ship, so each fact carries its citation and a verbatim excerpt of at most 25 words (cut with \u2026) as its evidence quote.',
        'A figure a party, or an official, spokesman or authority of one, asserts is "claimed" (the claimant named); "assessed" only where the page states it in its own voice or relays an independent assessment (a map analysis, a newspaper report), which the fact\'s note says.']})
def kind_of(note):
    # The publisher kind each note starts with (sources.py), in the app's words.
    n = (note or '').lower()
    for prefix, kind in (('state media', 'state-media'), ('state-media', 'state-media'), ('encyclopedia', 'reference'),
                         ('background page', 'reference'), ('outlet', 'outlet'), ('state-aligned outlet', 'outlet'),
                         ('aggregator', 'aggregator'), ('ai-written news aggregator', 'aggregator'),
                         ('mirror of', 'aggregator'), ('wire', 'wire'), ('analyst', 'analyst'), ('official', 'official')):
        if n.startswith(prefix):
            return kind
    raise SystemExit(f'no publisher kind at the start of the note: {note!r}')
for sid, (pub, title, url, published, note) in SOURCES.items():
    if True:  # every page read ships: fact pages by year, the rest in pages-reference
        s = {'id': sid, 'publisher': pub, 'title': title, 'url': url, 'published': published, 'kind': kind_of(note)}
        if note: s['note'] = note
        bucket(fname(sid))['sources'].append(s)
ev = lambda q: {'type': 'citation', 'quote': q}
for (id, speaker, src, date, kind, text, quote, extra) in STATEMENTS:
    st = {'id': id, 'source': src, 'evidence': ev(quote), 'speaker': speaker, 'date': date, 'kind': kind, 'text': text}
    for k in ('role', 'via', 'note'):
        if k in extra: st[k] = extra[k]
    if 'regions' in extra: st['regions'] = extra['regions']
    if 'places' in extra: st['places'] = extra['places']
    bucket(fname(src))['statements'].append(st)
for (id, src, date, title, quote, extra) in EVENTS:
    e = {'id': id, 'source': src, 'evidence': ev(quote), 'date': date, 'title': title}
    if 'regions' in extra: e['regions'] = extra['regions']
    if 'places' in extra: e['places'] = extra['places']
    bucket(fname(src))['events'].append(e)
for (id, src, target, controller, asof, measure, status, claimant, cparty, quote, note) in CONTROL:
    c = {'id': id, 'source': src, 'evidence': ev(quote), 'target': target, 'controller': controller, 'asOf': asof,
         'measure': measure, 'status': status}
    if claimant: c['claimant'] = claimant
    if cparty: c['claimantParty'] = cparty
    if note: c['note'] = note
    bucket(fname(src))['control'].append(c)

with open(os.path.join(OUT, 'conflict.json'), 'w') as fh:
    json.dump(conflict, fh, ensure_ascii=False, indent=2); fh.write('\n')
for name, data in files.items():
    with open(os.path.join(OUT, 'sources', name + '.json'), 'w') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2); fh.write('\n')
print('wrote', sorted(files), len(STATEMENTS), len(EVENTS), len(CONTROL))
