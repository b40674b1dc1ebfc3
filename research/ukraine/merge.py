#!/usr/bin/env python3
"""Merge the people, places and gazetteer entries that research chunks add into a conflict.json.

Each chunk of Ukraine research lives in research/ukraine/<slug>/ with an additions.json:
  {"people": [...], "places": [...], "gazetteer": [...], "parties": [...]}
(new entries only, in the app's conflict.json format) and writes its facts straight into
data/ukraine/sources/pages-<slug>.json.

  python3 research/ukraine/merge.py                 # merge every chunk into data/ukraine/conflict.json
  python3 research/ukraine/merge.py --trial SLUG    # copy data/ukraine to /tmp/ukr-trial-SLUG with only
                                                    # this chunk's pages file and additions, then validate it

An entry whose id is already present is merged: aliases (and a gazetteer target's names) are
united; any other field that differs is reported and the existing value kept. Nothing is reworded.
"""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, 'data', 'ukraine')
KEYS = {'people': 'id', 'places': 'id', 'parties': 'id', 'gazetteer': 'target'}
UNION = {'people': 'aliases', 'places': 'aliases', 'parties': 'aliases', 'gazetteer': 'names'}


def chunks():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name, 'additions.json')
        if os.path.isfile(p):
            yield name, p


def merge_into(conflict, slug, additions):
    problems = []
    for key, idf in KEYS.items():
        entries = additions.get(key) or []
        have = conflict.setdefault(key, [])
        index = {e[idf]: e for e in have}
        for e in entries:
            k = e.get(idf)
            if k is None:
                problems.append(f'{slug}: {key} entry without {idf}: {json.dumps(e)[:80]}')
                continue
            if k not in index:
                have.append(e)
                index[k] = e
                continue
            old = index[k]
            u = UNION[key]
            if e.get(u):
                old[u] = old.get(u, []) + [a for a in e[u] if a not in old.get(u, [])]
            for f, v in e.items():
                if f in (idf, u):
                    continue
                if f not in old:
                    old[f] = v
                elif old[f] != v and f not in ('roles', 'note'):
                    problems.append(f'{slug}: {key} {k}.{f} differs; kept {json.dumps(old[f])[:60]}')
                elif f == 'roles':
                    for r in v:
                        if r not in old['roles']:
                            old['roles'].append(r)
    if not conflict.get('places'):
        conflict.pop('places', None)
    return problems


def main():
    args = sys.argv[1:]
    if args[:1] == ['--trial'] and len(args) == 2:
        slug = args[1]
        dest = f'/tmp/ukr-trial-{slug}'
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(DATA, dest)
        src = os.path.join(dest, 'sources')
        for f in os.listdir(src):
            if f.startswith('pages-') and f != f'pages-{slug}.json':
                os.remove(os.path.join(src, f))
        # The other (already shipped) files are audited apart: in this throwaway copy their
        # sources get a stand-in kind, so the validator speaks only of this chunk's file.
        for f in os.listdir(src):
            if f.endswith('.json') and f != f'pages-{slug}.json':
                fp = os.path.join(src, f)
                d = json.load(open(fp))
                for x in d.get('sources', []):
                    x.setdefault('kind', 'outlet')
                json.dump(d, open(fp, 'w'), ensure_ascii=False, indent=2)
        conflict_path = os.path.join(dest, 'conflict.json')
        conflict = json.load(open(conflict_path))
        add = os.path.join(HERE, slug, 'additions.json')
        problems = merge_into(conflict, slug, json.load(open(add))) if os.path.isfile(add) else []
        json.dump(conflict, open(conflict_path, 'w'), ensure_ascii=False, indent=2)
        for p in problems:
            print('merge:', p)
        r = subprocess.run(['npx', 'tsx', 'cli/validate.ts', dest], cwd=ROOT)
        sys.exit(r.returncode or (1 if problems else 0))
    if args:
        print(__doc__)
        sys.exit(2)
    conflict_path = os.path.join(DATA, 'conflict.json')
    conflict = json.load(open(conflict_path))
    problems = []
    for slug, p in chunks():
        problems += merge_into(conflict, slug, json.load(open(p)))
    with open(conflict_path, 'w') as f:
        json.dump(conflict, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for p in problems:
        print('merge:', p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
