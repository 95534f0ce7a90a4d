import Dispatch

/// Values no longer read, freed on another thread: the accumulator's groups and tables, the
/// loaded word statistics, the clusterer's prepared forms and the candidates are hundreds of
/// thousands of small objects, whose freeing (tens of milliseconds on 20 MB of text) the caller
/// need not wait for.
///
/// The other thread frees the values by dropping the one reference to them that this object
/// holds; the caller hands its own over (`consume`, or a temporary) and keeps only this object, so
/// that drop is the last. (Capturing the values in the other thread's closure would not do:
/// whichever of the two threads released its copy last would free them, most often the caller.)
/// `@unchecked Sendable`: after ``release(threads:)`` only the other thread touches ``values``.
public final class Discard: @unchecked Sendable {
    private var values: [Any]?

    /// Holds `values` until ``release(threads:)``.
    public init(_ values: Any...) {
        self.values = values
    }

    /// Drops the values on a global queue; with `threads` 1 (no worker beside the caller) here.
    public func release(threads: Int) {
        guard threads > 1 else { values = nil; return }
        DispatchQueue.global(qos: .utility).async { self.values = nil }
    }
}
