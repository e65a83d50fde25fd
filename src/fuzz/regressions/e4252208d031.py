# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 372, minimized: stdout differ
v0 = tuple(list((5,)))
try:
    v2 = '{} and {}'.format(((1e300) ** 2), ('mixed Case' <= 'é'))
except Exception as e:
    print(type(e).__name__, e)
    v2 = ''
print(v0 is v2, id(v0) == id(v2))
