# fuzz:diff --seed 7 program 51, minimized: stdout differ
for i3 in '👍':
    print(i3.replace('o', '').rstrip())
    try:
        assert 2.25 <= 0, 'failed'
    except BaseException as e:
        print(type(e).__name__, e)
