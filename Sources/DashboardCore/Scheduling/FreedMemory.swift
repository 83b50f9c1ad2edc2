#if canImport(Glibc)
    import Glibc
#endif

/// Gives back to the system the memory the C allocator freed but kept.
///
/// glibc keeps freed blocks in each thread's arena for reuse. A live log takes in new rows and drops old
/// ones every second from several threads (the network's, the store's), so the freed space is scattered
/// and the arenas kept growing: in `archestra-bench logs` RSS ended 4–5 MiB above the memory in use after
/// an hour. `malloc_trim` returns the free pages of every arena; called once a minute it costs well under a
/// millisecond. It is looked up at run time (Swift's Glibc module does not export it); elsewhere this does
/// nothing.
public enum FreedMemory {
    /// How often the console gives memory back.
    public static let interval: Duration = .seconds(60)

    private typealias MallocTrim = @convention(c) (Int) -> Int32

    public static func giveBack() {
        #if canImport(Glibc)
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
