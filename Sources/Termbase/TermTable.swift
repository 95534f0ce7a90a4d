/// An aligned term table: one row per concept, with its English, forms, counts per document,
/// contexts and how the English was found. Plain data; ``TermTableWriter`` prints it.
public struct TermTable: Hashable, Sendable, Codable {
    /// One surface form and how often it occurs.
    public struct Variant: Hashable, Sendable, Codable {
        /// The form exactly as in the text.
        public var form: String
        /// Its number of occurrences.
        public var count: Int

        /// Creates a variant.
        public init(form: String, count: Int) {
            self.form = form
            self.count = count
        }
    }

    /// One occurrence in its line: the text before, the term as written, the text after.
    public struct Context: Hashable, Sendable, Codable {
        /// The document id.
        public var document: String
        /// Up to 60 Unicode scalars before the term, within its line.
        public var before: String
        /// The term as written.
        public var term: String
        /// Up to 60 Unicode scalars after the term, within its line.
        public var after: String

        /// Creates a context.
        public init(document: String, before: String, term: String, after: String) {
            self.document = document
            self.before = before
            self.term = term
            self.after = after
        }
    }

    /// One concept.
    public struct Row: Hashable, Sendable, Codable {
        /// The canonical English, or nil when none is trustworthy.
        public var english: String?
        /// The canonical Indonesian form.
        public var indonesian: String
        /// The type (`PER`, `LOC`, `ORG`, `TITLE`, `DOC`, `EVENT`, `PRODUCT`, `TERM`).
        public var type: String
        /// Every surface form with its count, most frequent first.
        public var variants: [Variant]
        /// Occurrences per document, index for index with ``TermTable/documents``.
        public var counts: [Int]
        /// Contexts of the first occurrences, in text order.
        public var contexts: [Context]
        /// How the English was found (`glossary`, `acronym`, `composed`, `name`, `parallel`, `none`).
        public var via: String
        /// How much to trust the English, 0…1.
        public var confidence: Double
        /// What the English rests on (`terms.tsv: Korut`, `composed: Semenanjung+Korea`); empty when none.
        public var evidence: String

        /// Creates a row.
        public init(english: String?, indonesian: String, type: String, variants: [Variant], counts: [Int],
                    contexts: [Context], via: String, confidence: Double, evidence: String = "") {
            self.english = english
            self.indonesian = indonesian
            self.type = type
            self.variants = variants
            self.counts = counts
            self.contexts = contexts
            self.via = via
            self.confidence = confidence
            self.evidence = evidence
        }

        /// All occurrences.
        public var total: Int { counts.reduce(0, +) }

        private enum CodingKeys: String, CodingKey { case english, indonesian, type, variants, counts, contexts, via, confidence, evidence }

        /// Encodes every field, `english` as null when absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(english, forKey: .english)
            try container.encode(indonesian, forKey: .indonesian)
            try container.encode(type, forKey: .type)
            try container.encode(variants, forKey: .variants)
            try container.encode(counts, forKey: .counts)
            try container.encode(contexts, forKey: .contexts)
            try container.encode(via, forKey: .via)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(evidence, forKey: .evidence)
        }
    }

    /// The document ids, as given on the command line.
    public var documents: [String]
    /// The rows, in the order given (the extractor's: best score first).
    public var rows: [Row]

    /// Creates a table.
    public init(documents: [String], rows: [Row]) {
        self.documents = documents
        self.rows = rows
    }
}
