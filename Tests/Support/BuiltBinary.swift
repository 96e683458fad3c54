import Foundation

/// The `weibao` executable SwiftPM built next to the test bundle (in the scratch path's debug
/// or release folder), for the tests that run the command as a user would; nil when absent.
public enum BuiltBinary {
    public static let weibao: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent("weibao"))
        }
        let bundle = Bundle.main.bundlePath
        candidates.append(((bundle as NSString).deletingLastPathComponent as NSString).appendingPathComponent("weibao"))
        candidates.append((bundle as NSString).appendingPathComponent("weibao"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
