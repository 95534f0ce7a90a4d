import Foundation
import Termbase
import Terminology

extension GlossaryOptions {
    /// The extractor and the variant clusterer over the glossary folder's termbase and statistics.
    func extractionTools(options: TermExtractor.Options = TermExtractor.Options()) throws -> (extractor: TermExtractor, clusterer: VariantClusterer) {
        let library = try library(freeDict: false)
        let statistics: WordStatistics
        do { statistics = try WordStatistics(glossary: URL(fileURLWithPath: library.folder)) } catch {
            throw InputError(place: library.folder, message: "cannot read statistics/pos-lexicon.tsv and statistics/wordfreq-id.tsv")
        }
        return (TermExtractor(options: options, statistics: statistics, library: library),
                VariantClusterer(statistics: statistics, library: library))
    }
}
