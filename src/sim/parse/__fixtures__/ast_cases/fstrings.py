name = "w"
a = f"hello {name}!"
b = f'{name!r} {name!s} {name!a}'
c = f"{3.14159:.2f} {42:>10} {x:{w}.{p}}"
d = f"{a = }" f"{b=!s}" f"{ c = :>10}"
e = "plain" f"{x}" "more"
f = f"{{literal}} {x} }}"
g = f"""multi
{x}
  {y + z}
"""
h = f'{"nested"}' + f"{'a' if x else 'b'}"
i = f"{x!r:>{w}}"
j = f''
k = f'{x}{x}{x}'
l = f"{f'{x}'}"
m = rf"\d{x}" + fr'\n{y}'
n = f"{ x }"
o = f"{x,y}"
p = f"{(lambda: 1)()}"
q = f"{d['k']}"
r = f"{a.b.c}"
s = f"{x:}"
t = f"{x::}"
u = f'{3!r:}'
v = "a" "b" f"c" "d"
w = u"u" f"{x}"
y = f'''{
x
}'''
z = f"é{x}é{y}"
   # comment after
aa = print(f"{x:>{width}} | {y!r}", f"{z=}")
