import ArgumentParser
import Foundation
import Segmentation
import Termbase

/// `istilah lookup`: what every source says about Indonesian words.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the shipped glossary, acronyms, lexicon, CLDR and FreeDict say about Indonesian words.",
        discussion: """
            Each word or phrase is matched case-insensitively (NFKC_Casefold) against every canonical form and variant. Sources, in rank order: glossary files given with --glossary FILE, glossary/terms.tsv, CLDR names from ICU (countries, languages, currencies), the acronym files, lexicon.tsv, language.tsv, then FreeDict (Debian package dict-freedict-eng-ind, reversed to Indonesian → English).

            Examples:
              istilah lookup Korut 'Dewan Keamanan PBB' semenanjung
              istilah lookup --no-freedict Selandia\\ Baru
              istilah lookup --time Menlu
              istilah lookup --glossary mine.tbx Korut
            """
    )

    @Argument(help: "Indonesian words or phrases (quote phrases).")
    var words: [String]

    @OptionGroup var options: GlossaryOptions

    @Flag(name: .customLong("freedict"), inversion: .prefixedNo, help: "Also look in FreeDict.")
    var useFreeDict = true

    @Flag(name: .long, help: "Print the time taken to load the termbase to standard error.")
    var time = false

    func run() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuSeconds()
        let library: GlossaryLibrary
        let user: Glossary
        do {
            library = try options.library(freeDict: useFreeDict)
            user = try options.userGlossary()
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode.failure
        }
        if time {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            printError(String(format: "termbase loaded in %.1f ms (%.1f ms CPU)", milliseconds, (cpuSeconds() - cpuStart) * 1000))
            for name in library.tables.keys.sorted() { printError("  \(name): \(library.tables[name]!.glossary.entries.count) entries") }
            let cldr = Dictionary(grouping: library.cldr.entries, by: { $0.category ?? "" }).mapValues(\.count)
            printError("  cldr: \(cldr["GPE"] ?? 0) countries and territories, \(cldr["LANGUAGE"] ?? 0) languages, \(cldr["CURRENCY"] ?? 0) currencies")
            if let freeDict = library.freeDict {
                printError("  freedict: \(freeDict.dictionary.index.count) English headwords, \(freeDict.keyCount) Indonesian keys")
            }
        }
        if let problem = library.freeDictProblem { printError("note: \(problem.message)") }
        var out = ""
        var missing = 0
        for word in words {
            out += word + "\n"
            let hits = Self.lookup(word, in: user) + library.lookup(word)
            if hits.isEmpty { out += "  (no source knows it)\n"; missing += 1 }
            for hit in hits { out += "  " + Self.line(hit) + "\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if missing == words.count { throw ExitCode(1) }
    }

    /// The entries of the user's glossary files holding `word` as an Indonesian term, matched on
    /// NFKC_Casefold keys; the source is the file as given.
    static func lookup(_ word: String, in glossary: Glossary) -> [LookupHit] {
        let normalizer = try? Normalizer()
        func key(_ text: String) -> String { normalizer?.key(text) ?? text.lowercased() }
        let wanted = key(word)
        return glossary.entries.compactMap { entry in
            guard let term = entry.terms(in: "id").first(where: { key($0.text) == wanted }) else { return nil }
            return LookupHit(source: entry.location?.file ?? "glossary", entry: entry, matched: term)
        }
    }

    /// `terms.tsv:27  Korut → North Korea  [GPE] short for Korea Utara (CLDR KP)`.
    static func line(_ hit: LookupHit) -> String {
        let place = hit.entry.location.map { "\(hit.source):\($0.line)" } ?? hit.source
        let english = hit.entry.terms(in: "en").map(\.text)
        let indonesian = hit.entry.terms(in: "id").map(\.text)
        var text = place.padding(toLength: max(place.count, 20), withPad: " ", startingAt: 0)
        text += " " + indonesian.joined(separator: " | ") + " → " + (english.isEmpty ? "—" : english.joined(separator: " | "))
        if let category = hit.entry.category { text += "  [\(category)]" }
        if let note = hit.entry.note { text += " " + note }
        return text
    }
}

/// CPU time of this thread in seconds (`CLOCK_THREAD_CPUTIME_ID`), unaffected by other processes.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
