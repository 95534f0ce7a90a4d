"""Writes a learned word list as a Swift `enum` holding one `static let words: Set<String>` (the tables
of Sources/Terminology/Indonesian made by scripts/noun_modifiers.py and scripts/gradable_adjectives.py),
and reads the tagged corpus both learn from."""
import gzip
import sys

CORPUS = "../shared/data/nlp-id-kumparan/dataset_postag.txt.gz"


def tagged_words(path=CORPUS):
    """Yields each (word, tag) of the tab-separated tagged corpus at `path`, and None at each
    sentence break (a line without a tag)."""
    for line in gzip.open(path, "rt", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        yield (fields[0], fields[1]) if len(fields) >= 2 else None


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
