import Foundation
import Testing

/// docs/dataset.schema.json describes what `--data` reads: the embedded dataset and every
/// JSON export validate against it (python3's jsonschema, Draft 2020-12), and it rejects what
/// the loader rejects in the shape of a record.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct SchemaTests {
    static let schema = CLI.repository + "/docs/dataset.schema.json"

    /// Validates `file` (a JSON document, or JSON Lines with `lines`) and returns the errors.
    func validate(_ file: String, lines: Bool = false) throws -> (status: Int32, output: String) {
        let program = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            if sys.argv[3] == "lines":
                v = jsonschema.Draft202012Validator({"$ref": "#/$defs/exportedFigure", "$defs": schema["$defs"]})
                docs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
            else:
                v = jsonschema.Draft202012Validator(schema)
                docs = [json.load(open(sys.argv[2], encoding="utf-8"))]
            errors = [e.message for d in docs for e in v.iter_errors(d)]
            print("\\n".join(errors) or "ok")
            sys.exit(1 if errors else 0)
            """
        return try CLI.python(program, [Self.schema, file, lines ? "lines" : "doc"])
    }

    @Test func embeddedDatasetIsValid() throws {
        let r = try validate(CLI.repository + "/Sources/Protection/Resources/dataset.json")
        #expect(r.status == 0, "\(r.output)")
    }

    @Test(arguments: ["json", "jsonl"])
    func exportIsValid(format: String) throws {
        let file = CLI.folder() + "/export.\(format)"
        let export = try CLI.run(["export", "--format", format, "-o", file])
        #expect(export.status == 0)
        let r = try validate(file, lines: format == "jsonl")
        #expect(r.status == 0, "\(r.output)")
    }

    @Test func theSchemaRejectsWhatTheLoaderRejects() throws {
        let folder = CLI.folder()
        let cases = [
            #"{"format": "weibao-dataset", "figuers": []}"#,
            #"{"figures": [{"id": "a b", "province": "内蒙古", "system": "家庭", "indicator": "x", "text": "1 人", "source": "s", "quote": "q"}]}"#,
            #"{"figures": [{"id": "a", "province": "内蒙古", "system": "家教", "indicator": "x", "text": "1 人", "source": "s", "quote": "q"}]}"#,
            #"{"figures": [{"id": "a", "province": "内蒙古", "system": "家庭", "indicator": "x", "text": "1 人", "source": "s", "quote": "q", "date": "2022-13"}]}"#,
            #"{"sources": [{"id": "s"}]}"#,
        ]
        for (k, text) in cases.enumerated() {
            let file = folder + "/bad\(k).json"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(try validate(file).status == 1, "schema accepts \(text)")
            #expect(try CLI.run(["validate", file]).status == 2, "loader accepts \(text)")
        }
    }
}
