depth = 0
def dive(n):
    global depth
    depth = n
    return dive(n + 1)
try:
    dive(1)
except RecursionError:
    print(depth)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))
print('ok')
