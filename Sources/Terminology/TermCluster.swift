/// The forms of one term: the canonical form, every member, and the edges that joined them.
public struct TermCluster: Hashable, Sendable {
    /// Index of the canonical form in the clusterer's input.
    public var canonical: Int
    /// Indices of every form in the cluster, ascending (the canonical one included).
    public var members: [Int]
    /// The edges that joined the members (a spanning tree: `members.count - 1` edges), in the
    /// order they were found.
    public var edges: [VariantEdge]

    /// Creates a cluster.
    public init(canonical: Int, members: [Int], edges: [VariantEdge]) {
        self.canonical = canonical
        self.members = members
        self.edges = edges
    }

    /// For each member other than the canonical one, the edge next to it on its path to the
    /// canonical form: why that form is a variant.
    public var reasons: [Int: VariantEdge] {
        var neighbours: [Int: [VariantEdge]] = [:]
        for edge in edges {
            neighbours[edge.from, default: []].append(edge)
            neighbours[edge.to, default: []].append(edge)
        }
        var reasons: [Int: VariantEdge] = [:]
        var queue = [canonical]
        var seen: Set<Int> = [canonical]
        while !queue.isEmpty {
            let node = queue.removeFirst()
            for edge in neighbours[node] ?? [] {
                let other = edge.from == node ? edge.to : edge.from
                guard seen.insert(other).inserted else { continue }
                reasons[other] = edge
                queue.append(other)
            }
        }
        return reasons
    }
}
