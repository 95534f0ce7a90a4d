import Foundation
import Termbase
import Terminology
import TestSupport

/// The shipped library and statistics, loaded once for every test of the suite.
enum Shipped {
    static let folder = Repository.root.appendingPathComponent("glossary")
    static let library = Result { try GlossaryLibrary(folder: folder.path, freeDictPath: nil) }
    static let statistics = try? WordStatistics(glossary: folder)
}
