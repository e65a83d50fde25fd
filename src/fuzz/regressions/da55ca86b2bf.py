# fuzz:diff --seed 7 program 162, minimized: stdout differ
print({k: v for k, v in zip(['ABC'], list({-1, 0x1F, 0x1F, -5}))})
