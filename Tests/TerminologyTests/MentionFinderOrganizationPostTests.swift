@testable import Terminology
import Testing

/// Posts in a team or a company (`pelatih`, `manajer`, `CEO`, `pendiri`) before the organisation
/// they serve and the person who holds them (sentences in the style of Indonesian sports and
/// business news).
@Suite("MentionFinder: team and company posts")
struct MentionFinderOrganizationPostTests {
    @Test("the post takes its organisation; the person starts after it: Pelatih Persija Thomas Doll")
    func postOrganizationHolder() throws {
        let terms = try extract("Pelatih Persija Thomas Doll memuji penampilan anak asuhnya .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "pelatih persija"]?.type == .title, "\(listed)")
        #expect(terms[key: "thomas doll"]?.type == .person, "\(listed)")
        #expect(terms[key: "persija thomas doll"] == nil, "\(listed)")
        #expect(terms[key: "persija"]?.type == .organization, "\(listed)")
    }

    @Test("a team named by its country before the person: Pelatih Timnas Indonesia Shin Tae-yong")
    func nationalTeamCoach() throws {
        let terms = try extract([("t.txt", "Pelatih Timnas Indonesia Shin Tae-yong mengatakan timnya siap menghadapi Vietnam .")],
                                places: countries.union(["indonesia", "vietnam"]))
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "pelatih timnas indonesia"]?.type == .title, "\(listed)")
        #expect(terms[key: "shin tae-yong"]?.type == .person, "\(listed)")
        #expect(!terms.contains { $0.key.hasPrefix("timnas indonesia shin") }, "\(listed)")
    }

    @Test("a post before one name: the name is the organisation, no person, by a verb of saying too")
    func postBeforeOrganizationOnly() throws {
        let terms = try extract("Pelatih Benfica mengatakan timnya akan bangkit . Ia pernah menjadi pelatih Benfica selama dua musim .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "benfica"]?.type == .organization, "\(listed)")
        #expect(terms.filter { $0.type == .person }.isEmpty, "\(listed)")
    }

    @Test("two person-like words right after the post are its holder, not an organisation and a name")
    func holderRightAfterPost() throws {
        let terms = try extract("Tim itu pernah ditangani pelatih Rajko Toroman selama tiga musim .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "rajko toroman"]?.type == .person, "\(listed)")
        #expect(terms[key: "rajko"] == nil && terms[key: "toroman"] == nil, "\(listed)")
    }

    @Test("a post with its field before its organisation is a title of its own: Direktur Kargo dan Pengembangan Usaha Garuda Indonesia, VP Marketing PES")
    func postFieldBeforeOrganization() throws {
        let text = "Menurut Direktur Kargo dan Pengembangan Usaha Garuda Indonesia Mohammad Iqbal , pesawat Garuda Indonesia itu tiba . "
            + "Ia pernah menjadi VP Marketing PES dan Head of Trading Pertamina Energy Service . Ia juga pejabat Pertamina Energy Service ( PES ) . "
            + "Direktur Utama Garuda Indonesia Ari Askhara dan Komisaris Independen Garuda Indonesia hadir ."
        let terms = try extract(text)
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "direktur kargo dan pengembangan usaha"]?.type == .title, "\(listed)")
        #expect(terms[key: "mohammad iqbal"]?.variants.map(\.form) == ["Direktur Kargo dan Pengembangan Usaha Garuda Indonesia Mohammad Iqbal"], "\(listed)")
        #expect(terms[key: "vp marketing"]?.type == .title, "\(listed)")
        #expect(terms[key: "head of trading"]?.type == .title, "\(listed)")
        #expect(!terms.contains { $0.key.hasSuffix("garuda indonesia") && $0.key.hasPrefix("direktur kargo") }, "\(listed)")
        #expect(terms[key: "vp marketing pes"] == nil && terms[key: "head of trading pertamina energy service"] == nil, "\(listed)")
        // An analyst or a trader is a post alone; a company's legal form after the organisation starts its parent.
        let desk = try extract("Ia mantan Analyst Light Distillates Trading Integrated Supply Chain PT Pertamina . Kini ia staf utama Integrated Supply Chain PT Pertamina .")
        let deskListed = "\(desk.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(desk[key: "analyst light distillates trading"]?.type == .title, "\(deskListed)")
        #expect(desk.contains { $0.variants.contains { $0.form == "Integrated Supply Chain" } }, "\(deskListed)")
        // A post without a field, or ranked by an adjective, keeps its organisation.
        #expect(terms[key: "direktur utama garuda indonesia"]?.type == .title, "\(listed)")
        #expect(terms[key: "komisaris independen garuda indonesia"]?.type == .title, "\(listed)")
    }

    @Test("a company's name in English is all organisation: CEO Mitsubishi Motors Corporation")
    func companyInEnglish() throws {
        let terms = try extract("Menurut CEO Mitsubishi Motors Corporation , penjualan mobil itu naik tahun ini .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "mitsubishi motors corporation"]?.type == .organization, "\(listed)")
        #expect(terms.filter { $0.type == .person }.isEmpty, "\(listed)")
    }

    @Test("in apposition to a person the post names only the company: Dennis Gross , pendiri Dennis Gross Dermatology")
    func postInApposition() throws {
        let terms = try extract("Dokter Dennis Gross , pendiri Dennis Gross Dermatology yang berbasis di Manhattan , menjelaskannya .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "dennis gross dermatology"]?.type == .organization, "\(listed)")
        #expect(terms[key: "gross dermatology"] == nil, "\(listed)")
    }

    @Test("a capitalized sentence adverb before the comma is no apposition: Bahkan , pelatih Seto Nurdiantoro")
    func adverbIsNoApposition() throws {
        let terms = try extract("Bahkan , pelatih Seto Nurdiantoro menyebut bahwa ia memiliki kejutan .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "seto nurdiantoro"]?.type == .person, "\(listed)")
    }

    @Test("a title's short form in brackets is all title; the holder follows the bracket: (Menko Marves) Luhut")
    func shortFormInBrackets() throws {
        let terms = try extract("Menteri Koordinator Bidang Kemaritiman dan Investasi (Menko Marves) Luhut Binsar Pandjaitan menyatakan hal itu .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "menko marves"]?.type == .title, "\(listed)")
        #expect(terms[key: "marves"]?.type != .person, "\(listed)")
        #expect(terms[key: "luhut binsar pandjaitan"]?.type == .person, "\(listed)")
    }

    @Test("a bracket that closes after the holder keeps the holder: (Menkeu Sri Mulyani)")
    func holderInsideBrackets() throws {
        let terms = try extract("Rapat itu dihadiri bendahara negara (Menkeu Sri Mulyani) dan para gubernur .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "sri mulyani"]?.type == .person, "\(listed)")
    }

    @Test("an adjective or adverb after the post is no modifier of it: sang pelatih langsung bergerak")
    func adverbAfterPost() throws {
        let terms = try extract("Setelah Pochettino pergi , klub-klub yang memuja sang pelatih langsung bergerak untuk mendekatinya .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(!terms.contains { $0.key.contains("pelatih langsung") }, "\(listed)")
        #expect(!terms.contains { $0.type == .title }, "\(listed)")
    }

    @Test("a noun after the post still modifies it: manajer tim Persija is a title")
    func nounAfterPost() throws {
        let terms = try extract("Ia menjabat manajer tim Persija sejak musim lalu .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms.contains { $0.type == .title && $0.key.hasPrefix("manajer tim") }, "\(listed)")
    }

    @Test("an acronym and one word after the post are the organisation: staf pelatih PB Djarum")
    func acronymOrganisationAfterPost() throws {
        let terms = try extract("Beberapa staf pelatih PB Djarum kembali melakukan pengamatan di hari kedua .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "pb djarum"] != nil, "\(listed)")
        #expect(terms[key: "staf pelatih"]?.type == .term, "\(listed)")
        #expect(terms[key: "djarum"] == nil && terms[key: "pb"] == nil && terms[key: "pelatih pb"] == nil, "\(listed)")
    }

    @Test("an acronym and one word after a post with no noun before it are all organisation: pelatih PB Djarum")
    func acronymOrganisationAlone() throws {
        let terms = try extract("Ia kini menjadi pelatih PB Djarum sejak tahun lalu .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "djarum"] == nil, "\(listed)")
        #expect(!terms.contains { $0.type == .person }, "\(listed)")
    }

    @Test("an acronym before a name of two words: organisation and holder; after a verb of saying the post is a title")
    func acronymOrganisationAndHolder() throws {
        let terms = try extract("\"Kami siap,\" kata pelatih PSIS Dragan Djukanovic kepada wartawan .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "dragan djukanovic"]?.type == .person, "\(listed)")
        #expect(terms[key: "pelatih psis"]?.type == .title, "\(listed)")
    }

    @Test("before its holder the post after a noun is a title: penilaian pelatih Robert Rene Alberts; kandidat is a pre-head")
    func postAfterNounBeforeHolder() throws {
        let terms = try extract("Demikian penilaian pelatih Robert Rene Alberts pada sesi jumpa pers . Shin merupakan kandidat pelatih Timnas Indonesia selain Luis Milla .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms.contains { $0.type == .title && $0.key.hasPrefix("pelatih") }, "\(listed)")
        #expect(terms[key: "penilaian pelatih"] == nil, "\(listed)")
        #expect(terms[key: "kandidat pelatih timnas indonesia"]?.type == .title, "\(listed)")
    }

    @Test("an English post in Title Case is a title before its company and holder, no name", arguments: [
        ("Hal itu dikatakan Executive Advisor Paxel , Zaldy Masita , di Jakarta .", "executive advisor paxel", "paxel"),
        ("Menurut Chief Technology Officer XL Axiata , jaringan itu diperluas tahun ini .",
         "chief technology officer xl axiata", "xl axiata"),
        // A post with its field before an acronym: the company is a name of its own.
        ("Ungkap Rina , Head of Sales BF Goodrich , kepada wartawan .", "head of sales", "bf goodrich"),
    ])
    func englishPost(text: String, title: String, company: String) throws {
        let terms = try extract(text)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: title]?.type == .title, "\(listed)")
        #expect(terms[key: company]?.type == .organization, "\(listed)")
    }

    @Test("a field right after an English post's head belongs to the post, a modifier starts the company", arguments: [
        ("Bambang selaku VP Marketing PES diduga membantu mengamankan kargo .", "vp marketing", "pes", "marketing pes"),
        ("Hal itu dikatakan Director Finance Garuda Indonesia Andi Wijaya di Jakarta .",
         "director finance garuda indonesia", "garuda indonesia", "finance garuda"),
    ])
    func englishPostField(text: String, title: String, company: String, notName: String) throws {
        let terms = try extract(text)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: title]?.type == .title, "\(listed)")
        #expect(terms[key: company]?.type == .organization, "\(listed)")
        #expect(terms[key: notName] == nil && terms[key: "marketing"] == nil && terms[key: "finance"] == nil, "\(listed)")
    }

    @Test("a known stem with the verb suffix -kan modifies no title, a known stem with -an does: Komut jelekkan Dirut")
    func verbSuffixModifiesNoTitle() throws {
        let terms = try extract("\" Saya tidak mau ada drama , Komut jelekkan Dirut dan sebaliknya , \" katanya . Ia tinggal di rumah kontrakan di Depok .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(!terms.contains { $0.key.contains("jelekkan") }, "\(listed)")
        #expect(terms[key: "rumah kontrakan"] != nil, "\(listed)")
    }

    @Test("a company board's office as a blend is a title before its company: Komut Pertamina")
    func companyBoardBlend() throws {
        let terms = try extract("Komut Pertamina Basuki Tjahaja Purnama hadir dalam acara tersebut .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "komut pertamina"]?.type == .title, "\(listed)")
        #expect(terms[key: "basuki tjahaja purnama"]?.type == .person, "\(listed)")
        #expect(!terms.contains { $0.type == .person && $0.key.hasPrefix("pertamina") }, "\(listed)")
    }

    @Test("a company named in English after an English post is all organisation: Founding Director Sculpture by the Sea")
    func englishPostEnglishCompany() throws {
        let terms = try extract("David Handley , Founding Director Sculpture by the Sea , mengatakan pameran itu ramai .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "founding director sculpture by the sea"]?.type == .title, "\(listed)")
        #expect(terms[key: "sculpture by the sea"]?.type == .organization, "\(listed)")
        #expect(terms[key: "sea"] == nil, "\(listed)")
    }

    @Test("an English title word alone that may start a name is no post: General Motors, President University")
    func englishWordsThatStartNames() throws {
        let terms = try extract("Mobil itu dibuat General Motors di Amerika . Ia kuliah di President University sejak 2015 .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "general motors"] != nil, "\(listed)")
        #expect(terms.filter { $0.type == .title }.isEmpty, "\(listed)")
    }

    @Test("the holder of an English post named after a comma leaves the company whole: General Manager Hotel Des Indes , Darmawiharto")
    func englishPostHolderAfterComma() throws {
        let terms = try extract("General Manager Hotel Des Indes , Darmawiharto , mengatakan tema acara itu klasik .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "general manager hotel des indes"]?.type == .title, "\(listed)")
        #expect(terms[key: "indes"] == nil && terms[key: "des indes"] == nil, "\(listed)")
        #expect(terms[key: "hotel des indes"] != nil, "\(listed)")
    }
}
