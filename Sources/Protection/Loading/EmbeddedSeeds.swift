/// The seed reports built into the binary (Package.swift `.embedInCode`), by the
/// `Source.file` name the dataset uses, so quotes are located without the repository at hand.
enum EmbeddedSeeds {
    static let texts: [String: [UInt8]] = [
        "seeds/000_179b4bc40b91436d.txt": PackageResources._00_179b4bc40b91436d_txt,
    ]

    /// The same reports by `Source.report` name, as a reports folder holds them.
    static let reports: [String: [UInt8]] = [
        "000_179b4bc40b91436d.txt": PackageResources._00_179b4bc40b91436d_txt,
    ]

    /// The seed dataset shipped in the binary.
    static var dataset: [UInt8] { PackageResources.dataset_json }

    /// The figures of the national reports, whose texts are not shipped (they are not the
    /// project's): their spans are checked when a reports folder is given.
    static var national: [UInt8] { PackageResources.reports_json }
}
