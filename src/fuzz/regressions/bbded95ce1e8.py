import gc
class B: pass
class D: pass
gc.get_count()
class A(B, D): pass
gc.get_count()
class E(B): pass
gc.get_count()
