import Dispatch

/// Values a command no longer reads, freed on another thread: the accumulator's groups and
/// tables, the loaded word statistics and the clusterer's forms are hundreds of thousands of
/// small objects, whose freeing (tens of milliseconds on 20 MB of text) the caller need not wait
/// for.
///
/// `@unchecked Sendable`: the values are never read again, only destroyed, and the caller gives up
/// its own references (`consume`), so the other thread's release is the last.
struct Discard: @unchecked Sendable {
    private let values: [Any]

    /// Holds `values` until ``release(threads:)``.
    init(_ values: Any...) {
        self.values = values
    }

    /// Drops the values on a global queue; with `threads` 1 (no worker beside the caller) here.
    consuming func release(threads: Int) {
        guard threads > 1 else { return }
        DispatchQueue.global(qos: .utility).async { [self] in withExtendedLifetime(self) {} }
    }
}
