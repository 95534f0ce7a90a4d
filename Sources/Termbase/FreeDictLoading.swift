import Dispatch
import Foundation
import Synchronization

/// The FreeDict dictionary read on a thread of its own while the caller reads the shipped tables:
/// ``GlossaryLibrary`` starts it first and waits for it with ``value``. (Not a global dispatch
/// queue: the loads beside it, word statistics among them, may fill its threads.)
final class FreeDictLoading: Sendable {
    private let result = Mutex<Result<FreeDictLexicon, TermbaseError>?>(nil)
    private let group = DispatchGroup()

    /// Starts reading the dictionary at `basePath` (see ``FreeDictLexicon/init(basePath:)``).
    init(basePath: String) {
        group.enter()
        Thread { [self] in
            let loaded = Result { () throws(TermbaseError) in try FreeDictLexicon(basePath: basePath) }
            result.withLock { $0 = loaded }
            group.leave()
        }.start()
    }

    /// The dictionary, or why it could not be read; waits until it is read.
    var value: Result<FreeDictLexicon, TermbaseError> {
        group.wait()
        return result.withLock { $0! }
    }
}
