"""Fix fields of existing facts: stdin {id: "new evidence"} or {id: {field: value}}."""
import json,sys
f=json.load(open('facts.json'))
fix=json.loads(sys.stdin.read())
for k in ['statements','control','events']:
    for x in f[k]:
        if x['id'] in fix:
            v=fix[x['id']]
            if isinstance(v,str): x['evidence']=v
            else: x.update(v)
json.dump(f,open('facts.json','w'),indent=1,ensure_ascii=False)
