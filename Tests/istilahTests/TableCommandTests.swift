import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

@Suite("istilah table: the aligned term table as a user runs it")
struct TableCommandTests {
    @Test("a translation memory given with --glossary aligns terms through its sentence pairs")
    func translationMemory() throws {
        let text = "Kim Jong-un menghadiri sidang Partai Pekerja Korea di Pyongyang.\n"
        let result = try IstilahCommand.run(["table", "-", "--format", "tsv", "--glossary", "Tests/AlignmentTests/Data/parallel-news.tmx"],
                                            stdin: Data(text.utf8))
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let kim = try #require(rows.first { $0.count > 1 && $0[1] == "Kim Jong-un" })
        #expect(kim[0] == "Kim Jong Un")
        #expect(kim.contains("parallel"))
    }

    @Test("output of the seeds matches its golden file", arguments: ["md", "tsv", "csv", "json", "html"])
    func golden(format: String) throws {
        let result = try IstilahCommand.run(["table", "seeds/", "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden("table-seeds.\(format)")))
    }

    /// Collects element names and the text of the English and Indonesian cells.
    final class PageReader: NSObject, XMLParserDelegate {
        var open: [String] = []
        var elements: [String: Int] = [:]
        var cells: [(className: String, text: String)] = []
        var balanced = true
        private var cellClass: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            open.append(name)
            elements[name, default: 0] += 1
            if name == "td", let className = attributes["class"], className == "en" || className == "id" {
                cellClass = className
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if cellClass != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if open.popLast() != name { balanced = false }
            if name == "td", let className = cellClass {
                cells.append((className, text))
                cellClass = nil
            }
        }
    }

    @Test("the HTML page is well-formed XML, self-contained, and holds every term and its English")
    func htmlPage() throws {
        let page = try IstilahCommand.run(["table", "seeds/", "--format", "html"])
        let json = try IstilahCommand.run(["table", "seeds/", "--format", "json"])
        #expect(page.status == 0 && json.status == 0)
        struct Root: Decodable { var documents: [String]; var rows: [Row] }
        struct Row: Decodable { var english: String?; var indonesian: String }
        let table = try JSONDecoder().decode(Root.self, from: Data(json.stdout.utf8))
        let reader = PageReader()
        let parser = XMLParser(data: Data(page.stdout.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(reader.balanced && reader.open.isEmpty)
        #expect(reader.elements["tr"] == table.rows.count + 1)
        #expect(reader.elements["th"] == 4 + table.documents.count + 4)
        #expect(reader.elements["mark", default: 0] >= table.rows.count)
        #expect(reader.cells.filter { $0.className == "id" }.map(\.text) == table.rows.map(\.indonesian))
        #expect(reader.cells.filter { $0.className == "en" }.map(\.text) == table.rows.map { $0.english ?? "(none)" })
        #expect(table.rows.contains { $0.indonesian == "Korea Utara" && $0.english == "North Korea" })
        // Self-contained: nothing is fetched.
        for reference in ["src=\"http", "href=\"http", "<link", "@import", "url("] { #expect(!page.stdout.contains(reference)) }
    }

    @Test("each row counts its occurrences per document, and the CSV quotes what it must")
    func countsAndQuoting() throws {
        let tsv = try IstilahCommand.run(["table", "seeds/", "--format", "tsv"])
        let lines = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let header = try #require(lines.first)
        #expect(header.count == 4 + 5 + 3)
        for row in lines.dropFirst() {
            let variantCounts: [Int] = row[3].split(separator: ";").compactMap { variant in
                variant.split(separator: "×").last.flatMap { Int($0) }
            }
            let documentCounts: [Int] = row[4..<9].compactMap { Int($0) }
            #expect(variantCounts.reduce(0, +) == documentCounts.reduce(0, +), "\(row[1])")
        }
        let csv = try IstilahCommand.run(["table", "seeds/", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("english,indonesian,type,variants,seeds/000_"))
        #expect(csv.stdout.contains("\r\n"))
        #expect(csv.stdout.contains("\"") )
    }

    @Test("terms a glossary gives the same English and type share one row, in extract too")
    func oneRowPerConcept() throws {
        // A translator's glossary renders the metonym Moskow as Russia: one concept for the table.
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("metonyms.csv")
        try "Moskow,Russia\r\nRusia,Russia\r\n".write(to: csv, atomically: true, encoding: .utf8)
        let table = try IstilahCommand.run(["table", "seeds/", "--format", "json", "--glossary", csv.path])
        struct Root: Decodable { var rows: [Row] }
        struct Row: Decodable { var english: String?; var type: String; var variants: [Variant]; var evidence: String; var counts: [Int] }
        struct Variant: Decodable { var form: String; var count: Int }
        let rows = try JSONDecoder().decode(Root.self, from: Data(table.stdout.utf8)).rows
        let russia = rows.filter { $0.english == "Russia" && $0.type == "LOC" }
        #expect(russia.count == 1)
        let forms: Set<String> = Set(russia.first?.variants.map(\.form) ?? [])
        #expect(forms.isSuperset(of: ["Rusia", "Moskow"]))
        #expect(russia.first?.evidence.contains("; ") == true)
        #expect(russia.first.map { $0.variants.map(\.count).reduce(0, +) == $0.counts.reduce(0, +) } == true)
        // extract joins them the same way: one term, both forms.
        let extract = try IstilahCommand.run(["extract", "seeds/", "--format", "tsv", "--glossary", csv.path])
        #expect(!extract.stdout.contains("\nMoskow\t") && extract.stdout.contains("\nRusia\t"))
        #expect(extract.stdout.split(separator: "\n").contains { $0.hasPrefix("Rusia\t") && $0.contains("Moskow×") })
        // Without the file Moskow has its own English (Moscow) and its own row.
        let plain = try IstilahCommand.run(["table", "seeds/", "--format", "tsv"])
        #expect(plain.stdout.contains("\nMoscow\tMoskow\t"))
    }

    @Test("--no-glossary aligns fewer terms through the glossary, and none at all through it")
    func noGlossary() throws {
        let result = try IstilahCommand.run(["table", "seeds/", "--format", "json", "--no-glossary"])
        struct Root: Decodable { var rows: [Row] }
        struct Row: Decodable { var english: String?; var via: String; var evidence: String }
        let rows = try JSONDecoder().decode(Root.self, from: Data(result.stdout.utf8)).rows
        #expect(!rows.contains { $0.via == "glossary" })
        #expect(rows.allSatisfy { $0.evidence.isEmpty == ($0.english == nil) })
        #expect(rows.contains { $0.evidence == "acronyms.tsv: Korut" })
        #expect(rows.contains { $0.via == "composed" } && rows.contains { $0.via == "acronym" } && rows.contains { $0.via == "name" })
        #expect(rows.filter { $0.via == "none" }.allSatisfy { $0.english == nil })
    }

    @Test("a user glossary file outranks the shipped data; a broken one fails with its line")
    func userGlossary() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("mine.tsv")
        try "id\ten\ttype\tid_variants\ten_variants\tnote\nKorea Utara\tDPRK\tGPE\t\t\t\n".write(to: good, atomically: true, encoding: .utf8)
        let result = try IstilahCommand.run(["table", "seeds/", "--format", "tsv", "--glossary", good.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("DPRK\tKorea Utara\tLOC"))
        // Any codec: a two-column CSV as translation services export it.
        let csv = directory.appendingPathComponent("mine.csv")
        try "Korut,DPR Korea\r\nKorea Utara,DPR Korea\r\n".write(to: csv, atomically: true, encoding: .utf8)
        let fromCSV = try IstilahCommand.run(["table", "seeds/", "--format", "tsv", "--glossary", csv.path])
        #expect(fromCSV.status == 0)
        #expect(fromCSV.stdout.contains("DPR Korea\tKorea Utara\tLOC"))
        // Both forms get the user's English, so they share one row.
        let row = fromCSV.stdout.split(separator: "\n").first { $0.hasPrefix("DPR Korea\t") }
        #expect(row?.contains("Korut ×21") == true)
        let bad = directory.appendingPathComponent("bad.tsv")
        try "id\ten\ttype\tid_variants\ten_variants\tnote\nKorea Utara\t\tGPE\t\t\t\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try IstilahCommand.run(["table", "seeds/", "--glossary", bad.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.tsv:2:"))
        #expect(failed.stderr.contains("field 'en' is empty"))
        let unknown = try IstilahCommand.run(["table", "seeds/", "--glossary", "seeds/000_d4f176cfda6a47e4.txt"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == ("seeds/000_d4f176cfda6a47e4.txt: error: cannot tell the glossary format from the extension (tsv, csv, csv-sets, tbx, json, tmx); a folder replaces glossary/\n"))
    }
}
