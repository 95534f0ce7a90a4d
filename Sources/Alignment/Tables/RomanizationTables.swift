/// Romanization data for names: the spellings a professional English desk uses.
///
/// Data, not engine: ``NameRomanizer`` applies these tables. Sources: the common English-press
/// spellings of Russian given names (AP, Reuters: Sergei, Yuri, Andrei, Alexei) against the
/// BGN/PCGN-style spellings agencies such as TASS use (Sergey, Yury, Andrey, Alexey), and the list of
/// common Korean surnames (Statistics Korea census, Revised Romanization and McCune–Reischauer
/// spellings).
enum RomanizationTables {
    /// Russian given names: agency spelling → English-press spelling.
    static let russianGivenNames: [String: String] = [
        "Sergey": "Sergei", "Sergej": "Sergei",
        "Andrey": "Andrei", "Andrej": "Andrei",
        "Alexey": "Alexei", "Aleksey": "Alexei", "Aleksei": "Alexei", "Alexej": "Alexei",
        "Yury": "Yuri", "Yuriy": "Yuri", "Yurii": "Yuri", "Jurij": "Yuri",
        "Nikolay": "Nikolai", "Matvey": "Matvei", "Timofey": "Timofei",
        "Dmitriy": "Dmitry", "Dmitrii": "Dmitry",
        "Valeriy": "Valery", "Vitaliy": "Vitaly", "Anatoliy": "Anatoly", "Gennadiy": "Gennady",
        "Georgiy": "Georgy", "Arkadiy": "Arkady", "Yevgeniy": "Yevgeny", "Evgeniy": "Yevgeny", "Evgeny": "Yevgeny",
        "Aleksandr": "Alexander", "Alexandr": "Alexander",
    ]

    /// Common Korean surnames as romanized in English news.
    static let koreanSurnames: Set<String> = [
        "Kim", "Lee", "Yi", "Ri", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Chung", "Jong", "Kang",
        "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "O", "Seo", "Shin", "Sin",
        "Kwon", "Hwang", "Ahn", "An", "Song", "Ryu", "Yoo", "Yu", "Hong", "Jeon", "Chon", "Ko", "Go",
        "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paek", "Heo", "Ho", "Nam", "Noh", "Roh", "Ha",
    ]
}
