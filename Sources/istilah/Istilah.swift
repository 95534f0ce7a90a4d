import ArgumentParser

/// The `istilah` command: Indonesian text in, terminology out.
@main
struct Istilah: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "istilah",
        abstract: "Indonesian→English terminology: segment, extract and align names and terms.",
        discussion: """
            Examples:
              istilah segment seeds/000_d4f176cfda6a47e4.txt
              istilah segment --format json seeds/ -o tokens.json
              echo 'Presiden Rusia Vladimir Putin tiba di Pyongyang.' | istilah segment -
              istilah table seeds/ --format html -o terms.html
              istilah normalize --names names.txt
              istilah lookup Korut Menlu semenanjung
              istilah glossary validate glossary/*.tsv
            """,
        subcommands: [Segment.self, Extract.self, Table.self, Normalize.self, Lookup.self, GlossaryCommand.self, Bench.self]
    )
}
