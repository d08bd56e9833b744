import Foundation

/// Reports progress: `completed` chunks out of `total`. Called once per chunk, one call at a time,
/// with `completed` increasing from 1 to `total` (from whichever worker thread finished the chunk).
public typealias ProgressHandler = @Sendable (_ completed: Int, _ total: Int) -> Void

/// Runs many independent pieces of work (one per source node, typically) on several threads.
///
/// The items `0..<count` are cut into chunks of consecutive items whose size depends on `count`
/// only, never on the number of threads. Each worker thread owns a `Worker` value (its scratch
/// buffers and partial sums), made once and reused for every chunk it takes; workers take the next
/// chunk from a shared counter, so uneven chunks balance themselves.
///
/// Results that are *sums over items* (betweenness is a sum over sources) must not depend on how
/// chunks fell to threads, or 1 and 4 threads would round differently. So `mergeInOrder` is called
/// for chunk 0, then chunk 1, … — serially, each right after its chunk's `body` — and a worker that
/// finishes a chunk early waits for its turn. A worker that accumulates a chunk into zeroed partial
/// sums and adds them to the total in `mergeInOrder` therefore computes
/// `((0 + chunk₀) + chunk₁) + …`, the same floating-point sum for any thread count.
///
/// The per-worker pattern follows igraph's reuse of scratch buffers across sources; the
/// once-per-chunk `progress` call is the place igraph checks for interruption.
public struct ParallelChunks: Sendable {
    /// Number of items.
    public let count: Int
    /// Items per chunk (the last chunk may be shorter).
    public let chunkSize: Int
    /// Number of worker threads, the calling thread included.
    public let threads: Int

    /// Chunks to aim for: enough for load balancing and progress, few enough that per-chunk work
    /// (an O(n) merge of partial sums) stays negligible beside per-item work.
    public static let targetChunkCount = 256

    /// The number of cores this process may use.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// - Parameters:
    ///   - count: number of items (0 is allowed: nothing runs).
    ///   - threads: worker threads, clamped to `1...chunkCount`.
    ///   - chunkSize: items per chunk; by default `⌈count / 256⌉`. Must not depend on `threads`
    ///     when results are merged.
    public init(count: Int, threads: Int = ParallelChunks.defaultThreads, chunkSize: Int? = nil) {
        precondition(count >= 0, "count must not be negative")
        let size = chunkSize ?? (count + Self.targetChunkCount - 1) / Self.targetChunkCount
        self.count = count
        self.chunkSize = max(1, size)
        let chunks = (count + self.chunkSize - 1) / self.chunkSize
        self.threads = max(1, min(threads, chunks))
    }

    /// Number of chunks.
    public var chunkCount: Int { (count + chunkSize - 1) / chunkSize }

    /// The items of chunk `index`.
    public func items(ofChunk index: Int) -> Range<Int> {
        let start = index * chunkSize
        return start..<min(start + chunkSize, count)
    }

    /// Runs `body` for every chunk and returns when all are done.
    ///
    /// - Parameters:
    ///   - makeWorker: makes one worker's state, on that worker's thread, before its first chunk.
    ///   - body: processes the items of one chunk with the worker's state.
    ///   - mergeInOrder: called with the worker that ran chunk `i`, for `i = 0, 1, …` in order,
    ///     never two at a time, right after that chunk's `body`. Use it to fold per-chunk partial
    ///     results into a shared total deterministically.
    ///   - progress: called after each chunk's merge (or body), serially.
    /// - Complexity: the work of `body` over all chunks divided among `threads` threads, plus
    ///   one thread start per extra worker.
    public func run<Worker>(
        makeWorker: @escaping @Sendable (_ workerIndex: Int) -> Worker,
        body: @escaping @Sendable (_ worker: inout Worker, _ items: Range<Int>) -> Void,
        mergeInOrder: (@Sendable (_ worker: inout Worker, _ chunkIndex: Int) -> Void)? = nil,
        progress: ProgressHandler? = nil
    ) {
        guard count > 0 else { return }
        let schedule = ChunkSchedule(chunkCount: chunkCount)
        let chunks = self
        let work: @Sendable (Int) -> Void = { workerIndex in
            var worker = makeWorker(workerIndex)
            while let chunk = schedule.takeChunk() {
                body(&worker, chunks.items(ofChunk: chunk))
                guard mergeInOrder != nil || progress != nil else { continue }
                schedule.finish(chunk, ordered: mergeInOrder != nil) { completed in
                    mergeInOrder?(&worker, chunk)
                    progress?(completed, chunks.chunkCount)
                }
            }
        }
        guard threads > 1 else {
            work(0)
            return
        }
        let finished = DispatchGroup()
        for workerIndex in 1..<threads {
            finished.enter()
            let thread = Thread {
                work(workerIndex)
                finished.leave()
            }
            thread.start()
        }
        work(0)
        finished.wait()
    }
}

/// The shared counters of one ``ParallelChunks/run(makeWorker:body:mergeInOrder:progress:)``.
private final class ChunkSchedule: @unchecked Sendable {
    // All mutable state is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private let chunkCount: Int
    private var nextChunk = 0
    private var finishedCount = 0
    private var isFinishing = false

    init(chunkCount: Int) { self.chunkCount = chunkCount }

    /// The next chunk nobody has taken, or `nil` when all are taken.
    func takeChunk() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard nextChunk < chunkCount else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }

    /// Runs `completion` for `chunk` with the number of chunks completed once it returns: in
    /// chunk order when `ordered` (waiting for every earlier chunk's completion), otherwise as soon
    /// as no other completion is running. Completions never overlap.
    ///
    /// No deadlock: the lowest chunk not yet finished was taken by a worker that is either still
    /// running its body or is here with its turn come, since every lower chunk has finished.
    func finish(_ chunk: Int, ordered: Bool, completion: (_ completed: Int) -> Void) {
        condition.lock()
        while isFinishing || (ordered && finishedCount != chunk) { condition.wait() }
        isFinishing = true
        let completed = finishedCount + 1
        condition.unlock()

        completion(completed)

        condition.lock()
        isFinishing = false
        finishedCount = completed
        condition.broadcast()
        condition.unlock()
    }
}
