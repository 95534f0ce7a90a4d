import Foundation
import Synchronization
@testable import Terminology
import Testing

@Suite("concurrentMap: a map on worker threads, in item order")
struct ConcurrentMapTests {
    @Test("results keep the items' order, whatever the number of threads")
    func order() {
        let items = Array(0..<1000)
        for threads in [1, 2, 3, 200] {
            #expect(concurrentMap(items, threads: threads) { $0 * 3 } == items.map { $0 * 3 })
        }
        #expect(concurrentMap([Int](), threads: 2) { $0 }.isEmpty)
    }

    @Test("one thread runs every item on the caller's thread")
    func oneThread() {
        let caller = ObjectIdentifier(Thread.current)
        let threads = Mutex<Set<ObjectIdentifier>>([])
        _ = concurrentMap(Array(0..<200), threads: 1) { item in
            threads.withLock { _ = $0.insert(ObjectIdentifier(Thread.current)) }
            return item
        }
        #expect(threads.withLock { $0 } == [caller])
    }
}
