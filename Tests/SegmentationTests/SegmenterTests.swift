import Segmentation
import TestSupport
import Testing

/// Segments `text` and returns the document.
private func segment(_ text: String, id: String = "t.txt") throws -> Document {
    try Segmenter().document(SourceText(id: id, text: text))
}

private func surfaces(_ text: String) throws -> [String] {
    try segment(text).tokens.map(\.surface)
}

@Suite("Segmenter: tokens, offsets, rejoin pass")
struct SegmenterTests {
    @Test("offsets, lines and columns of every token and sentence in every seed are exact")
    func seedOffsets() throws {
        let segmenter = try Segmenter()
        for url in Repository.seedPaths() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let document = try segmenter.document(SourceText(id: url.lastPathComponent, text: text))
            let scalars = Array(text.unicodeScalars)
            #expect(document.tokens.count > 300)
            var line = 1, column = 1, offset = 0
            for token in document.tokens {
                #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.surface)
                while offset < token.range.lowerBound {
                    if scalars[offset] == "\n" { line += 1; column = 1 } else { column += 1 }
                    offset += 1
                }
                #expect((token.line, token.column) == (line, column), "\(token.surface)")
            }
            // Sentences cover every token exactly once, in order.
            #expect(document.sentences.map(\.tokenRange.count).reduce(0, +) == document.tokens.count)
            for sentence in document.sentences {
                #expect(document.text(of: sentence).hasPrefix(document.tokens[sentence.tokenRange.lowerBound].surface))
            }
        }
    }

    @Test("U+00A0 inside a name is white space, never part of a token (seed 003)")
    func noBreakSpace() throws {
        let (path, text) = try Repository.seed("003")
        let document = try Segmenter().document(SourceText(id: path, text: text))
        #expect(!document.tokens.contains { $0.surface.unicodeScalars.contains("\u{00A0}") })
        let keys = document.tokens.map(\.key)
        let presiden = try #require(keys.indices.first { keys[$0] == "presiden" && keys[$0 + 1] == "rusia" && keys[$0 + 2] == "," })
        #expect(document.tokens[presiden + 3].surface == "Vladimir")
    }

    @Test("glued words split at the case seam and reported (seed 003: PyongyangKorea)")
    func gluedWords() throws {
        let (path, text) = try Repository.seed("003")
        let document = try Segmenter().document(SourceText(id: path, text: text))
        let surfaces = document.tokens.map(\.surface)
        let index = try #require(surfaces.firstIndex(of: "Pyongyang"))
        #expect(Array(surfaces[index...].prefix(3)) == ["Pyongyang", "Korea", "Utara"])
        #expect(!surfaces.contains("PyongyangKorea"))
        #expect(document.findings.map(\.kind) == [.gluedWordsSplit])
        #expect(document.findings.first?.description == "seeds/003_67da689ebbe8f8d2.txt:1:72: warning: split glued words 'PyongyangKorea' at the case change")
    }

    @Test("camel-case brands stay whole when their halves never occur alone")
    func brands() throws {
        #expect(try surfaces("Ikuti WhatsApp Channel dan YouTube kami.") == ["Ikuti", "WhatsApp", "Channel", "dan", "YouTube", "kami", "."])
    }

    @Test("an en dash is a boundary, a hyphen is not (seed 001: Eastjourneymagz.com–Presiden)")
    func enDash() throws {
        #expect(try surfaces("Eastjourneymagz.com–Presiden Rusia") == ["Eastjourneymagz.com", "–", "Presiden", "Rusia"])
        #expect(try surfaces("kerja sama Rusia-Korut dan Moskow-Pyongyang") == ["kerja", "sama", "Rusia-Korut", "dan", "Moskow-Pyongyang"])
    }

    @Test("dotted domain names stay whole", arguments: ["Tribunnews.com", "TRIBUNNEWS.COM", "fin.co.id", "IDNtribune.com", "TANGSELIFE.COM"])
    func domains(domain: String) throws {
        #expect(try surfaces("Sumber: \(domain), Rabu.") == ["Sumber", ":", domain, ",", "Rabu", "."])
    }

    @Test("an all-caps dateline keeps its surface; only the key is folded (seed 000)")
    func dateline() throws {
        let document = try segment("TRIBUNNEWS.COM, PYONGYANG – Presiden Rusia")
        #expect(document.tokens.map(\.surface) == ["TRIBUNNEWS.COM", ",", "PYONGYANG", "–", "Presiden", "Rusia"])
        #expect(document.tokens[2].key == "pyongyang")
    }

    @Test("hyphenated names, reduplication and prefixes stay one token", arguments: [
        "Kim Jong-un", "barang-barang mewah", "Perserikatan Bangsa-Bangsa", "isu-isu bilateral", "e-KTP",
        "opsi-opsi", "jalan-jalan", "antar-negara", "di-PHK", "sosmed-whatsapp-green", "COVID-19", "tahun 2000-an",
    ])
    func hyphenated(phrase: String) throws {
        #expect(try surfaces(phrase) == phrase.split(separator: " ").map(String.init))
    }

    @Test("number ranges keep their parts apart")
    func numberRange() throws {
        #expect(try surfaces("tahun 2000-2001") == ["tahun", "2000", "-", "2001"])
    }

    @Test("numbers, amounts, times and dates stay whole and are numbers", arguments: [
        "11.000", "1,5", "Rp1.500,00", "02.45", "19/6/2024", "5.000.000",
    ])
    func numbers(number: String) throws {
        let tokens = try segment("ada \(number) di sana").tokens
        #expect(tokens.map(\.surface) == ["ada", number, "di", "sana"])
        #expect(tokens[1].kind == .number)
    }

    @Test("-nya stays on its word: the extractor strips it, the tokenizer keeps the surface")
    func clitic() throws {
        #expect(try surfaces("program nuklirnya") == ["program", "nuklirnya"])
    }

    @Test("token kinds follow ICU's rule status and the characters")
    func kinds() throws {
        // `%` is Unicode punctuation (Po); `$` and `+` are symbols (Sc, Sm).
        let tokens = try segment("Pilpres2024 naik 5% “kata” $3 +").tokens
        #expect(tokens.map(\.kind) == [.word, .word, .number, .punctuation, .punctuation, .word, .punctuation, .symbol, .number, .symbol])
    }

    @Test("letters outside ASCII: case, white space and kinds (ICU segments, Unicode properties)")
    func nonASCIILetters() throws {
        // U+00A0 inside a name and U+200B are no tokens; `«` is punctuation, `€` a symbol.
        let document = try segment("Émile\u{00A0}Zola «École» ß Łódź 中国 \u{200B}€ 𝐀𝐛")
        #expect(document.tokens.map(\.surface) == ["Émile", "Zola", "«", "École", "»", "ß", "Łódź", "中国", "€", "𝐀𝐛"])
        #expect(document.tokens.map(\.kind) == [.word, .word, .punctuation, .word, .punctuation, .word, .word, .word, .symbol, .word])
        #expect(document.tokens.map(\.isCapitalized) == [true, true, false, true, false, false, true, false, false, true])
    }

    @Test("long and non-ASCII tokens met again, in the same or a later document, read back exactly")
    func repeatedLargeTokens() throws {
        let segmenter = try Segmenter()
        // Precomposed and decomposed ü: the same key, each surface its own bytes.
        let text = "Zürich, Zu\u{0308}rich dan pertanggungjawabannya; Zürich lagi pertanggungjawabannya."
        let expected = ["Zürich", ",", "Zu\u{0308}rich", "dan", "pertanggungjawabannya", ";", "Zürich", "lagi", "pertanggungjawabannya", "."]
        for id in ["a.txt", "b.txt"] {
            let tokens = try segmenter.document(SourceText(id: id, text: text)).tokens
            #expect(tokens.map { Array($0.surface.utf8) } == expected.map { Array($0.utf8) })
            #expect(tokens.map(\.key) == ["zürich", ",", "zürich", "dan", "pertanggungjawabannya", ";", "zürich", "lagi", "pertanggungjawabannya", "."])
        }
    }

    @Test("abbreviations keep their full stop and do not end a sentence")
    func abbreviations() throws {
        let document = try segment("Budi pergi ke Jl. KH. Mukmin no. 67. Dia tersesat.")
        #expect(document.tokens.map(\.surface) == ["Budi", "pergi", "ke", "Jl.", "KH.", "Mukmin", "no.", "67", ".", "Dia", "tersesat", "."])
        #expect(document.sentences.map { String(document.text(of: $0)) } == ["Budi pergi ke Jl. KH. Mukmin no. 67.", "Dia tersesat."])
    }

    @Test("a sentence-final abbreviation still ends its sentence before a capital")
    func sentenceFinalAbbreviation() throws {
        let document = try segment("Ada rudal, tank, dll. Kemudian Putin tiba.")
        #expect(document.sentences.count == 2)
    }

    @Test("a listed stem that is an ordinary word, or an acronym, ends its sentence before a capital")
    func ordinaryWordBeforeCapital() throws {
        // `sana`, `tim`, `api` are in the Sastrawi abbreviation list but are words; `MoU` is an acronym.
        let document = try segment("Dia tinggal di sana. Kemudian dia pindah. Pelatih memuji tim. Rumah terbakar api. "
            + "Dia menandatangani MoU. Kerja sama berjalan.")
        #expect(document.sentences.count == 6)
        #expect(document.tokens.map(\.surface).prefix(6) == ["Dia", "tinggal", "di", "sana", ".", "Kemudian"])
        #expect(!document.tokens.contains { $0.surface.hasSuffix(".") && $0.surface.count > 1 })
    }

    @Test("the same stems keep their full stop before a lowercase word or a number, honorifics before a name")
    func ordinaryWordAbbreviationKept() throws {
        let document = try segment("Tim. berikutnya datang, usia. 40 tahun, Sdr. Lukman hadir.")
        #expect(document.sentences.count == 1)
        #expect(document.tokens.map(\.surface).filter { $0.hasSuffix(".") && $0.count > 1 } == ["Tim.", "usia.", "Sdr."])
    }

    @Test("CRLF and CR line ends count as one line each")
    func lineEnds() throws {
        let document = try segment("Korut\r\nKorsel\rRusia")
        #expect(document.tokens.map { [$0.line, $0.column] } == [[1, 1], [2, 1], [3, 1]])
        #expect(document.tokens.map(\.range) == [0..<5, 7..<13, 14..<19])
    }

    @Test("tokens rejoined after they were written keep exact offsets, lines and columns",
          arguments: ["", "Zürich "])
    func rejoinedPositions(prefix: String) throws {
        // Each line holds clusters the rejoin rules change (compounds, abbreviations, domains,
        // dotted words, repeated marks, numbers), between tokens written as they came; the
        // prefix sends the document through the scalar-counting path.
        let text = prefix + "Jl. Sudirman no. 5, e-KTP milik Kim Jong-un; lihat fin.co.id/berita.\n"
            + "  pertama.Ini kata... lalu Dr. Ali (19/6/2024) Rp1.500,00 di PyongyangKorea.\r\n"
            + "Pyongyang dan Korea, u.s. a.n. Budi!!"
        let document = try segment(text)
        #expect(document.tokens.map(\.surface).contains("Jong-un"))
        #expect(document.tokens.map(\.surface).contains("Jl."))
        #expect(document.tokens.map(\.surface).contains("Korea"))
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        var line = 1, column = 1, offset = 0
        for token in document.tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.surface)
            #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.surface)
            while offset < token.range.lowerBound {
                // A line ends at LF, at CR LF (counted at its LF) and at a lone CR.
                let scalar = scalars[offset]
                if scalar == "\n" || scalar == "\r" && scalars[offset + 1] != "\n" {
                    line += 1
                    column = 1
                } else if scalar != "\r" {
                    column += 1
                }
                offset += 1
            }
            #expect((token.line, token.column) == (line, column), "\(token.surface)")
        }
    }

    @Test("lines and columns agree in an all-ASCII document and in one with other scalars",
          arguments: [("\r\n", 1), ("\r", 1), ("\n", 1), ("\n\n \r\n", 3)])
    func lineEndsBothPaths(lineEnd: String, lines: Int) throws {
        // The second text differs only by a no-break space (a space to ICU), which moves no column.
        let ascii = try segment("Korut tiba." + lineEnd + "  Rusia, ya" + lineEnd + "x")
        let other = try segment("Korut\u{00A0}tiba." + lineEnd + "  Rusia, ya" + lineEnd + "x")
        let expected = ascii.tokens.map { [$0.line, $0.column, $0.range.lowerBound, $0.range.upperBound] }
        #expect(other.tokens.map { [$0.line, $0.column, $0.range.lowerBound, $0.range.upperBound] } == expected)
        #expect(ascii.tokens.map(\.line) == [1, 1, 1, 1 + lines, 1 + lines, 1 + lines, 1 + 2 * lines])
        #expect(ascii.tokens[3].column == 3)
    }

    @Test("a document with more tokens than the writer reserved keeps every token exact",
          arguments: ["", "Zürich "])
    func manyTokens(prefix: String) throws {
        // One token per 2 bytes, where news text has one per 6: the tokens outgrow the array
        // reserved for them and move once (the prefix sends the document through the
        // scalar-counting path).
        let text = prefix + String(repeating: "ya, ", count: 3000) + "Jl. Sudirman."
        let document = try segment(text)
        #expect(document.tokens.count == (prefix.isEmpty ? 0 : 1) + 6000 + 3)
        #expect(document.tokens.suffix(3).map(\.surface) == ["Jl.", "Sudirman", "."])
        let bytes = Array(text.utf8), scalars = Array(text.unicodeScalars)
        for token in document.tokens {
            #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.surface)
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.surface)
        }
        #expect(document.sentences.map(\.tokenRange.count).reduce(0, +) == document.tokens.count)
    }

    @Test("UTF-8 offsets stay exact around scalars outside the BMP (two UTF-16 units to ICU)")
    func supplementaryScalars() throws {
        let text = "𝐀𝐁 kata😀 Jong-un, 🇮🇩 e-KTP.\n𝑥 Zürich's fin.co.id 😀😀"
        let document = try segment(text)
        #expect(document.tokens.map(\.surface).contains("Jong-un"))
        #expect(document.tokens.map(\.surface).contains("fin.co.id"))
        let bytes = Array(text.utf8), scalars = Array(text.unicodeScalars)
        for token in document.tokens {
            #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.surface)
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.surface)
        }
        #expect(document.tokens.last?.line == 2)
    }

    @Test("offsets count Unicode scalars, not bytes or grapheme clusters")
    func scalarOffsets() throws {
        // "Zu\u{0308}rich" is one grapheme fewer than scalars; 🇮🇩 is two scalars.
        let tokens = try segment("Zu\u{0308}rich 🇮🇩 Jakarta").tokens
        #expect(tokens.first?.range == 0..<7)
        #expect(tokens.last?.surface == "Jakarta")
        #expect(tokens.last?.range == 11..<18)
        #expect(tokens.first?.key == "zu\u{0308}rich".precomposedStringWithCanonicalMappingShim)
    }
}

private extension String {
    /// NFKC_Casefold composes: `u` + U+0308 becomes `ü`.
    var precomposedStringWithCanonicalMappingShim: String { "zürich" }
}

@Suite("Peer cases: the Sastrawi tokenizer and sentence detector (MIT)")
struct SastrawiCaseTests {
    static let tokenizerCases = (try? Repository.jsonLines("data/sastrawi-tests/tokenizer_cases.jsonl", as: PeerCase.self)) ?? []
    static let sentenceCases = (try? Repository.jsonLines("data/sastrawi-tests/sentence_split_cases.jsonl", as: PeerCase.self)) ?? []

    @Test("all peer cases are present")
    func present() {
        #expect(Self.tokenizerCases.count == 14)
        #expect(Self.sentenceCases.count == 17)
    }

    @Test("tokenizer cases", arguments: tokenizerCases)
    func tokenizer(peer: PeerCase) throws {
        #expect(try surfaces(peer.text) == peer.expected)
    }

    @Test("sentence-splitter cases", arguments: sentenceCases)
    func sentences(peer: PeerCase) throws {
        let document = try segment(peer.text)
        #expect(document.sentences.map { String(document.text(of: $0)) } == peer.expected)
    }
}
