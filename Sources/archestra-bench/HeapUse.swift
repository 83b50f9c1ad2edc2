import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the C allocator holds for live objects, as opposed to RSS, which also counts memory freed but kept
/// by the allocator (glibc keeps freed blocks in per-thread arenas). Read from glibc's `malloc_info`, which
/// Swift's Glibc module does not export, so it is looked up at run time; `nil` elsewhere.
enum HeapUse {
    typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32

    /// Bytes in use: what the arenas took from the system less their free blocks, plus large mapped blocks.
    static func inUseKiB() -> Int? {
        #if canImport(Glibc)
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_info"), let file = tmpfile() else { return nil }
            defer { fclose(file) }
            let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
            guard mallocInfo(0, file) == 0 else { return nil }
            rewind(file)
            var text = ""
            var buffer = [CChar](repeating: 0, count: 4096)
            while fgets(&buffer, Int32(buffer.count), file) != nil { text += String(cString: buffer) }
            // The totals come last, after each arena's own lines.
            guard let totals = text.range(of: "<total type=\"fast\"", options: .backwards) else { return nil }
            let summary = text[totals.lowerBound...]
            func size(_ tag: String) -> Int? {
                guard let start = summary.range(of: tag), let sizeStart = summary[start.upperBound...].range(of: "size=\"") else {
                    return nil
                }
                return Int(summary[sizeStart.upperBound...].prefix { $0.isNumber })
            }
            guard let system = size("<system type=\"current\""), let fast = size("<total type=\"fast\""),
                let rest = size("<total type=\"rest\""), let mapped = size("<total type=\"mmap\"")
            else { return nil }
            return (system - fast - rest + mapped) / 1024
        #else
            return nil
        #endif
    }
}
