extension VariantClusterer {
    /// Joins a model's name written after its maker (`Oppo Reno 3`, `Kawasaki Ninja H2`) to the
    /// model's name alone (`Reno 3`, `Ninja H2`): the maker says whose model it is, not another one.
    /// The model is a name of two words or more that ends in a word with a digit (a model's number
    /// or code); the maker is one word that is no common word nor the head of a kind of name
    /// (``isProperWord(_:)``: not `Piala` of `Piala Dunia 2022`); neither form is a person, place,
    /// title or common term; the two share a document. A model written after two makers joins
    /// neither. The model alone is the lesser form.
    func joinMakerModels(_ prepared: [Prepared], _ forms: [VariantForm], _ bySpaced: [UTF8Key: Int],
                         _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        func isModelCategory(_ index: Int) -> Bool {
            switch forms[index].category {
            case .person?, .location?, .title?, .term?: false
            default: true
            }
        }
        var makers: [Int: [Int]] = [:]
        for index in prepared.indices where prepared[index].words.count >= 3 && isModelCategory(index) {
            let words = prepared[index].words
            // (Both start with a capital; a model's number is no capitalized word, so the forms need
            // not be names by ``Prepared/isName``: `Reno 3`.)
            guard !prepared[index].hadHyphen, words[words.count - 1].contains(where: \.isNumber),
                  let model = bySpaced[UTF8Key(words.dropFirst().joined(separator: " "))], model != index,
                  Self.startsCapitalized(forms[index].surface), Self.startsCapitalized(forms[model].surface),
                  isModelCategory(model), isProperWord(words[0]),
                  forms[model].sharesDocument(with: forms[index]) else { continue }
            makers[model, default: []].append(index)
        }
        for (model, named) in makers.sorted(by: { $0.key < $1.key }) where named.count == 1 {
            guard state.root(model) != state.root(named[0]) else { continue }
            demoted.insert(model)
            state.union(named[0], model, kind: .partialName, evidence: "model after its maker")
        }
    }

    /// Whether `surface` starts with an uppercase letter.
    static func startsCapitalized(_ surface: String) -> Bool {
        surface.first?.isUppercase ?? false
    }
}
