#!/usr/bin/env python3
"""Writes data/gaza/neighbours.geojson, for context around the five Gaza governorates:
 - Israel: the six districts of ../shared/data/geo/ISR/isr-admin1.geojson (geoBoundaries, public domain);
 - the West Bank: the merged West Bank feature of ../shared/data/geo/PSE/pse-admin1.geojson
   (geoBoundaries, CC BY 4.0, the same source as regions.geojson, so its edges match);
 - Egypt: Natural Earth 4.1.0 countries (public domain) via the npm package world-atlas 2.0.2,
   countries-10m.json (pass its path as the first argument).
Each is clipped to the map's maxBounds and wound for d3 (exterior clockwise). Usage:
    python3 research/gaza/neighbours.py /path/to/world-atlas/countries-10m.json
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..', 'data', 'gaza'))
BOX = json.load(open(os.path.join(OUT, 'conflict.json')))['map']['maxBounds']
w, s, e, n = BOX

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
    pts = [(round(x, 5), round(y, 5)) for x, y in pts]
    pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    if len(pts) < 3 or abs(area(pts)) < 1e-9:
        return None
    if (area(pts) < 0) != exterior:  # d3: exterior clockwise (negative planar area)
        pts = pts[::-1]
    return [list(p) for p in pts] + [list(pts[0])]

def clip_polys(polys):
    parts = []
    for poly in polys:
        rings = []
        for j, r in enumerate(poly):
            t = tidy(clip([tuple(p) for p in r[:-1]]), j == 0)
            if t is None and j == 0:
                break
            if t is not None:
                rings.append(t)
        if rings:
            parts.append(rings)
    return parts

def geometry(parts):
    return {'type': 'Polygon', 'coordinates': parts[0]} if len(parts) == 1 else {'type': 'MultiPolygon', 'coordinates': parts}

def polys_of(g):
    return [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']

features = []
for f in json.load(open('/work/shared/data/geo/ISR/isr-admin1.geojson'))['features']:
    parts = clip_polys(polys_of(f['geometry']))
    if parts:
        features.append({'type': 'Feature', 'id': f['id'], 'properties': {
            'name': 'Israel', 'district': f['properties']['name_en'], 'iso_3166_2': f['id'],
            'source': 'geoBoundaries ISR ADM1 (public domain)'}, 'geometry': geometry(parts)})
for f in json.load(open('/work/shared/data/geo/PSE/pse-admin1.geojson'))['features']:
    if f['properties']['name_en'] != 'West Bank':
        continue
    parts = clip_polys(polys_of(f['geometry']))
    if parts:
        features.append({'type': 'Feature', 'properties': {'name': 'West Bank', 'source': 'geoBoundaries PSE ADM2, merged (CC BY 4.0)'},
                         'geometry': geometry(parts)})

# Egypt from the world-atlas TopoJSON (quantised, delta-encoded arcs)
topo = json.load(open(sys.argv[1]))
(sx, sy), (tx, ty) = topo['transform']['scale'], topo['transform']['translate']
arcs = []
for arc in topo['arcs']:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)
def ring(ids):
    pts = []
    for i in ids:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts += a if not pts else a[1:]
    return pts
for g in topo['objects']['countries']['geometries']:
    if g.get('id') != '818':
        continue
    polys = [g['arcs']] if g['type'] == 'Polygon' else g['arcs']
    parts = clip_polys([[ring(ids) for ids in poly] for poly in polys])
    features.append({'type': 'Feature', 'properties': {'name': g['properties']['name'], 'iso_n3': '818',
                     'source': 'Natural Earth 4.1.0 via world-atlas 2.0.2 (public domain)'}, 'geometry': geometry(parts)})
with open(os.path.join(OUT, 'neighbours.geojson'), 'w') as fh:  # one feature a line
    fh.write('{"type":"FeatureCollection","features":[\n')
    fh.write(',\n'.join(json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in features))
    fh.write('\n]}\n')
print('neighbours:', ', '.join(f['properties'].get('district', f['properties']['name']) for f in features))
