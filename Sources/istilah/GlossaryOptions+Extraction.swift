import Foundation
import Termbase
import Terminology

extension GlossaryOptions {
    /// The extractor and the variant clusterer over the glossary folder's termbase and statistics.
    func extractionTools(options: TermExtractor.Options = TermExtractor.Options()) throws -> (extractor: TermExtractor, clusterer: VariantClusterer) {
        let library = try library(freeDict: false)
        let statistics = try Self.statistics(of: library)
        return (TermExtractor(options: options, statistics: statistics, library: library),
                VariantClusterer(statistics: statistics, library: library))
    }

    /// The extractor's word statistics from the glossary folder of `library`, or a diagnostic.
    static func statistics(of library: GlossaryLibrary) throws -> WordStatistics {
        try statistics(ofFolder: library.folder)
    }

    /// The extractor's word statistics from the glossary folder `folder` (its two tables at once
    /// unless `threads` is 1), or a diagnostic.
    static func statistics(ofFolder folder: String, threads: Int = 2) throws -> WordStatistics {
        do { return try WordStatistics(glossary: URL(fileURLWithPath: folder), threads: threads) } catch {
            throw InputError(place: folder, message: "cannot read statistics/pos-lexicon.tsv and statistics/wordfreq-id.tsv")
        }
    }
}
