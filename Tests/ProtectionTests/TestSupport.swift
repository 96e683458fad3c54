import Foundation
@testable import Protection

/// Helpers shared by the loader tests: temporary files and fixture paths.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A fresh folder under the system temporary directory.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "weibao-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `text` to a new file named `name` in a fresh folder; returns its path.
    @discardableResult
    static func write(_ text: String, named name: String, in folder: String? = nil) -> String {
        let dir = folder ?? temporaryFolder()
        let path = (dir as NSString).appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    static func writeBytes(_ bytes: [UInt8], named name: String) -> String {
        let path = (temporaryFolder() as NSString).appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Loader that looks for report texts under the repository, as if run from its root.
    static var loader: DatasetLoader { DatasetLoader(currentDirectory: repository) }

    /// A dataset file around the given figure objects, with one source on the seed report.
    static func dataset(figures: [String], extraSources: [String] = []) -> String {
        let sources = [#"{ "id": "nm", "outlet": "《呼和浩特日报》", "date": "2022-06-15", "file": "seeds/000_179b4bc40b91436d.txt", "lines": [41, 207] }"#] + extraSources
        return """
        {
          "format": "weibao-dataset",
          "version": 1,
          "sources": [
            \(sources.joined(separator: ",\n    "))
          ],
          "figures": [
            \(figures.joined(separator: ",\n    "))
          ]
        }
        """
    }

    /// A valid figure object; `replacing` swaps "key": value text for a bad one.
    static func figure(id: String = "nm-rate", _ changes: [String: String] = [:]) -> String {
        var fields: [(String, String)] = [
            ("id", "\"\(id)\""), ("province", "\"内蒙古\""), ("system", "\"家庭\""),
            ("indicator", "\"家长学校开办率\""), ("text", "\"91.9%\""), ("date", "\"2022-06\""),
            ("source", "\"nm\""), ("quote", "\"全区家长学校开办率达到91.9%\""),
        ]
        for (k, v) in changes {
            if let i = fields.firstIndex(where: { $0.0 == k }) { fields[i].1 = v } else { fields.append((k, v)) }
        }
        fields.removeAll { $0.1 == "<none>" }
        return "{ " + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + " }"
    }
}
