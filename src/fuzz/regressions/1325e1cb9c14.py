# A one-character str is the latin-1 singleton only where CPython makes or keeps one: str(int),
# repr(int), format(int) and f-strings of an int make a new string; str(True) is one static
# string; a constant like "a" is the name CPython interned at start-up, "A" the singleton
v = str(2 << 2)
print(v is '8', [v is c for c in v], repr(7) is '7', format(9) is '9', f'{3}' is '3', f'{3!r}' is '3', f'{3:d}' is '3')
print('%d' % 5 is '5', '{}'.format(6) is '6', str(8.5)[0] is '8', chr(65) is 'A', str(True) is str(True))
