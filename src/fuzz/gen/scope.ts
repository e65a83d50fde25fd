/**
 * What the generator knows about the program it is writing: which names exist, what type of
 * value each holds, which classes and functions were defined. Knowing types keeps most generated
 * programs running to the end (a program that dies on line 3 tests little); operations that may
 * still fail are marked risky and wrapped in try/except by the statement generator.
 */
export type Ty =
  | 'int'
  | 'float'
  | 'bool'
  | 'str'
  | 'none'
  | 'list[int]'
  | 'list[str]'
  | 'list[any]'
  | 'dict'
  | 'set'
  | 'tuple'
  | 'inst';

/** Types whose objects are fresh, uncached containers: their refcounts are meaningful to print. */
export const CONTAINER_TYPES: readonly Ty[] = ['list[int]', 'list[str]', 'list[any]', 'dict', 'set', 'inst'];

export interface Var {
  name: string;
  ty: Ty;
  /** For 'inst': the class name. */
  cls?: string;
}

export interface ClassInfo {
  name: string;
  base: string | null;
  hasDel: boolean;
}

export interface FuncInfo {
  name: string;
  params: Ty[];
  ret: Ty;
}

export class Scope {
  readonly vars: Var[] = [];
  constructor(
    readonly parent: Scope | null,
    readonly isFunction: boolean,
  ) {}

  /** Names visible here: a function sees the globals too (read-only, it never assigns them). */
  visible(): Var[] {
    return this.parent ? [...this.vars, ...this.parent.visible()] : this.vars;
  }

  ofType(ty: Ty): Var[] {
    return this.visible().filter((v) => v.ty === ty);
  }

  /** Only this scope's own names may be rebound or deleted, so a function never makes a name local by accident. */
  ownOfType(ty: Ty): Var[] {
    return this.vars.filter((v) => v.ty === ty);
  }

  add(v: Var): void {
    const i = this.vars.findIndex((w) => w.name === v.name);
    if (i >= 0) this.vars.splice(i, 1);
    this.vars.push(v);
  }

  remove(name: string): void {
    const i = this.vars.findIndex((w) => w.name === name);
    if (i >= 0) this.vars.splice(i, 1);
  }

  /** Names added after `mark` (inside a block that may not run) are forgotten when the block ends. */
  mark(): string[] {
    return this.vars.map((v) => v.name);
  }

  restore(mark: string[]): void {
    const keep = new Set(mark);
    for (let i = this.vars.length - 1; i >= 0; i--) if (!keep.has(this.vars[i].name)) this.vars.splice(i, 1);
  }
}
