/// A key as the dashboard sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lowercase: .ctrl("l").
    case ctrl(Character)
    case up, down, left, right
    case enter, escape, backspace, tab, backTab, delete
    case pageUp, pageDown, home, end
    case function(Int)
}

extension Key {
    /// A character that the filter line types rather than looks up.
    public var isPrintable: Bool {
        if case .char(let c) = self { return !c.isNewline }
        return false
    }
}

public enum MouseButton: Sendable, Hashable {
    case left, middle, right, wheelUp, wheelDown
}

public struct MouseEvent: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var button: MouseButton

    public init(x: Int, y: Int, button: MouseButton) {
        self.x = x
        self.y = y
        self.button = button
    }
}

/// Everything that can change the dashboard's state: what the user does, and the results of
/// the effects the run loop carried out.
public enum Msg: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// A `.saveSnapshot` effect wrote this file.
    case snapshotSaved(path: String)
    /// A `.saveSnapshot` effect could not write; why, in the user's words.
    case snapshotFailed(reason: String)
    /// A `.saveReview` effect finished, saved or not.
    case reviewSaved(ReviewOutcome)
}

/// What `update` asks the outside world to do; the state itself never performs I/O. The run
/// loop does it and, where there is a result, sends it back as a `Msg`.
public enum Effect: Sendable, Equatable {
    case none
    case quit
    /// Ctrl-Z: leave the screen, stop, repaint fully on return.
    case suspend
    /// Ctrl-L: repaint every cell.
    case redraw
    /// Save this screen (the one the user saw when asking) in this format; the result comes
    /// back as `.snapshotSaved` or `.snapshotFailed`.
    case saveSnapshot(SnapshotFormat, Screen)
    /// Write the review page's accepted figures into its dataset file; the result comes back
    /// as `.reviewSaved`.
    case saveReview(ReviewBatch)
}

/// Formats a screen snapshot can be saved in.
public enum SnapshotFormat: String, CaseIterable, Sendable {
    case text, ansi, html, svg

    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .ansi: "ans"
        case .html: "html"
        case .svg: "svg"
        }
    }
}
