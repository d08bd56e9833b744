/// A fixed-size buffer that worker threads of ``ParallelChunks`` write into.
///
/// Not synchronised: it is `Sendable` because callers keep to one rule — an element is written by
/// at most one worker (the one whose chunk owns that index), or only inside
/// ``ParallelChunks/run(makeWorker:body:mergeInOrder:progress:)``'s `mergeInOrder`, which never
/// runs twice at once — and read only after `run` returns.
public final class SharedBuffer<Element>: @unchecked Sendable {
    /// The storage; valid for the buffer's lifetime.
    public let pointer: UnsafeMutableBufferPointer<Element>

    public init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit {
        pointer.deinitialize()
        pointer.deallocate()
    }

    public var count: Int { pointer.count }

    public subscript(index: Int) -> Element {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    /// The contents, copied into an array (after the workers are done).
    public var array: [Element] { Array(pointer) }
}
