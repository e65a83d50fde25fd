# fuzz:diff --seed 7 program 425, minimized: stdout differ
v5 = 123456789.125
for i7 in '👍':
    try:
        raise Exception('')
    except Exception as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(v5 * ((257) // ((2**63))))
