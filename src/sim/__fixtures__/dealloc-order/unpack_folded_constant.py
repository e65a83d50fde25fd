# `a, b = -1, 2` unpacks one folded constant tuple, through an iterator until the code is
# quickened: an automatic collection can start at that iterator. Each block below puts the gen0
# count one allocation further; in one of them the collection starts at the unpacking (stage 1).
import gc
class D:
    def __del__(self):
        print('collected at stage', stage)
def cycle():
    d = D()
    d.me = d
stage = 0
gc.collect()
keep = [[] for _ in range(688)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 688 done')
stage = 0
gc.collect()
keep = [[] for _ in range(689)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 689 done')
stage = 0
gc.collect()
keep = [[] for _ in range(690)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 690 done')
stage = 0
gc.collect()
keep = [[] for _ in range(691)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 691 done')
stage = 0
gc.collect()
keep = [[] for _ in range(692)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 692 done')
stage = 0
gc.collect()
keep = [[] for _ in range(693)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 693 done')
stage = 0
gc.collect()
keep = [[] for _ in range(694)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 694 done')
stage = 0
gc.collect()
keep = [[] for _ in range(695)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 695 done')
stage = 0
gc.collect()
keep = [[] for _ in range(696)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 696 done')
stage = 0
gc.collect()
keep = [[] for _ in range(697)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 697 done')
stage = 0
gc.collect()
keep = [[] for _ in range(698)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 698 done')
stage = 0
gc.collect()
keep = [[] for _ in range(699)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 699 done')
stage = 0
gc.collect()
keep = [[] for _ in range(700)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 700 done')
stage = 0
gc.collect()
keep = [[] for _ in range(701)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 701 done')
stage = 0
gc.collect()
keep = [[] for _ in range(702)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 702 done')
stage = 0
gc.collect()
keep = [[] for _ in range(703)]
cycle()
stage = 1
a, b = -1, 2
stage = 2
x = []
stage = 3
del keep, x
print('padding 703 done')
