import Foundation

/// Finds the `glossary/` folder of shipped data: `--glossary DIR`, else `$ISTILAH_GLOSSARY`, else
/// the repository the executable was built in (walking up from the executable to a folder that
/// holds `Package.swift` and `glossary/`), else `./glossary`.
enum GlossaryLocation {
    static func folder(_ option: String?) throws -> URL {
        let fileManager = FileManager.default
        if let option {
            guard fileManager.fileExists(atPath: option) else {
                throw InputError(place: option, message: "glossary folder not found")
            }
            return URL(fileURLWithPath: option)
        }
        if let environment = ProcessInfo.processInfo.environment["ISTILAH_GLOSSARY"], fileManager.fileExists(atPath: environment) {
            return URL(fileURLWithPath: environment)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let glossary = directory.appendingPathComponent("glossary")
            if fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
               fileManager.fileExists(atPath: glossary.path) {
                return glossary
            }
            directory.deleteLastPathComponent()
        }
        let local = URL(fileURLWithPath: "glossary")
        guard fileManager.fileExists(atPath: local.path) else {
            throw InputError(place: "glossary", message: "glossary folder not found; pass --glossary DIR or set ISTILAH_GLOSSARY")
        }
        return local
    }
}
