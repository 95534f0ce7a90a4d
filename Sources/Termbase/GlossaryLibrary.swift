import Foundation
import Segmentation

/// Everything Istilah knows about Indonesian → English terms: the shipped `glossary/*.tsv` files,
/// CLDR names of countries, languages and currencies (through ``Segmentation/LocaleNames``), and
/// optionally the FreeDict English–Indonesian dictionary, reversed.
///
/// Sources rank in this order: `terms.tsv`, CLDR, the acronym files, `lexicon.tsv` (whose
/// demonyms are adjectives: `Rusia` → Russian), `language.tsv`, other files by name, FreeDict. Lookups match the NFKC_Casefold key of every term,
/// canonical or variant, so `korut`, `KORUT` and `Korut` find the same entry. Loading the
/// shipped data and CLDR takes a few milliseconds in release builds; FreeDict adds its inflation.
public struct GlossaryLibrary: Sendable {
    /// The environment variable that names the glossary folder.
    public static let environmentVariable = "ISTILAH_GLOSSARY"

    /// The folder read.
    public let folder: String
    /// The shipped tables by file name (`terms.tsv`…), excluding `stopwords.tsv`.
    public let tables: [String: GlossaryTable]
    /// CLDR countries, languages and currencies as entries (source `cldr`).
    public let cldr: Glossary
    /// The reversed FreeDict dictionary, or nil when not loaded.
    public let freeDict: FreeDictLexicon?
    /// Why FreeDict is missing, when it was asked for and could not be read.
    public let freeDictProblem: TermbaseError?
    /// English frequencies that break ties between FreeDict readings (`statistics/wordfreq-en.tsv`):
    /// loaded with FreeDict, nil without it or when the folder lacks the table.
    public let englishFrequency: EnglishWordFrequency?
    /// The stop words of `stopwords.tsv`, lowercased.
    public let stopWords: Set<String>
    private let index: [String: [Int]]
    private let hits: [(source: String, entry: GlossaryEntry, term: Term)]

    /// Loads every `*.tsv` file of `folder`, the CLDR names and, when `freeDictPath` is given,
    /// FreeDict. Problems in the data files are kept in ``problems`` (their valid rows load);
    /// a missing folder, or one without any table, throws `.cannotRead`; bad bytes in a table throw
    /// `.invalidData` at their line and column. A missing FreeDict is kept in ``freeDictProblem``.
    public init(folder: String, freeDictPath: String? = FreeDictLexicon.debianBasePath) throws(TermbaseError) {
        self.folder = folder
        let fileManager = FileManager.default
        // FreeDict (its inflation and reversal, about 40% of the load) is read on another thread
        // while the tables, CLDR and the lookup index are made here.
        let loadingFreeDict = freeDictPath.map { FreeDictLoading(basePath: $0) }
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
            throw .cannotRead(path: folder, message: "glossary folder not found (use --glossary DIR or \(Self.environmentVariable))")
        }
        var tables: [String: GlossaryTable] = [:]
        var stopWords = Set<String>()
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = fileManager.contents(atPath: path) else { throw .cannotRead(path: path, message: "cannot read file") }
            let table = GlossaryTable(text: try Glossary.text(decoding: [UInt8](data), path: path), file: path, source: name)
            if table.kind == .stopwords {
                for entry in table.glossary.entries { stopWords.insert((entry.indonesian ?? "").lowercased()) }
            }
            tables[name] = table
        }
        guard !tables.isEmpty else {
            throw .cannotRead(path: folder, message: "glossary folder holds no *.tsv tables (use --glossary DIR or \(Self.environmentVariable))")
        }
        self.tables = tables
        self.stopWords = stopWords
        var cldrEntries: [GlossaryEntry] = []
        if let names = try? LocaleNames() {
            for name in names.names {
                let category = switch name.kind { case .country: "GPE"; case .language: "LANGUAGE"; case .currency: "CURRENCY" }
                var indonesian = name.indonesian
                // A bare language name is the people or the place far more often (Korea, Arab,
                // Jawa): languages are keyed by "bahasa X" only.
                if name.kind == .language { indonesian = indonesian.map { "bahasa " + $0 } }
                let terms = indonesian.enumerated().map { Term($1, language: "id", partOfSpeech: "properNoun", status: $0 == 0 ? .preferred : .admitted) }
                    + name.english.enumerated().map { Term($1, language: "en", partOfSpeech: "properNoun", status: $0 == 0 ? .preferred : .admitted) }
                cldrEntries.append(GlossaryEntry(terms: terms, category: category, note: "CLDR \(name.kind.rawValue) \(name.code)", source: "cldr"))
            }
        }
        let cldr = Glossary(entries: cldrEntries)
        self.cldr = cldr
        // The lookup index over every source but FreeDict (which keeps its own).
        let normalizer = try? Normalizer()
        var hits: [(source: String, entry: GlossaryEntry, term: Term)] = []
        var index: [String: [Int]] = [:]
        let ordered = Self.rankedNames(Array(tables.keys) + ["cldr"]).filter { $0 != "stopwords.tsv" }
            .compactMap { name -> (String, Glossary)? in name == "cldr" ? (name, cldr) : tables[name].map { (name, $0.glossary) } }
        for (source, glossary) in ordered {
            for entry in glossary.entries {
                var keys = Set<String>()
                for term in entry.terms where term.language == "id" {
                    let key = normalizer?.key(term.text) ?? term.text.lowercased()
                    guard keys.insert(key).inserted else { continue }
                    index[key, default: []].append(hits.count)
                    hits.append((source, entry, term))
                }
            }
        }
        self.index = index
        self.hits = hits
        switch loadingFreeDict?.value {
        case .success(let lexicon)?:
            freeDict = lexicon
            freeDictProblem = nil
        case .failure(let error)?:
            freeDict = nil
            freeDictProblem = error
        case nil:
            freeDict = nil
            freeDictProblem = nil
        }
        englishFrequency = freeDict == nil ? nil : EnglishWordFrequency(glossary: folder)
    }

    /// Source names in rank order: terms, cldr, acronyms, lexicon, language, then the rest by name.
    static func rankedNames(_ names: some Sequence<String>) -> [String] {
        func rank(_ name: String) -> Int {
            if name == "terms.tsv" { return 0 }
            if name == "cldr" { return 1 }
            if name.hasPrefix("acronyms") { return 2 }
            if name.hasPrefix("lexicon") { return 3 }
            if name.hasPrefix("language") { return 4 }
            return 5
        }
        return names.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// Every problem found in the shipped files, in file-name order.
    public var problems: [TermbaseError] {
        tables.keys.sorted().flatMap { tables[$0]!.problems }
    }

    /// What every source says about `word` (canonical form or variant, any case), in rank order:
    /// shipped files, CLDR, then FreeDict. O(hits) after one key computation.
    public func lookup(_ word: String) -> [LookupHit] {
        let key = (try? Normalizer())?.key(word) ?? word.lowercased()
        var result = (index[key] ?? []).map { LookupHit(source: hits[$0].source, entry: hits[$0].entry, matched: hits[$0].term) }
        if let freeDict {
            result += freeDict.entries(for: word).map { LookupHit(source: "freedict", entry: $0, matched: $0.terms[0]) }
        }
        return result
    }

    /// The first English any source gives for `word`, with the source's name; nil when none does.
    public func english(for word: String) -> (english: String, source: String)? {
        for hit in lookup(word) {
            if let english = hit.entry.english { return (english, hit.source) }
        }
        return nil
    }

    /// The glossary folder to use when none is given: `$ISTILAH_GLOSSARY`, or the `glossary/`
    /// folder of the first ancestor of `executablePath` that holds both `Package.swift` and
    /// `glossary/` (the repository a development build runs from).
    public static func defaultFolder(executablePath: String, environment: [String: String]) -> String? {
        if let folder = environment[environmentVariable], !folder.isEmpty { return folder }
        var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let fileManager = FileManager.default
        while url.path != "/" && !url.path.isEmpty {
            let glossary = url.appendingPathComponent("glossary")
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
               fileManager.fileExists(atPath: glossary.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return glossary.path
            }
            url = url.deletingLastPathComponent()
        }
        return nil
    }
}
