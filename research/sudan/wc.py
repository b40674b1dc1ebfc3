import sys,re
for l in sys.stdin.read().split('\n@@\n'):
    print(len(re.sub('…',' ',l).split()), l[:60])
