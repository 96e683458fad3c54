import Dashboard

extension TerminalSession {
    /// Runs the dashboard until it quits or a signal ends it, then restores the terminal
    /// (also when a closure throws: the error reaches the caller after the terminal is back).
    ///
    /// - render: the frame for a state at (columns, rows).
    /// - update: applies one message; the returned effect is carried out here, except
    ///   `.snapshot`, which goes to `perform` with the frame on screen.
    /// - Returns: the exit status: 0 on `.quit`, 128 + signal number after a signal.
    ///
    /// States that are Equatable are rendered only when a message changed them.
    public func run<S>(state: inout S,
                       render: (S, Int, Int) throws -> Screen,
                       update: (inout S, Msg) throws -> Effect,
                       perform: (Effect, Screen) throws -> Void) rethrows -> Int32 {
        try loop(state: &state, same: nil, render: render, update: update, perform: perform)
    }

    public func run<S: Equatable>(state: inout S,
                                  render: (S, Int, Int) throws -> Screen,
                                  update: (inout S, Msg) throws -> Effect,
                                  perform: (Effect, Screen) throws -> Void) rethrows -> Int32 {
        try loop(state: &state, same: { $0 == $1 }, render: render, update: update, perform: perform)
    }

    private func loop<S>(state: inout S,
                         same: ((S, S) -> Bool)?,
                         render: (S, Int, Int) throws -> Screen,
                         update: (inout S, Msg) throws -> Effect,
                         perform: (Effect, Screen) throws -> Void) rethrows -> Int32 {
        defer { restore() }
        var screen = try render(state, width, height)
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
                case .message(let msg):
                    let before = same == nil ? nil : state
                    let effect = try update(&state, msg)
                    if case .resize = msg { dirty = true }
                    if let before, let same { dirty = dirty || !same(before, state) } else { dirty = true }
                    switch effect {
                    case .none: break
                    case .quit: return 0
                    case .suspend: suspend()
                    case .redraw: repaint = true
                    case .snapshot:
                        if dirty {
                            screen = try render(state, width, height)
                            draw(screen)
                            dirty = false
                        }
                        try perform(effect, screen)
                    }
                }
                guard let more = next(timeout: 0) else { break }
                event = more
            }
            if dirty { screen = try render(state, width, height) }
            if repaint {
                lastDrawn = screen
                forceRedraw()
            } else if dirty {
                draw(screen)
            }
        }
    }
}
