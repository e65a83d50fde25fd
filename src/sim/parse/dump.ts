/**
 * `ast.dump(node, include_attributes=True)` of CPython 3.11 (Lib/ast.py), so our tree can be
 * compared with CPython's text for text. Optional fields (`?` in Python.asdl) that are None
 * are left out, exactly as ast.dump does.
 */
import { Ellipsis } from './ast.ts';
import type { ConstantValue } from './ast.ts';

/** Field order per node type (Python.asdl); the attributes follow for positioned nodes. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'],
  Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'],
  Import: ['names'],
  ImportFrom: ['module', 'names', 'level'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'],
  keyword: ['arg', 'value'],
  alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
};

const OPTIONAL = new Set([
  'FunctionDef.returns', 'FunctionDef.type_comment', 'Return.value', 'Assign.type_comment',
  'AnnAssign.value', 'For.type_comment', 'With.type_comment', 'Raise.exc', 'Raise.cause',
  'Assert.msg', 'ImportFrom.module', 'ImportFrom.level', 'Yield.value', 'FormattedValue.format_spec',
  'Constant.kind', 'Slice.lower', 'Slice.upper', 'Slice.step', 'ExceptHandler.type',
  'ExceptHandler.name', 'arguments.vararg', 'arguments.kwarg', 'arg.annotation', 'arg.type_comment',
  'keyword.arg', 'alias.asname', 'withitem.optional_vars',
]);

const NO_ATTRIBUTES = new Set(['Module', 'comprehension', 'arguments', 'withitem']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

export function dump(node: unknown, includeAttributes = true): string {
  return format(node, includeAttributes);
}

function format(node: unknown, attrs: boolean): string {
  if (Array.isArray(node)) return '[' + node.map((x) => format(x, attrs)).join(', ') + ']';
  if (typeof node === 'string') {
    // enum members: Load, Add, Eq, ...
    return `${node}()`;
  }
  if (node === null) return 'None';
  if (typeof node !== 'object') return String(node);
  const n = node as Record<string, unknown> & { _type: string };
  const fields = FIELDS[n._type];
  if (fields === undefined) return String(node);
  const args: string[] = [];
  for (const f of fields) {
    const v = n[f];
    if ((v === null || v === undefined) && OPTIONAL.has(`${n._type}.${f}`)) continue;
    args.push(`${f}=${formatField(n._type, f, v, attrs)}`);
  }
  if (attrs && !NO_ATTRIBUTES.has(n._type)) {
    for (const a of ATTRIBUTES) {
      const v = n[a];
      if (v === null || v === undefined) continue;
      args.push(`${a}=${String(v)}`);
    }
  }
  return `${n._type}(${args.join(', ')})`;
}

function formatField(type: string, field: string, v: unknown, attrs: boolean): string {
  if (type === 'Constant' && field === 'value') return constantRepr(v as ConstantValue);
  if (typeof v === 'string') {
    const enumField =
      field === 'ctx' || field === 'op' || (type === 'Compare' && field === 'ops');
    return enumField ? `${v}()` : pyRepr(v);
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (type === 'Compare' && field === 'ops') return '[' + v.map((x) => `${String(x)}()`).join(', ') + ']';
    if (v.length > 0 && typeof v[0] === 'string' && field === 'names') return '[' + v.map((x) => pyRepr(x as string)).join(', ') + ']';
    return '[' + v.map((x) => (x === null ? 'None' : format(x, attrs))).join(', ') + ']';
  }
  return format(v, attrs);
}

export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === Ellipsis) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return pyRepr(v);
  if (typeof v === 'object' && 'complex' in v) {
    const r = floatRepr(v.complex);
    return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
  }
  if (typeof v === 'object' && 'bytes' in v) return bytesRepr(v.bytes);
  return String(v);
}

/** repr(float): shortest round-trip digits, Python's switch to exponent form. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr(str). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (ch !== ' ' && NONPRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
