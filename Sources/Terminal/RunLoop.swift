import Dashboard

extension TerminalSession {
    /// Runs the dashboard until it quits or a signal ends it, then restores the terminal
    /// (also when a closure throws: the error reaches the caller after the terminal is back).
    ///
    /// - render: the frame for a state.
    /// - update: applies one message and returns an effect, which is carried out here:
    ///   quitting, suspending, repainting, or saving a snapshot into `snapshotDirectory`, whose
    ///   result goes back to `update` as `.snapshotSaved` or `.snapshotFailed`.
    /// - perform: carries out the effects the terminal knows nothing of (a review's save) and
    ///   returns the message with their result.
    /// - Returns: the exit status: 0 on `.quit`, 128 + signal number after a signal.
    ///
    /// A state is rendered only when a message changed it.
    public func run<S: Equatable>(state: inout S,
                                  render: (S) throws -> Screen,
                                  update: (inout S, Msg) throws -> Effect,
                                  snapshotDirectory: String,
                                  perform: (Effect) -> Msg? = { _ in nil }) rethrows -> Int32 {
        defer { restore() }
        var screen = try render(state)
        draw(screen)
        while true {
            guard var event = next(timeout: -1) else {
                if active { continue }
                return terminationSignal.map { 128 + $0 } ?? 0  // restored from inside a closure
            }
            var dirty = false
            var repaint = false
            // Everything already waiting is applied before drawing, so a paste, a held arrow
            // or an input method's commit costs one frame rather than one per key.
            for _ in 0..<256 {
                switch event {
                case .terminate(let sig):
                    return 128 + sig
                case .message(let first):
                    var pending: Msg? = first
                    while let msg = pending {
                        pending = nil
                        let before = state
                        let effect = try update(&state, msg)
                        if case .resize = msg { dirty = true }
                        dirty = dirty || before != state
                        switch effect {
                        case .none: break
                        case .quit: return 0
                        case .suspend: suspend()
                        case .redraw: repaint = true
                        case .saveSnapshot(let format, let shot):
                            pending = save(shot, format: format, into: snapshotDirectory)
                        case .saveReview:
                            pending = perform(effect)
                        }
                    }
                }
                guard let more = next(timeout: 0) else { break }
                event = more
            }
            if dirty { screen = try render(state) }
            if repaint {
                lastDrawn = screen
                forceRedraw()
            } else if dirty {
                draw(screen)
            }
        }
    }

    /// Writes a snapshot in this terminal's colours; the outcome as the message to send back.
    func save(_ shot: Screen, format: SnapshotFormat, into directory: String) -> Msg {
        let text = SnapshotEncoder.encode(shot, format: format, theme: theme, metadata: .taken())
        do {
            return .snapshotSaved(path: try SnapshotFile.save(text, directory: directory, format: format))
        } catch {
            return .snapshotFailed(reason: error.description)
        }
    }
}
