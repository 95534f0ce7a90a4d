import Alignment
import Terminology

/// The JSON object of one extracted term, written straight as bytes, byte for byte as
/// ``ExtractWriter/value(of:)`` lays it out through ``JSONValue`` (the tests compare the two).
///
/// Most of a large output is the terms' `documents` and `occurrences` arrays. Each document's id
/// is quoted once, when the writer is made, into the two lines it appears in (a line of a
/// `documents` array, the opening of an occurrence object), so that a term's documents and
/// occurrences are written by copying those bytes and the decimal digits of the offsets into a
/// scratch buffer and appending the buffer a few hundred lines at a time: no `String`, no
/// per-line allocation. Read-only once made: the JSON writer shares one among its threads.
struct TermJSON: Sendable {
    /// Every document's lines, one after the other: see ``documentLines`` and ``occurrenceOpenings``.
    private let bytes: [UInt8]
    /// Where document `d`'s line in a `documents` array is in ``bytes``: `        "id"`.
    private let documentLines: [Range<Int>]
    /// Where the opening of an occurrence of document `d` is in ``bytes``:
    /// `        { "document" : "id", "end" : `.
    private let occurrenceOpenings: [Range<Int>]
    /// The longest line of a `documents` array, with its `,\n`.
    private let longestDocumentLine: Int
    /// The longest occurrence line: the longest opening, two offsets of 20 characters at most and
    /// the rest of the object with its `,\n`.
    private let longestOccurrenceLine: Int
    /// How many bytes are written to the scratch buffer before it is appended (a few hundred lines).
    private static let scratchBytes = 1 << 15

    /// The lines of `documents` (their ids quoted once).
    init(documents: [DocumentSummary]) {
        var bytes: [UInt8] = []
        var documentLines: [Range<Int>] = []
        var occurrenceOpenings: [Range<Int>] = []
        for document in documents {
            var quoted: [UInt8] = []
            JSONValue.quote(document.id, into: &quoted)
            var start = bytes.count
            bytes += Bytes.documentIndent
            bytes += quoted
            documentLines.append(start..<bytes.count)
            start = bytes.count
            bytes += Bytes.occurrenceDocument
            bytes += quoted
            bytes += Bytes.end
            occurrenceOpenings.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.documentLines = documentLines
        self.occurrenceOpenings = occurrenceOpenings
        longestDocumentLine = (documentLines.map(\.count).max() ?? 0) + 2
        longestOccurrenceLine = (occurrenceOpenings.map(\.count).max() ?? 0) + 20 + Bytes.nested.utf8CodeUnitCount
            + Bytes.start.utf8CodeUnitCount + 20 + Bytes.objectEnd.utf8CodeUnitCount + 2
    }

    /// About how many bytes ``append(_:alignment:occurrences:contexts:into:)`` writes at most for
    /// a term of `occurrences` occurrences (in as many documents at most), its strings aside: room
    /// to reserve.
    func estimatedBytes(occurrences: Int) -> Int {
        occurrences * (longestOccurrenceLine + longestDocumentLine) + 512
    }

    /// Appends `term` aligned as `alignment` as a JSON object at an indentation of 4 (no line end),
    /// with `occurrences` (the term's, in text order) and `contexts` when asked for.
    func append(_ term: TermCandidate, alignment: TermAlignment, occurrences: ArraySlice<TermSpan>, contexts: [String]?,
                into out: inout [UInt8]) {
        out += "{\n      \"confidence\" : ".utf8
        JSONValue.number(alignment.confidence, into: &out)
        if let contexts {
            out += ",\n      \"contexts\" : ".utf8
            JSONValue.array(contexts.map(JSONValue.string)).write(into: &out, indent: 6)
        }
        out += ",\n      \"count\" : ".utf8
        JSONValue.integer(term.count, into: &out)
        out += ",\n      \"documents\" : ".utf8
        appendDocuments(term.documents, into: &out)
        out += ",\n      \"english\" : ".utf8
        if let english = alignment.english { JSONValue.quote(english, into: &out) } else { out += "null".utf8 }
        out += ",\n      \"occurrences\" : ".utf8
        appendOccurrences(occurrences, into: &out)
        out += ",\n      \"score\" : ".utf8
        JSONValue.number(term.score, into: &out)
        out += ",\n      \"term\" : ".utf8
        JSONValue.quote(term.form, into: &out)
        out += ",\n      \"type\" : ".utf8
        JSONValue.quote(term.type.rawValue, into: &out)
        out += ",\n      \"variants\" : ".utf8
        let variants = term.variants
        Self.appendArray(variants.count, into: &out) { index, out in
            out += "        { \"count\" : ".utf8
            JSONValue.integer(variants[index].count, into: &out)
            out += ", \"form\" : ".utf8
            JSONValue.quote(variants[index].form, into: &out)
            out += " }".utf8
        }
        out += ",\n      \"via\" : ".utf8
        JSONValue.quote(alignment.via.rawValue, into: &out)
        out += "\n    }".utf8
    }

    /// Appends an array at an indentation of 6 as ``JSONValue`` lays it out, `element(i)` writing
    /// each element with its indentation.
    private static func appendArray(_ count: Int, into out: inout [UInt8], _ element: (Int, inout [UInt8]) -> Void) {
        guard count > 0 else { out += "[]".utf8; return }
        out += "[\n".utf8
        for index in 0..<count {
            element(index, &out)
            out += (index + 1 < count ? ",\n" : "\n").utf8
        }
        out += "      ]".utf8
    }

    /// Appends the `documents` array of the documents at `indices`.
    private func appendDocuments(_ indices: [Int], into out: inout [UInt8]) {
        appendLines(indices.count, longest: longestDocumentLine, into: &out) { index, lines, line in
            let range = documentLines[indices[index]]
            line.update(from: lines + range.lowerBound, count: range.count)
            return line + range.count
        }
    }

    /// Appends the `occurrences` array of `occurrences`.
    private func appendOccurrences(_ occurrences: ArraySlice<TermSpan>, into out: inout [UInt8]) {
        appendLines(occurrences.count, longest: longestOccurrenceLine, into: &out) { index, lines, line in
            let occurrence = occurrences[occurrences.startIndex + index]
            let opening = occurrenceOpenings[Int(occurrence.document)]
            line.update(from: lines + opening.lowerBound, count: opening.count)
            var end = DecimalDigits.write(Int(occurrence.end), at: line + opening.count)
            if occurrence.isNested { end = Self.copy(Bytes.nested, to: end) }
            end = Self.copy(Bytes.start, to: end)
            end = DecimalDigits.write(Int(occurrence.start), at: end)
            return Self.copy(Bytes.objectEnd, to: end)
        }
    }

    /// Appends an array of `count` lines at an indentation of 6, each line at most `longest` bytes
    /// with its `,\n`: `line(i, lines, at)` writes line `i` without its line end from `at`, reading
    /// the documents' lines from `lines` (``bytes``), and returns where it stopped. The lines are
    /// written into a scratch buffer, appended to `out` whenever it may be full.
    private func appendLines(_ count: Int, longest: Int, into out: inout [UInt8],
                             _ line: (Int, UnsafePointer<UInt8>, UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) {
        guard count > 0 else { out += "[]".utf8; return }
        out += "[\n".utf8
        let linesPerFill = max(1, Self.scratchBytes / longest)
        bytes.withUnsafeBufferPointer { bytes in
            let lines = bytes.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: linesPerFill * longest) { scratch in
                let start = scratch.baseAddress!
                var first = 0
                while first < count {
                    let last = min(count, first + linesPerFill)
                    var end = start
                    for index in first..<last {
                        end = line(index, lines, end)
                        if index + 1 < count {
                            end[0] = UInt8(ascii: ","); end[1] = UInt8(ascii: "\n"); end += 2
                        } else {
                            end[0] = UInt8(ascii: "\n"); end += 1
                        }
                    }
                    out.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
                    first = last
                }
            }
        }
        out += "      ]".utf8
    }

    /// Copies `piece` to `at`; returns the pointer past it.
    @inline(__always)
    private static func copy(_ piece: StaticString, to at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        at.update(from: piece.utf8Start, count: piece.utf8CodeUnitCount)
        return at + piece.utf8CodeUnitCount
    }

    /// The constant pieces of the lines.
    private enum Bytes {
        static let documentIndent: [UInt8] = Array("        ".utf8)
        static let occurrenceDocument: [UInt8] = Array("        { \"document\" : ".utf8)
        static let end: [UInt8] = Array(", \"end\" : ".utf8)
        static let nested: StaticString = ", \"nested\" : true"
        static let start: StaticString = ", \"start\" : "
        static let objectEnd: StaticString = " }"
    }
}
