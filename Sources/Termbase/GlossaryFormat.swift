/// The file formats Istilah reads and writes glossaries in.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Istilah's own tab-separated format (`terms.tsv` columns); reads every `glossary/` kind.
    case tsv
    /// CSV, two columns `source,target` without a header: the one-way glossary translation
    /// services import (RFC 4180 quoting).
    case csv
    /// CSV equivalent-term sets: a header row of language codes (`id,en`), one concept a row.
    case csvSets = "csv-sets"
    /// TBX-Basic, ISO 30042:2019 (DCA style); reads the older TBX 2 `martif` too.
    case tbx
    /// JSON with sorted keys: `{"glossary": [...], "istilah": 1}`.
    case json
    /// TMX 1.4b translation memory; read only (each translation unit becomes an entry).
    case tmx

    /// The format a file name's extension implies (`.tsv`, `.csv`, `.tbx`, `.json`, `.tmx`).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "tsv", "tab": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        case "json": self = .json
        case "tmx": self = .tmx
        default: return nil
        }
    }

    /// The codec of this format.
    public var codec: any GlossaryCodec {
        switch self {
        case .tsv: TSVCodec()
        case .csv: CSVCodec(form: .oneWay)
        case .csvSets: CSVCodec(form: .termSets)
        case .tbx: TBXCodec()
        case .json: JSONCodec()
        case .tmx: TMXCodec()
        }
    }
}
