/// What ``VariantClusterer/clusters(of:)`` found: the clusters of its input forms and the short
/// names it could not resolve everywhere.
public struct VariantClustering: Sendable {
    /// The input forms, in input order.
    public var forms: [VariantForm]
    /// Every cluster (single forms included), ordered by their first member.
    public var clusters: [TermCluster]
    /// Short names that were ambiguous in some document (see ``VariantAmbiguity``), by form then document.
    public var ambiguities: [VariantAmbiguity]
    /// For each input form, the index of its cluster in ``clusters``.
    public var clusterIndex: [Int]

    /// Creates a result; `clusterIndex` is derived from the clusters.
    public init(forms: [VariantForm], clusters: [TermCluster], ambiguities: [VariantAmbiguity]) {
        self.forms = forms
        self.clusters = clusters
        self.ambiguities = ambiguities
        var index = [Int](repeating: 0, count: forms.count)
        for (position, cluster) in clusters.enumerated() { for member in cluster.members { index[member] = position } }
        clusterIndex = index
    }

    /// The canonical surface of the cluster of form `index`.
    public func canonical(of index: Int) -> String { forms[clusters[clusterIndex[index]].canonical].surface }
}
