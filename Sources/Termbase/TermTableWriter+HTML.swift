extension TermTableWriter {
    /// A self-contained HTML page (also well-formed XML): the table with sortable columns (click a
    /// header; numbers sort as numbers), each term's contexts with the term highlighted, no network.
    public func html(title: String = "Istilah: aligned term table") -> String {
        var out = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Self.escape(title))</title>
            <style>
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.3em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
            th { background: #eef; cursor: pointer; position: sticky; top: 0; white-space: nowrap; }
            th[aria-sort="ascending"]::after { content: " \\25B2"; }
            th[aria-sort="descending"]::after { content: " \\25BC"; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.none td.en { color: #a00; font-style: italic; }
            mark { background: #ffe066; }
            ul.variants, ul.contexts { margin: 0; padding-left: 1.1em; }
            td.contexts { max-width: 38em; font-size: 0.9em; }
            details summary { cursor: pointer; color: #447; }
            .doc { color: #777; font-size: 0.85em; }
            ol.documents { columns: 2; font-size: 0.9em; color: #555; }
            </style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>
            <p>\(table.rows.count) concepts in \(table.documents.count) documents. Click a column header to sort. Documents:</p>
            <ol class="documents">\(table.documents.map { "<li>" + Self.escape($0) + "</li>" }.joined())</ol>
            <table id="terms">
            <thead><tr>
            """
        out += "\n"
        var columns = ["English", "Indonesian", "Type", "Variants"]
        columns += table.documents.indices.map { "D\($0 + 1)" }
        columns += ["Total", "Contexts", "Via", "Confidence"]
        for (index, column) in columns.enumerated() {
            let tip = index >= 4 && index < 4 + table.documents.count ? " title=\"\(Self.escape(table.documents[index - 4]))\"" : ""
            out += "<th scope=\"col\"\(tip)>\(Self.escape(column))</th>"
        }
        out += "\n</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += row.english == nil ? "<tr class=\"none\">" : "<tr>"
            out += "<td class=\"en\">\(Self.escape(row.english ?? "(none)"))</td>"
            out += "<td class=\"id\">\(Self.escape(row.indonesian))</td>"
            out += "<td>\(Self.escape(row.type))</td>"
            out += "<td data-sort=\"\(row.variants.count)\"><ul class=\"variants\">"
            for variant in row.variants { out += "<li>\(Self.escape(variant.form)) ×\(variant.count)</li>" }
            out += "</ul></td>"
            for count in row.counts { out += "<td class=\"num\">\(count)</td>" }
            out += "<td class=\"num\">\(row.total)</td>"
            // The first context shows; the others fold away.
            func item(_ context: TermTable.Context) -> String {
                let document = table.documents.firstIndex(of: context.document).map { "D\($0 + 1)" } ?? context.document
                return "<li>\(Self.escape(context.before))<mark>\(Self.escape(context.term))</mark>\(Self.escape(context.after))"
                    + " <span class=\"doc\">\(Self.escape(document))</span></li>"
            }
            out += "<td class=\"contexts\"><ul class=\"contexts\">" + row.contexts.prefix(1).map(item).joined() + "</ul>"
            if row.contexts.count > 1 {
                out += "<details><summary>\(row.contexts.count - 1) more</summary><ul class=\"contexts\">"
                out += row.contexts.dropFirst().map(item).joined() + "</ul></details>"
            }
            out += "</td>"
            out += row.evidence.isEmpty ? "<td>\(Self.escape(row.via))</td>"
                : "<td title=\"\(Self.escape(row.evidence))\">\(Self.escape(row.via))</td>"
            out += "<td class=\"num\">\(Self.confidence(row.confidence))</td>"
            out += "</tr>\n"
        }
        out += """
            </tbody>
            </table>
            <script>
            //<![CDATA[
            (function () {
              var table = document.getElementById("terms");
              var headers = table.tHead.rows[0].cells;
              function key(cell) {
                if (cell.hasAttribute("data-sort")) { return parseFloat(cell.getAttribute("data-sort")); }
                if (cell.className === "num") { return parseFloat(cell.textContent); }
                return cell.textContent.toLowerCase();
              }
              Array.prototype.forEach.call(headers, function (th, column) {
                th.addEventListener("click", function () {
                  var ascending = th.getAttribute("aria-sort") !== "ascending";
                  Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows).map(function (row, index) { return [key(row.cells[column]), index, row]; });
                  rows.sort(function (a, b) {
                    var order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
                    return ascending ? order : -order;
                  });
                  rows.forEach(function (entry) { body.appendChild(entry[2]); });
                });
              });
            })();
            //]]>
            </script>
            </body>
            </html>

            """
        return out
    }

    /// Text with the five XML special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
