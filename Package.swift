// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "weibao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "weibao", targets: ["weibao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Model layer: reference data, records, loading, validation, export, queries. Foundation,
        // SHA-256 (report files are checked against the hash their source records) and sqlite
        // (a dataset can be a database). ZIPFoundation (pure Swift over zlib) holds .xlsx
        // workbooks: the workbook reader lives here rather than in a target of its own because it
        // feeds sheet rows through the loader's internal per-field checks, the ones CSV rows go
        // through, which a separate target could reach only if they were made public. Its XML
        // parts are read with FoundationXML (libxml2).
        .target(
            name: "Protection",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CSQLite",
            ],
            resources: [
                .embedInCode("Resources/dataset.json"), .embedInCode("Resources/reports.json"),
                .embedInCode("Resources/indicators.json"), .embedInCode("Resources/000_179b4bc40b91436d.txt"),
            ]
        ),
        // The system's libsqlite3 through a shim header: export, --data and review into .db files.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Pure UI core: state, update, views into an in-memory Screen. No terminal code.
        .target(name: "Dashboard", dependencies: ["Protection"]),
        // ncursesw through a shim header; only Terminal imports it.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "Terminal", dependencies: ["Dashboard", "CNcursesw"]),
        // The config file, environment and flags resolved into one set of choices.
        .target(name: "Settings", dependencies: ["Dashboard", "Protection", .product(name: "TOMLKit", package: "TOMLKit")]),
        // Reads a plain-text report into candidate records (weibao ingest). Foundation only.
        .target(name: "Ingest", dependencies: ["Protection"]),
        .executableTarget(
            name: "weibao",
            dependencies: [
                "Protection", "Dashboard", "Terminal", "Ingest", "Settings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "weibao-bench", dependencies: ["Protection", "Dashboard"]),
        // What several test targets share: the built binary's path, a seeded generator.
        .target(name: "TestSupport", path: "Tests/Support"),
        // ZIPFoundation for making damaged and hand-built workbooks.
        .testTarget(name: "ProtectionTests", dependencies: [
            "Protection", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Protection", "TestSupport"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Dashboard", "Protection"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings", "Dashboard"]),
        // Runs the built binary: exit codes, help and the man page, config end to end.
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Protection", "TestSupport"]),
        // Drives the built binary in tmux; depends on no module, only on the executable.
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
