import Dispatch

/// A value computed on another thread: made by `BackgroundWork { … }`, which starts the work at
/// once, and read with ``value``, which waits for it. Lets a serial step overlap the parallel work
/// of the next one.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    /// Written once by the work, read only after `done` (which orders the write before the read).
    private var result: Value?
    /// The work until it runs (dropped before ``value`` returns, with whatever it holds).
    private var work: (@Sendable () -> Value)?
    private let done = DispatchGroup()

    /// Starts `work` on a global queue; with `threads` 1 (one worker: nothing runs beside the
    /// caller) it runs at once on the caller's thread instead.
    public init(threads: Int = 2, _ work: @escaping @Sendable () -> Value) {
        done.enter()
        guard threads > 1 else {
            result = work()
            done.leave()
            return
        }
        self.work = work
        DispatchQueue.global().async {
            self.run()
            self.done.leave()
        }
    }

    /// Runs the work and drops it (the block that calls this holds only `self`, so what the work
    /// captured is freed before a waiting ``value`` returns).
    private func run() {
        let work = self.work!
        self.work = nil
        result = work()
    }

    /// The work's value, once it is done (waits until then).
    public var value: Value {
        done.wait()
        return result!
    }
}
