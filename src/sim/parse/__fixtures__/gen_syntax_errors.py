"""Expected SyntaxErrors for src/sim/parse/syntax_errors.test.ts, produced by real CPython 3.11.

Regenerate (from the repository root) with:
    python3 src/sim/parse/__fixtures__/gen_syntax_errors.py
It rewrites syntax_errors.json next to this script. Each case is compiled with
compile(src, 'x.py', 'exec') for the exception's fields, and also run as `python3 -S x.py`
so `stderr` is exactly what CPython prints for an uncaught SyntaxError in a file.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    # (name, source)
    ("missing_colon_if", "if x == 1\n    pass\n"),
    ("missing_colon_def", "def f()\n    return 1\n"),
    ("missing_colon_while", "while True\n    pass\n"),
    ("missing_colon_for", "for i in range(3)\n    print(i)\n"),
    ("missing_colon_class", "class A\n    pass\n"),
    ("missing_colon_else", "if x:\n    pass\nelse\n    pass\n"),
    ("missing_colon_elif", "if x:\n    pass\nelif y\n    pass\n"),
    ("missing_colon_try", "try\n    pass\nexcept:\n    pass\n"),
    ("expected_indent_if", "if x:\nprint(x)\n"),
    ("expected_indent_def", "def f():\nreturn 1\n"),
    ("expected_indent_for", "for i in x:\npass\n"),
    ("expected_indent_while", "while x:\npass\n"),
    ("expected_indent_else", "if x:\n    pass\nelse:\npass\n"),
    ("expected_indent_elif", "if x:\n    pass\nelif y:\npass\n"),
    ("expected_indent_class", "class A:\nx = 1\n"),
    ("expected_indent_try", "try:\nx = 1\nexcept:\n    pass\n"),
    ("expected_indent_except", "try:\n    x = 1\nexcept:\npass\n"),
    ("expected_indent_except_as", "try:\n    x = 1\nexcept ValueError as e:\npass\n"),
    ("expected_indent_finally", "try:\n    x = 1\nfinally:\npass\n"),
    ("expected_indent_with", "with a as b:\npass\n"),
    ("expected_indent_eof", "def f():\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("unexpected_indent_first", "  x = 1\n"),
    ("unindent_mismatch", "if x:\n        y = 1\n    z = 2\n"),
    ("tab_error", "if x:\n\ty = 1\n        z = 2\n"),
    ("unclosed_paren", "print((1, 2)\nx = 3\n"),
    ("unclosed_paren_eof", "x = (1,\n"),
    ("unclosed_bracket", "a = [1, 2\nb = 3\n"),
    ("unclosed_brace", "d = {'a': 1\n"),
    ("unclosed_paren_last_line", "print('hi'"),
    ("mismatched_bracket", "x = (1, 2]\n"),
    ("mismatched_brace", "x = [1, 2}\n"),
    ("mismatched_multiline", "x = (1,\n2]\n"),
    ("unmatched_close", "x = 1)\n"),
    ("unmatched_close_bracket", "x = ]\n"),
    ("assign_in_if", "if x = 1:\n    pass\n"),
    ("assign_in_while", "while x = 1:\n    pass\n"),
    ("assign_in_elif", "if a:\n    pass\nelif x = 2:\n    pass\n"),
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_literal", "1 = x\n"),
    ("assign_to_literal_str", "'a' = x\n"),
    ("assign_to_none", "None = 1\n"),
    ("assign_to_true", "True = 1\n"),
    ("assign_to_expr", "a + b = 1\n"),
    ("assign_to_call_in_tuple", "a, f() = 1, 2\n"),
    ("assign_to_comparison", "a < b = 1\n"),
    ("assign_to_keyword", "x = def\n"),
    ("for_target_literal", "for 1 in x:\n    pass\n"),
    ("for_target_call", "for f() in x:\n    pass\n"),
    ("augassign_call", "f() += 1\n"),
    ("augassign_literal", "1 += 1\n"),
    ("augassign_tuple", "a, b += 1\n"),
    ("del_literal", "del 1\n"),
    ("del_call", "del f()\n"),
    ("unterminated_string", "x = 'abc\n"),
    ("unterminated_string_dq", "print(\"hello)\n"),
    ("unterminated_triple", "x = '''abc\ny = 1\n"),
    ("unterminated_string_line3", "a = 1\nb = 2\nc = 'x\n"),
    ("print_statement", "print \"x\"\n"),
    ("print_statement_name", "print x\n"),
    ("missing_comma_list", "x = [1 2]\n"),
    ("missing_comma_call", "f(a b)\n"),
    ("missing_comma_strings", "x = ['a' 'b' c]\n"),
    ("two_names", "a b\n"),
    ("return_outside", "return 1\n"),
    ("return_outside_class", "class A:\n    return 1\n"),
    ("break_outside", "break\n"),
    ("break_in_if", "if x:\n    break\n"),
    ("continue_outside", "continue\n"),
    ("break_in_def_in_loop", "for i in x:\n    def f():\n        break\n"),
    ("nonlocal_module", "nonlocal x\n"),
    ("yield_outside", "yield 1\n"),
    ("yield_in_class", "class A:\n    yield 1\n"),
    ("await_outside", "await x\n"),
    ("nonlocal_no_binding", "def f():\n    nonlocal x\n"),
    ("global_after_use", "def f():\n    x = 1\n    global x\n"),
    ("global_after_use_module", "x = 1\nglobal x\n"),
    ("param_and_global", "def f(a):\n    global a\n"),
    ("param_and_nonlocal", "def g():\n    a = 1\n    def f(a):\n        nonlocal a\n"),
    ("nonlocal_and_global", "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n"),
    ("duplicate_argument", "def f(a, a):\n    pass\n"),
    ("default_before_nondefault", "def f(a=1, b):\n    pass\n"),
    ("keyword_repeated", "f(a=1, a=2)\n"),
    ("positional_after_keyword", "f(a=1, 2)\n"),
    ("positional_after_kwargs", "f(**k, 2)\n"),
    ("star_assign_alone", "*a = 1\n"),
    ("two_starred", "*a, *b = 1, 2\n"),
    ("starred_in_expr", "x = *a\n"),
    ("else_without_if", "else:\n    pass\n"),
    ("elif_without_if", "elif x:\n    pass\n"),
    ("except_without_try", "except:\n    pass\n"),
    ("try_without_except", "try:\n    pass\nx = 1\n"),
    ("lone_keyword", "if\n"),
    ("invalid_character", "x = 1 $ 2\n"),
    ("invalid_unicode_char", "x = 1 \u20ac 2\n"),
    ("invalid_nonprintable", "x = 1\u00a0+ 2\n"),
    ("invalid_decimal_literal", "x = 1abc\n"),
    ("leading_zero", "x = 012\n"),
    ("invalid_hex", "x = 0xg\n"),
    ("invalid_binary", "x = 0b2\n"),
    ("invalid_octal", "x = 0o8\n"),
    ("line_continuation", "x = 1 \\ 2\n"),
    ("eof_in_continuation", "x = 1 + \\"),
    ("walrus_bad_target", "(a.b := 1)\n"),
    ("lambda_default", "lambda a=1, b: 0\n"),
    ("dict_missing_value", "d = {'a': }\n"),
    ("dict_missing_value2", "d = {'a'}\n{1:2, 3}\n"),
    ("fstring_empty_expr", "f'{}'\n"),
    ("fstring_unclosed", "f'{x'\n"),
    ("fstring_single_close", "f'}'\n"),
    ("fstring_bad_conversion", "f'{x!z}'\n"),
    ("fstring_backslash", "f'{\"\\n\"}'\n"),
    ("fstring_invalid_expr", "f'{a b}'\n"),
    ("fstring_assign", "f'{a = 1}'\n"),
    ("bytes_nonascii", "b'\u00e9'\n"),
    ("import_star_in_def", "def f():\n    from os import *\n"),
    ("trailing_comma_import", "from x import a,\n"),
    ("comprehension_unparenthesized", "[x, y for x in z]\n"),
    ("call_generator_unparenthesized", "f(x for x in y, 1)\n"),
    ("keyword_arg_expr", "f(a.b=1)\n"),
    ("keyword_arg_literal", "f(1=2)\n"),
    ("class_kw_bad", "class A(x for x in y):\n    pass\n"),
    ("missing_expression", "x = \n"),
    ("binop_missing_right", "x = 1 +\n"),
    ("double_equals_statement", "x == 1 = 2\n"),
    ("unicode_line", "s = '\u00e9t\u00e9' +\n"),
    ("unicode_col", "s = '\u00e9t\u00e9'; f() = 1\n"),
    ("is_assignment", "if x is = 1:\n    pass\n"),
    ("match_soft_keyword", "match = 1\nprint(match)\n"),
    ("await_in_def", "def f():\n    await x\n"),
    ("indented_comment_ok_then_error", "if x:\n    # c\n  y\n"),
    ("deep_dedent_error", "def f():\n    if x:\n        y = 1\n      z = 2\n"),
    ("semicolon_compound", "x = 1; if x: pass\n"),
    ("string_prefix_bad", "x = rb'\\x' + bu''\n"),
    ("dotted_assign_ok_then_bad", "a.b = 1\na.b() = 2\n"),
    ("too_many_starred_in_call", "f(**)\n"),
    ("unparenthesized_tuple_subscript_ok", "x[1:2, 3] = 1\nx y\n"),
    ("error_after_multiline_string", "x = '''a\nb'''\ny z\n"),
    ("assign_to_yield", "def f():\n    (yield) = 1\n"),
    ("assign_to_lambda", "lambda: 1 = 1\n"),
    ("assign_to_ifexp", "a if b else c = 1\n"),
    ("assign_to_fstring", "f'{x}' = 1\n"),
    ("assign_to_listcomp", "[x for x in y] = 1\n"),
    ("assign_to_dict", "{} = 1\n"),
    ("assign_to_set", "{1} = 1\n"),
    ("assign_to_ellipsis", "... = 1\n"),
    ("assign_to_named", "(a := 1) = 2\n"),
    ("assign_to_genexp", "(x for x in y) = 1\n"),
    ("with_target_call", "with a as f():\n    pass\n"),
    ("annotated_tuple", "a, b: int = 1\n"),
    ("annotated_literal", "1: int = 1\n"),
    ("del_tuple_with_call", "del a, f()\n"),
    ("in_place_in_expr", "x = (y += 1)\n"),
    ("star_in_subscript_ok_then_err", "x = a[*b]\ny z\n"),
    ("import_missing", "import\n"),
    ("from_missing_import", "from x y\n"),
    ("missing_paren_def", "def f:\n    pass\n"),
    ("class_missing_name", "class :\n    pass\n"),
    ("except_missing_colon", "try:\n    pass\nexcept ValueError\n    pass\n"),
    ("except_comma", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"),
    ("raise_from_missing", "raise X from\n"),
    ("assert_missing", "assert\n"),
    ("pass_with_arg", "pass 1\n"),
    ("return_in_lambda_like", "f = lambda: return 1\n"),
    ("chained_comparison_ok_then_error", "a < b < c\n1 +\n"),
    ("ternary_missing_else", "x = a if b\n"),
    ("ternary_missing_else_call", "print(a if b)\n"),
    ("empty_parens_assign", "() = 1\n"),
    ("tab_mixed_ok", "if x:\n\tif y:\n\t\tpass\n"),
    ("non_utf8_like", "x = '\U0001F600' +\n"),
    ("emoji_col", "s = '\U0001F600'; f() = 1\n"),
]


def exc_fields(src):
    try:
        compile(src, "x.py", "exec")
    except SyntaxError as e:
        return {
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
            "text": e.text,
        }
    return None


def stderr_of(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "x.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "-S", "x.py"], cwd=d, capture_output=True,
                           env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8",
                                "PYTHONIOENCODING": "utf-8"})
        return r.stderr.decode("utf-8").replace(path, "x.py"), r.returncode


def main():
    out = []
    for name, src in CASES:
        fields = exc_fields(src)
        stderr, rc = stderr_of(src) if fields else ("", 0)
        out.append({"name": name, "source": src, "error": fields, "stderr": stderr, "exit": rc})
    with open(os.path.join(HERE, "syntax_errors.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} cases written")


if __name__ == "__main__":
    main()
