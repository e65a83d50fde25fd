# comments and blank lines

x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
s = """doc
string"""
if x:
    # comment

    pass
    # trailing comment
def f(
    a,
    b,
):
	return a
class C:
    def m(self):
        if self:
            return 1
        return 2
é = 'é'
café = "naïve" + é
t = 'x' \
    'y'
print('日本', 'ü', é)
