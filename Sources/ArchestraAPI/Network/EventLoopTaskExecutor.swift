import NIOCore

/// Runs the tasks that prefer it (`Task(executorPreference:)`) on the networking event loop.
///
/// A request's task otherwise resumes on Swift's pool once NIO has its answer, and the store it
/// hands the answer to is woken there too: two threads woken for each answer. On the loop, the
/// answer is read, decoded and applied on the thread that received it. Default actors called from
/// such a task run there as well (SE-0417).
public final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    /// The loop every client of this library does its networking on (``ClientEventLoop``).
    public static let networking = EventLoopTaskExecutor(loop: ClientEventLoop.group.next())

    init(loop: any EventLoop) {
        self.loop = loop
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
