import Dispatch
import Synchronization

/// The FreeDict dictionary read on another thread (a global dispatch queue) while the caller reads
/// the shipped tables: ``GlossaryLibrary`` starts it first and waits for it with ``value``.
final class FreeDictLoading: Sendable {
    private let result = Mutex<Result<FreeDictLexicon, TermbaseError>?>(nil)
    private let group = DispatchGroup()

    /// Starts reading the dictionary at `basePath` (see ``FreeDictLexicon/init(basePath:)``).
    init(basePath: String) {
        group.enter()
        DispatchQueue.global().async { [self] in
            let loaded = Result { () throws(TermbaseError) in try FreeDictLexicon(basePath: basePath) }
            result.withLock { $0 = loaded }
            group.leave()
        }
    }

    /// The dictionary, or why it could not be read; waits until it is read.
    var value: Result<FreeDictLexicon, TermbaseError> {
        group.wait()
        return result.withLock { $0! }
    }
}
