/// The middle of ``Segmenter``'s single pass: takes the classified ICU segments in text order,
/// writes each as a token at once (``TokenWriter``), and rewrites the few groups of tokens
/// that a rejoin rule changes.
///
/// Every rejoin rule (``ByteScanner/rejoin(_:next:into:hints:)``) joins only tokens written
/// with no space between them — a *cluster* such as `Jong-un`, `fin.co.id/berita`, `Jl.` or
/// `kata,` — and looks past a cluster only at the first token after it (does `Jl.` keep its
/// full stop before `Sudirman`?). So:
/// 1. each segment is written as a token as it comes, and kept in the current cluster;
/// 2. while the cluster grows, each pair of neighbours is checked: most pairs are a word and
///    a punctuation mark that no rule looks at (`kata,`), or a word and a full stop after
///    it that is no abbreviation (`kata.`); any other pair, or a dotted word, marks the
///    cluster as one a rule may change;
/// 3. when a token starts after a gap, the cluster before it is complete. If it was marked,
///    the rejoin rules run over it, with that token as lookahead; if they changed it, its
///    tokens are taken back from the writer and the rejoined ones written instead.
struct TokenAssembler {
    /// Where tokens go.
    var writer: TokenWriter
    let scanner: ByteScanner
    /// Extra sentence boundaries (byte offsets) where a dotted word was split (`pertama.Ini`).
    private(set) var hints: [Int] = []
    /// Indexes of written tokens that took their full stop as an abbreviation (`Jl.`), ascending.
    var abbreviations: [Int] = []
    /// Indexes of written word tokens with a lower→upper seam (`PyongyangKorea`), ascending.
    private(set) var seams: [Int] = []

    /// The latest segment taken, the last of the current cluster (none at first: it ends
    /// before the text starts).
    private var previous = RawToken(start: -1, end: -1, kind: .punctuation)
    /// The number of segments in the current cluster.
    private var clusterSize = 0
    /// The current cluster's segments, as classified (and written), once it has two (a
    /// cluster of one is `previous` alone).
    private var cluster = RawTokenList()
    /// The index of the cluster's first token in ``writer``.
    private var clusterStart = 0
    /// Whether a rejoin rule may change the current cluster (step 2 above).
    private var mayJoin = false
    /// The rejoin rules' output for one cluster (reused).
    private var joined = RawTokenList()

    init(writer: TokenWriter, scanner: ByteScanner) {
        self.writer = writer
        self.scanner = scanner
    }

    /// Takes the next visible segment (it starts at or after the end of the previous one).
    @inline(__always)
    mutating func take(_ token: RawToken) {
        if previous.end == token.start {
            if clusterSize == 1 {
                cluster.removeAll()
                cluster.append(previous)
            }
            cluster.append(token)
            clusterSize += 1
            if !mayJoin && !isInertPair(previous, token) { mayJoin = true }
        } else {
            if mayJoin { rejoinCluster(next: token) }
            clusterStart = writer.count
            clusterSize = 1
            mayJoin = false
        }
        if token.kind == .word && token.flags.contains(.dot) { mayJoin = true }
        previous = token
        write(token)
    }

    /// Finishes the last cluster, at the end of the text.
    mutating func finish() {
        if mayJoin { rejoinCluster(next: nil) }
        clusterSize = 0
        mayJoin = false
    }

    /// Frees the assembler's memory, and the writer's if its tokens were not taken.
    mutating func deallocate() {
        cluster.deallocate()
        joined.deallocate()
        writer.discard()
    }

    /// Whether no rule looks at `previous` and `token` together (written with no space
    /// between them): one of them is a punctuation mark no rule looks at (`kata,` `(Korut`,
    /// the test of the rejoin pass's inert runs), or `token` is a full stop after a word
    /// that takes none as an abbreviation, or after a number (`kata.` `2024.`: the only rule
    /// for a word before a full stop is the abbreviation's).
    @inline(__always)
    private func isInertPair(_ previous: RawToken, _ token: RawToken) -> Bool {
        let bytes = scanner.bytes, inert = scanner.prepared.inert
        guard token.end - token.start == 1 else {
            return previous.end - previous.start == 1 && previous.kind == .punctuation && inert.contains(bytes[previous.start])
        }
        let byte = bytes[token.start]
        if inert.contains(byte) { return true }
        if previous.end - previous.start == 1 && previous.kind == .punctuation && inert.contains(bytes[previous.start]) { return true }
        guard byte == 0x2E, !previous.flags.contains(.dot) else { return false }
        return previous.kind == .number || previous.kind == .word && !scanner.isAbbreviation(previous.start, previous.end)
    }

    /// Runs the rejoin rules over the finished cluster and, if they change it, writes their
    /// tokens in place of the cluster's.
    @inline(never)
    private mutating func rejoinCluster(next: RawToken?) {
        if clusterSize == 1 {
            cluster.removeAll()
            cluster.append(previous)
        }
        joined.removeAll()
        scanner.rejoin(cluster.tokens, next: next, into: &joined, hints: &hints)
        if joined.tokens.elementsEqual(cluster.tokens, by: { $0.start == $1.start && $0.end == $1.end && $0.kind == $1.kind && !$0.isAbbreviation }) {
            return
        }
        writer.removeLast(writer.count - clusterStart)
        while let last = seams.last, last >= clusterStart { seams.removeLast() }
        for token in joined.tokens { write(token) }
    }

    @inline(__always)
    private mutating func write(_ token: RawToken) {
        if token.isAbbreviation { abbreviations.append(writer.count) }
        if token.kind == .word && token.flags.contains(.seam) { seams.append(writer.count) }
        writer.append(token)
    }
}
