import CZlib

/// Inflates gzip data with zlib (Foundation on Linux has no gzip).
///
/// A dictzip file (`.dict.dz`) is a gzip file whose extra field indexes its chunks; inflating it
/// whole gives the plain `.dict` text. Linear in the size of the output.
enum Gzip {
    /// The inflated bytes of `data` (gzip or zlib framing; concatenated gzip members are joined).
    /// Throws `.cannotRead(path:)` naming `path` when the data is not valid gzip.
    static func inflate(_ data: [UInt8], path: String) throws(TermbaseError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(data.count * 3)
        var stream = z_stream()
        guard czlib_inflateInit2(&stream, 15 + 32) == Z_OK else {
            throw .cannotRead(path: path, message: "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        data.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END {
                    guard stream.avail_in > 0 else { break }
                    status = inflateReset(&stream)   // another gzip member follows
                    if status != Z_OK { break }
                    continue
                }
                if status != Z_OK { break }
                if stream.avail_in == 0 && produced == 0 { status = Z_DATA_ERROR; break }
            }
        }
        guard status == Z_STREAM_END || status == Z_OK else {
            throw .cannotRead(path: path, message: "corrupt gzip data (zlib status \(status))")
        }
        return output
    }
}
