# print() looks up sys.stdout.write once per piece (a new bound method each time), and an
# automatic collection can start there: a finalizer's output lands in the middle of the line
import gc
kept = []
class Piece:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        kept.append([self.text])
        return self.text
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print(f'<del {self.name}>', end='')
pieces = [Piece(c) for c in 'abcdef']
for limit in range(1, 9):
    gc.collect()
    Node(limit)
    gc.set_threshold(gc.get_count()[0] + limit)
    a, b, c, d, e, f = pieces
    print(a, b, c, d, e, f)
    gc.set_threshold(700)
    print(len(kept), gc.get_count()[0] > 0)
