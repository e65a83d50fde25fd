# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 102, minimized: stdout differ
try:
    print(({'c': 1}.get('a', (10**18))) / ([4, 7, -1][(2**63)]))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
