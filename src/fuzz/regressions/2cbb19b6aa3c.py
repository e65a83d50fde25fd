# fuzz:diff --seed 7 program 384, minimized: stdout differ
print('tab\there'.replace('', 'z')[:-4:2])
