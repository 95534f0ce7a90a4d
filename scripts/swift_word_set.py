"""Writes a learned word list as a Swift `enum` holding one `static let words: Set<String>` (the tables
of Sources/Terminology/Indonesian made by scripts/noun_modifiers.py and scripts/gradable_adjectives.py)."""
import sys


def write_word_set(out, header, name, doc, words):
    """Writes `words` to `out` under the comment lines `header` as `enum name` (doc comment `doc`);
    with --check on the command line, exits 0 when `out` already holds exactly that text, 1 otherwise."""
    lines = [f"// {line}" for line in header] + ["", f"/// {doc[0]}", f"enum {name} {{", f"    /// {doc[1]}",
                                                  "    static let words: Set<String> = ["]
    row = "       "
    for w in words:
        item = f' "{w}",'
        if len(row) + len(item) > 116:
            lines.append(row)
            row = "       "
        row += item
    lines.append(row)
    lines += ["    ]", "}", ""]
    text = "\n".join(lines)
    if "--check" in sys.argv:
        sys.exit(0 if open(out, encoding="utf-8").read() == text else 1)
    open(out, "w", encoding="utf-8").write(text)
    print(f"{len(words)} words -> {out}")
