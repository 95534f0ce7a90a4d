import Segmentation

/// What the letters of a surface tell the unit rules: a hyphen inside, a capital first, all
/// capitals. Read in one pass over the bytes when the surface is ASCII (nearly every token), from
/// the Unicode scalars' classes (``Segmentation/ScalarClasses``) otherwise.
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
        self = surface.withUTF8 { SurfaceShape(utf8: $0) }
    }

    /// The shape of the surface whose UTF-8 bytes are `bytes` (a token read in place).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var letters = 0, upper = 0, hyphen = false
        for byte in bytes {
            if byte >= 0x80 {
                self.init(scalarsOf: bytes)
                return
            }
            if byte >= 0x41 && byte <= 0x5A { letters += 1; upper += 1 }
            else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
            else if byte == 0x2D { hyphen = true }
        }
        self.init(hasHyphen: hyphen, isCapitalized: bytes.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false,
                  isAllCaps: letters >= 2 && upper == letters)
    }

    private init(hasHyphen: Bool, isCapitalized: Bool, isAllCaps: Bool) {
        self.hasHyphen = hasHyphen
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    /// The shape of a surface that is not ASCII, from its scalars' classes (``ScalarClasses``:
    /// the same Unicode properties, from a table). An ill-formed sequence counts as U+FFFD, as
    /// `String(decoding:as:)` would read it.
    private init(scalarsOf bytes: UnsafeBufferPointer<UInt8>) {
        hasHyphen = bytes.contains(0x2D)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var letters = 0, upper = 0, first = true
        while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .error: scalar = "\u{FFFD}"
            case .emptyInput:
                isAllCaps = letters >= 2 && upper == letters
                return
            }
            let classes = ScalarClasses.of(scalar)
            if first { isCapitalized = classes & ScalarClasses.uppercase != 0; first = false }
            if classes & ScalarClasses.alphabetic != 0 {
                letters += 1
                if classes & ScalarClasses.uppercase != 0 { upper += 1 }
            }
        }
    }
}
