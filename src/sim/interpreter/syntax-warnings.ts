/**
 * The SyntaxWarnings CPython 3.11's compiler prints while it compiles a program (compile.c
 * check_compare, check_caller, check_subscripter, check_index, compiler_assert), before the
 * first line runs: `x is 1` ("is" with a literal), `(1, 2)(3)` (not callable), `[1, 2][0, 1]`
 * (indices must be integers), `assert (x, 'why')` (always true). Each is printed as the warnings
 * module shows it: `file:line: SyntaxWarning: message`, then the source line, stripped.
 *
 * The checks look at the tree after the AST optimizer's constant folding (`folded`: `-1`, `2 ** 8`
 * and tuples of constants are constants), in the order the compiler visits it: a function's defaults
 * before its body, a class body before its bases, a comprehension before its outermost iterable.
 * Dead branches (`if 0:`) are compiled, and warned about, all the same.
 */
import type * as A from '../parse/ast.ts';
import type { ConstValue } from '../compile-model/constants.ts';
import { constantOf as constantOfNode } from '../compile-model/optimizer.ts';

interface Node {
  _type: string;
  lineno?: number;
}

const TYPE_NAMES: Record<string, string> = {
  None: 'NoneType', bool: 'bool', int: 'int', float: 'float', complex: 'complex', str: 'str',
  bytes: 'bytes', tuple: 'tuple', frozenset: 'frozenset', Ellipsis: 'ellipsis',
};

/** The warnings' text (empty when there are none). */
export function syntaxWarnings(mod: A.Module, folded: ReadonlyMap<object, ConstValue>, filename: string, source: string[]): string {
  let out = '';
  const warn = (node: Node, message: string) => {
    const line = node.lineno ?? 1;
    const text = (source[line - 1] ?? '').trim();
    out += `${filename}:${line}: SyntaxWarning: ${message}\n${text ? `  ${text}\n` : ''}`;
  };
  const constantOf = (e: Node): ConstValue | undefined => constantOfNode(e, folded);

  /** compile.c infer_type: the type a literal display or constant evaluates to, else null. */
  const inferType = (e: Node): string | null => {
    switch (e._type) {
      case 'Tuple': return 'tuple';
      case 'List': case 'ListComp': return 'list';
      case 'Dict': case 'DictComp': return 'dict';
      case 'Set': case 'SetComp': return 'set';
      case 'GeneratorExp': return 'generator';
      case 'Lambda': return 'function';
      case 'JoinedStr': case 'FormattedValue': return 'str';
    }
    const c = constantOf(e);
    return c === undefined ? null : TYPE_NAMES[c.t] ?? null;
  };

  const isNamedSingletonOrNot = (e: Node): boolean => {
    const c = constantOf(e);
    return c === undefined || c.t === 'None' || c.t === 'bool' || c.t === 'Ellipsis';
  };

  const checkCompare = (e: A.Compare) => {
    let left = isNamedSingletonOrNot(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = isNamedSingletonOrNot(e.comparators[i]);
      const op = e.ops[i];
      if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
        warn(e, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        return; // compiler_warn's first warning ends the check
      }
      left = right;
    }
  };

  const checkCaller = (f: Node, at: Node) => {
    if (['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue'].includes(f._type) || folded.has(f)) {
      const t = inferType(f);
      if (t !== null) warn(at, `'${t}' object is not callable; perhaps you missed a comma?`);
    }
  };

  const checkSubscript = (e: A.Subscript) => {
    const v = e.value as Node;
    const c = constantOf(v);
    const notSubscriptable = c !== undefined
      ? ['None', 'Ellipsis', 'int', 'float', 'complex', 'frozenset', 'bool'].includes(c.t)
      : ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(v._type);
    if (notSubscriptable) {
      warn(e, `'${inferType(v)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    const index = inferType(e.slice as Node);
    if (index === null || index === 'int' || index === 'bool' || e.slice._type === 'Slice') return;
    const sequence = c !== undefined ? ['str', 'bytes', 'tuple'].includes(c.t) : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(v._type);
    if (sequence) warn(e, `${inferType(v)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`);
  };

  const visitAll = (xs: readonly unknown[] | null | undefined) => {
    if (xs) for (const x of xs) visit(x);
  };

  const visitArguments = (a: A.arguments) => {
    visitAll(a.defaults);
    visitAll(a.kw_defaults);
  };

  const visitComprehension = (generators: A.comprehension[], elts: unknown[]) => {
    // the outermost iterable is evaluated in the enclosing scope, after the comprehension's code
    generators.forEach((g, i) => {
      if (i > 0) visit(g.iter);
      visit(g.target);
      visitAll(g.ifs);
    });
    visitAll(elts);
    if (generators.length > 0) visit(generators[0].iter);
  };

  function visit(x: unknown): void {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      visitAll(x);
      return;
    }
    const n = x as Node & Record<string, unknown>;
    switch (n._type) {
      case 'Compare':
        checkCompare(n as unknown as A.Compare);
        break;
      case 'Call':
        checkCaller((n as unknown as A.Call).func as Node, n);
        break;
      case 'Subscript':
        if ((n as unknown as A.Subscript).ctx === 'Load') checkSubscript(n as unknown as A.Subscript);
        break;
      case 'Assert': {
        const a = n as unknown as A.Assert;
        if (a.test._type === 'Tuple' && a.test.elts.length > 0) warn(n, 'assertion is always true, perhaps remove parentheses?');
        break;
      }
      case 'FunctionDef': {
        const f = n as unknown as A.FunctionDef;
        visitAll(f.decorator_list);
        visitArguments(f.args);
        visitAll(f.body);
        return;
      }
      case 'Lambda': {
        const f = n as unknown as A.Lambda;
        visitArguments(f.args);
        visit(f.body);
        return;
      }
      case 'ClassDef': {
        const c = n as unknown as A.ClassDef;
        visitAll(c.decorator_list);
        visitAll(c.body);
        visitAll(c.bases);
        visitAll(c.keywords);
        return;
      }
      case 'Assign': {
        const s = n as unknown as A.Assign;
        visit(s.value);
        visitAll(s.targets);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp': {
        const c = n as unknown as A.ListComp;
        visitComprehension(c.generators, [c.elt]);
        return;
      }
      case 'DictComp': {
        const c = n as unknown as A.DictComp;
        visitComprehension(c.generators, [c.key, c.value]);
        return;
      }
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === '_type' || k === 'ctx' || typeof v !== 'object') continue;
      visit(v);
    }
  }

  visitAll(mod.body);
  return out;
}
