/// Decimal digits of integers written through a pointer, two at a time: the JSON writer's
/// offsets and counts (`String(value)` allocates a string for each).
enum DecimalDigits {
    /// The most bytes ``write(_:at:)`` writes: a sign and 19 digits (`Int.min`).
    static let longest = 20

    /// Writes `value` as `String(value)` would from `at` (at most ``longest`` bytes); returns the
    /// pointer past the last digit.
    @inline(__always)
    static func write(_ value: Int, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var start = at
        if value < 0 {
            start.pointee = UInt8(ascii: "-")
            start += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var limit: UInt = 10
        while digits < 19 && magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        // From the last digit back, a pair of digits per division.
        var end = start + digits
        let stop = end
        while magnitude >= 100 {
            let pair = Int(magnitude % 100)
            magnitude /= 100
            end -= 2
            end[0] = UInt8(truncatingIfNeeded: 0x30 + pair / 10)
            end[1] = UInt8(truncatingIfNeeded: 0x30 + pair % 10)
        }
        if magnitude >= 10 {
            end -= 2
            end[0] = UInt8(truncatingIfNeeded: 0x30 + magnitude / 10)
            end[1] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
        } else {
            end -= 1
            end[0] = UInt8(truncatingIfNeeded: 0x30 + magnitude)
        }
        return stop
    }
}
