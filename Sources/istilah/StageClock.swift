import Foundation

/// Wall-clock and CPU time of each stage of a command, and the peak memory by its end, printed to
/// standard error when the environment sets `ISTILAH_TIMINGS=1` (for the benchmark; output files
/// are unaffected).
struct StageClock {
    /// Whether timings are printed at all.
    static let enabled = ProcessInfo.processInfo.environment["ISTILAH_TIMINGS"] == "1"
    private var lastWall = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = StageClock.processCPUSeconds()

    /// Prints the wall-clock and CPU time (all threads) since the last lap, or since the clock was
    /// made, as `stage`, with the process's peak resident memory so far (MB).
    mutating func lap(_ stage: String) {
        guard Self.enabled else { return }
        let wall = DispatchTime.now().uptimeNanoseconds, cpu = Self.processCPUSeconds()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let line = String(format: "%7.3f s wall %7.3f s CPU   peak %4d MB", Double(wall - lastWall) / 1e9, cpu - lastCPU,
                          Int(usage.ru_maxrss) / 1024)
        printError("timing: " + stage.padding(toLength: 12, withPad: " ", startingAt: 0) + line)
        (lastWall, lastCPU) = (wall, cpu)
    }

    /// User and system CPU time of the whole process so far, in seconds.
    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
