/**
 * The C library functions CPython calls where the simulator needs the same last bit: our own
 * correctly rounded implementations (BigInt fixed point and Ziv's rounding test), because V8's
 * Math functions are fdlibm's and differ from glibc's in the last digit far more often than
 * glibc differs from the correctly rounded value.
 */
export { exp, log } from './exp-log.ts';
export { atan2, cos, sin } from './trig.ts';
export { hypot } from './hypot.ts';
