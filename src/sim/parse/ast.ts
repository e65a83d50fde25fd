/**
 * The abstract syntax tree, named and shaped like CPython 3.11's `ast` module
 * (Parser/Python.asdl), so `ast.dump(ast.parse(src), include_attributes=True)` output can be
 * compared with ours field by field.
 *
 * Positions follow CPython exactly: `lineno`/`end_lineno` are 1-based, `col_offset`/
 * `end_col_offset` are 0-based offsets in UTF-8 *bytes* of the source line (not UTF-16 units).
 * Tracebacks convert them to character columns, as CPython's traceback module does.
 */

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- constants --------------------------------------------------------------------------------

/** `...` */
export const Ellipsis: unique symbol = Symbol('Ellipsis');
/**
 * The value of a `Constant` node. Python ints are `bigint` (arbitrary precision), floats are
 * `number`, so the two never mix: `typeof v === 'bigint'` means int, `'number'` means float.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | { readonly complex: number } // imaginary literal such as 2j: the imaginary part
  | { readonly bytes: Uint8Array }
  | typeof Ellipsis;

// ---- module -----------------------------------------------------------------------------------

export interface Module {
  _type: 'Module';
  body: stmt[];
  type_ignores: never[];
}

// ---- statements -------------------------------------------------------------------------------

export type stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Expr
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Position {
  _type: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}

export interface ClassDef extends Position {
  _type: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}

export interface Return extends Position {
  _type: 'Return';
  value: expr | null;
}

export interface Delete extends Position {
  _type: 'Delete';
  targets: expr[];
}

export interface Assign extends Position {
  _type: 'Assign';
  targets: expr[];
  value: expr;
  type_comment: string | null;
}

export interface AugAssign extends Position {
  _type: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: operator;
  value: expr;
}

export interface AnnAssign extends Position {
  _type: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: expr;
  value: expr | null;
  simple: number;
}

export interface For extends Position {
  _type: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}

export interface While extends Position {
  _type: 'While';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface If extends Position {
  _type: 'If';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface With extends Position {
  _type: 'With';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}

export interface Raise extends Position {
  _type: 'Raise';
  exc: expr | null;
  cause: expr | null;
}

export interface Try extends Position {
  _type: 'Try';
  body: stmt[];
  handlers: ExceptHandler[];
  orelse: stmt[];
  finalbody: stmt[];
}

export interface Assert extends Position {
  _type: 'Assert';
  test: expr;
  msg: expr | null;
}

export interface Import extends Position {
  _type: 'Import';
  names: alias[];
}

export interface ImportFrom extends Position {
  _type: 'ImportFrom';
  module: string | null;
  names: alias[];
  level: number;
}

export interface Global extends Position {
  _type: 'Global';
  names: string[];
}

export interface Nonlocal extends Position {
  _type: 'Nonlocal';
  names: string[];
}

export interface Expr extends Position {
  _type: 'Expr';
  value: expr;
}

export interface Pass extends Position {
  _type: 'Pass';
}

export interface Break extends Position {
  _type: 'Break';
}

export interface Continue extends Position {
  _type: 'Continue';
}

// ---- expressions ------------------------------------------------------------------------------

export type expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export interface BoolOp extends Position {
  _type: 'BoolOp';
  op: boolop;
  values: expr[];
}

export interface NamedExpr extends Position {
  _type: 'NamedExpr';
  target: Name;
  value: expr;
}

export interface BinOp extends Position {
  _type: 'BinOp';
  left: expr;
  op: operator;
  right: expr;
}

export interface UnaryOp extends Position {
  _type: 'UnaryOp';
  op: unaryop;
  operand: expr;
}

export interface Lambda extends Position {
  _type: 'Lambda';
  args: arguments;
  body: expr;
}

export interface IfExp extends Position {
  _type: 'IfExp';
  test: expr;
  body: expr;
  orelse: expr;
}

export interface Dict extends Position {
  _type: 'Dict';
  /** `null` for a `**mapping` entry, as in CPython. */
  keys: (expr | null)[];
  values: expr[];
}

export interface Set extends Position {
  _type: 'Set';
  elts: expr[];
}

export interface ListComp extends Position {
  _type: 'ListComp';
  elt: expr;
  generators: comprehension[];
}

export interface SetComp extends Position {
  _type: 'SetComp';
  elt: expr;
  generators: comprehension[];
}

export interface DictComp extends Position {
  _type: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}

export interface GeneratorExp extends Position {
  _type: 'GeneratorExp';
  elt: expr;
  generators: comprehension[];
}

export interface Yield extends Position {
  _type: 'Yield';
  value: expr | null;
}

export interface YieldFrom extends Position {
  _type: 'YieldFrom';
  value: expr;
}

export interface Compare extends Position {
  _type: 'Compare';
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}

export interface Call extends Position {
  _type: 'Call';
  func: expr;
  args: expr[];
  keywords: keyword[];
}

export interface FormattedValue extends Position {
  _type: 'FormattedValue';
  value: expr;
  /** -1 none, 115 `!s`, 114 `!r`, 97 `!a` (the character codes, as in CPython). */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Position {
  _type: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

export interface Constant extends Position {
  _type: 'Constant';
  value: ConstantValue;
  /** 'u' for a u'' string literal, else null. */
  kind: string | null;
}

export interface Attribute extends Position {
  _type: 'Attribute';
  value: expr;
  attr: string;
  ctx: expr_context;
}

export interface Subscript extends Position {
  _type: 'Subscript';
  value: expr;
  slice: expr;
  ctx: expr_context;
}

export interface Starred extends Position {
  _type: 'Starred';
  value: expr;
  ctx: expr_context;
}

export interface Name extends Position {
  _type: 'Name';
  id: string;
  ctx: expr_context;
}

export interface List extends Position {
  _type: 'List';
  elts: expr[];
  ctx: expr_context;
}

export interface Tuple extends Position {
  _type: 'Tuple';
  elts: expr[];
  ctx: expr_context;
}

export interface Slice extends Position {
  _type: 'Slice';
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}

// ---- small enums (CPython models them as singleton nodes; strings are enough here) ------------

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---- helper nodes -----------------------------------------------------------------------------

export interface comprehension {
  _type: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}

export interface ExceptHandler extends Position {
  _type: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}

export interface arguments {
  _type: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  /** One entry per kwonlyarg: its default, or null when it has none. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: expr[];
}

export interface arg extends Position {
  _type: 'arg';
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}

export interface keyword extends Position {
  _type: 'keyword';
  /** null for `**kwargs` */
  arg: string | null;
  value: expr;
}

export interface alias extends Position {
  _type: 'alias';
  name: string;
  asname: string | null;
}

export interface withitem {
  _type: 'withitem';
  context_expr: expr;
  optional_vars: expr | null;
}

export type AnyNode = Module | stmt | expr | comprehension | ExceptHandler | arguments | arg | keyword | alias | withitem;
