# fuzz:diff --seed 41 --statements 25 program 1243, minimized: stdout differ
print({2**63, 10})
