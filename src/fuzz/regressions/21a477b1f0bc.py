# hand-minimized from fuzz:diff --seed 11 --exclude gc,del,sets,astral program 775
print('ß'.title(), 'ß'.capitalize(), 'ǆ'.title())
