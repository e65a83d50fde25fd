/** Python's repr() of a float: the text helpers' exact implementation (CPython's dtoa rules). */
export { floatRepr } from '../text/index.ts';
