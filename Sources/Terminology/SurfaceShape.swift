/// What the letters of a surface tell the unit rules: a hyphen inside, a capital first, all
/// capitals. Read in one pass over the bytes when the surface is ASCII (nearly every token), from
/// the Unicode scalars' properties otherwise.
struct SurfaceShape {
    /// Holds a hyphen-minus (`Korut-Rusia`, `e-KTP`).
    var hasHyphen = false
    /// The first scalar is uppercase (as ``Token/isCapitalized``).
    var isCapitalized = false
    /// Two or more letters, all uppercase (`PBB`, `NATO`).
    var isAllCaps = false

    /// The shape of `surface`.
    init(_ surface: String) {
        var surface = surface
        let isASCII = surface.withUTF8 { bytes -> Bool in
            var letters = 0, upper = 0
            for byte in bytes {
                if byte >= 0x80 {
                    hasHyphen = bytes.contains(0x2D)
                    return false
                }
                if byte >= 0x41 && byte <= 0x5A { letters += 1; upper += 1 }
                else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
                else if byte == 0x2D { hasHyphen = true }
            }
            if let first = bytes.first { isCapitalized = first >= 0x41 && first <= 0x5A }
            isAllCaps = letters >= 2 && upper == letters
            return true
        }
        guard !isASCII else { return }
        let scalars = surface.unicodeScalars
        isCapitalized = scalars.first?.properties.isUppercase ?? false
        var letters = 0, upper = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        isAllCaps = letters >= 2 && upper == letters
    }
}
