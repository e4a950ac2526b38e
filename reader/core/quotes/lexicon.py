"""Word lists the quote engine matches against, kept in one place so they can grow.

Everything is lowercase; callers lowercase before looking words up.
"""

from __future__ import annotations

from typing import Final

# Speech verbs that follow a quotation and precede the speaker: “…,” kata Lavrov.
ID_POST_VERBS: Final = frozenset(
    "kata ujar tutur tegas jelas tambah ungkap imbuh terang sebut papar ucap lanjut "
    "pungkas seru tanya kilah timpal sambung tukas aku bilang cetus kenang tutup jawab "
    "tandas beber cerita sahut ajak tulis ketik urai kisah pinta sergah ulas keluh canda "
    "seloroh celetuk gurau sindir imbau harap sesal klaim cuit pesan rinci".split()
)
# Subject-first speech verbs: Lavrov mengatakan, “…”
ID_SUBJECT_VERBS = frozenset(
    "mengatakan menyatakan menegaskan menambahkan menjelaskan mengungkapkan menuturkan "
    "menyebutkan berkata bertanya menyampaikan memperingatkan mengingatkan menekankan "
    "menerangkan memaparkan mengakui menandaskan mengimbuhkan melanjutkan berujar "
    "bilang menilai menyebut membantah mengklaim meyakini menulis berpendapat mengaku "
    "mengemukakan menanggapi menjawab mengujarkan menukas bercerita berseloroh mencatat "
    "menyoroti mengajak berpesan menguraikan mengutarakan membeberkan mengimbau "
    "menandaskan menuliskan berkisah bertutur memastikan mengungkap mengumumkan "
    "mengonfirmasi membenarkan menampik mengecam mengkritik menuding menceritakan "
    "mengisahkan mengeluhkan menyarankan mendesak mengusulkan merinci".split()
)
# Passive speech verbs whose agent follows them: “Hal itu disampaikan Kepala BGN Dadan
# Hindayana …”, “… diungkapkan oleh Iyos Somantri”: the agent spoke.
ID_PASSIVE_VERBS: Final = frozenset(
    "disampaikan diungkapkan dikatakan dijelaskan ditegaskan dituturkan dipaparkan "
    "diterangkan diutarakan"
    # (a reply's agent: “Komentar itu dibalas Ronaldo sambil tersenyum: …”)
    " ditanggapi dibalas dijawab direspons".split()
)
# English verbs usable both ways: "…," said Smith / "…," Smith said.
EN_VERBS: Final = frozenset(
    "said says told tells added adds asked asks wrote writes explained explains noted notes "
    "warned warns stressed stresses insisted insists declared declares continued continues "
    "replied replies recalled recalls argued argues acknowledged acknowledges admitted admits "
    "conceded concedes tweeted posted remarked observed shouted announced responded "
    "commented urged urges cautioned emphasised emphasized testified confirmed "
    "conceded predicted countered quipped quips remembers remembered stated states "
    "assured assures affirmed affirms reported reports laughed whispered whispers sang sings "
    "bemoaned lamented complained complains answered answers shouted yelled texted "
    "emailed concluded concludes recounted recounts explained recommended recommends "
    "advised advises joked jokes boasted boasts agreed agrees claimed claims vowed vows "
    "promised promises revealed reveals mused muses exclaimed exclaims pleaded pleads "
    "wondered wonders retorted retorts snapped scoffed pledged cautions laments teased "
    "gushed raved confessed confided captioned".split()
)
# Speech verbs read only right beside a quotation (“He asserted, “…””, “…,” he reiterated.,
# “…,” mentioned Renuke Coswatte): elsewhere they also narrate (“and asserted that Trump
# had …”, “a male member is said to have interjected”), which ``EN_VERBS`` would make a
# speaker of, or somebody unnamed
EN_QUOTE_VERBS: Final = frozenset(
    "asserted mentioned reiterated reiterates opined opines underscored underlined "
    "elaborated clarified contended contends interjected conjectured rejoined"
    # (“…,” She’s the Sauce founder Nicole Glabman shares in a statement)
    " shares shared".split()
)
# Verbs of saying a desk uses for colour (“…,” speculates Dan Ott, 55, a consultant. / “…,”
# Fong suggested.): read as speech only where the quotation opens its sentence and the name
# (or “he”, “she”) closes the clause after them; elsewhere they take objects (“…,” demanded
# Judge Kerr step down / offered Governor Kerr a meeting)
EN_COLOUR_VERBS: Final = frozenset(
    "speculated speculates suggested suggests sighed sighs cried deadpanned enthused "
    "enthuses marveled marvelled marvels fumed fumes ventured reasoned surmised theorised "
    "theorized reckoned offered begged demanded grumbled mumbled muttered murmured "
    "stammered protested objected messaged".split())
# Verbs that introduce a partial quote mid-sentence: Smith called the plan "a gamble."
EN_FRAMING_VERBS: Final = frozenset(
    "called calls described describes dubbed labelled labeled"
    # (“in what President Tom Vale termed a “new wave of …””, “has branded it “…””)
    " termed terms branded brands".split())
# their -ing forms, framing after “is” or “was” (“in what Tom Vale is calling a “…””); after
# a comma the sentence's subject frames (“…, calling him “a danger””)
EN_FRAMING_ING: Final = frozenset("calling describing dubbing labelling labeling terming branding"
                                  .split())
ID_FRAMING_VERBS: Final = frozenset("menyebut menyebutnya menilai menggambarkan menjuluki".split())

# -nya forms refer back to the last person named: “…,” katanya.
ID_NYA_SUFFIX: Final = "nya"
ID_PRONOUNS = frozenset("dia ia beliau mereka".split())
EN_PRONOUNS = frozenset("he she they i we".split())

# Reported assertions worth checking (claims).
ID_CLAIM_VERBS = frozenset(
    "meyakini membantah mengklaim menyebut menuding menuduh menilai memperkirakan "
    "memprediksi menduga menyangkal menampik mengeklaim berdalih mengaku menganggap "
    "memastikan menjamin percaya yakin diklaim disebut diperkirakan".split()
)
EN_CLAIM_VERBS = frozenset(
    "claimed claims claim estimated estimates estimate denied denies deny alleged alleges "
    "insisted insists asserted asserts maintained maintains argued argues contended "
    "contends accused accuses predicted predicts projected projects believes believed "
    "suggested suggests blamed blames rejected rejects dismissed disputed".split()
)

# Unnamed sources and documents: “kata seorang warga”, “tulis akun @x”, “a witness said”.
UNNAMED_WORDS = frozenset(
    """
    netizen warganet akun pengguna user witness witnesses resident residents caption
    unggahan postingan cuitan tweet sumber source sources seseorang someone saksi
    insider insiders
    """.split()
)
# English plural groups of people (“…,” critics said. / “Analysts warned …”): somebody
# unnamed, never a name, even capitalised at a sentence's start
GROUP_NOUNS: Final = frozenset(
    """
    authorities officials police residents witnesses organisers organizers protesters
    activists critics analysts experts doctors investigators prosecutors lawmakers locals
    villagers students workers officers soldiers rescuers neighbours neighbors supporters
    opponents others economists researchers scientists observers voters parents teachers
    fans commentators campaigners farmers traders passengers survivors relatives victims
    employees diplomats demonstrators
    """.split()
)
# English nouns for a person that hold no office (“one visitor said”, “a man in his 60s
# played Go”): with an indefinite article before them, somebody unnamed (beside ROLE_WORDS
# and UNNAMED_WORDS)
PERSON_NOUNS = frozenset(
    """
    man woman boy girl child teenager visitor customer passenger driver participant viewer
    fan shopper worker student parent mother father neighbor neighbour local villager
    attendee tourist patient nurse farmer owner employee staffer voter reader listener
    caller guest user survivor victim relative volunteer retiree pensioner commuter
    """.split()
)
# Unnamed sources that stay unnamed when the article points back at them (“tambah sumber
# itu”): never the name that happens to stand near their first mention.
ANONYMOUS_WORDS = frozenset("sumber source sources seseorang someone".split())
# Documents that a sentence may quote (“Pasal tersebut berbunyi, "…"”): nobody speaks.
DOCUMENT_WORDS = frozenset(
    """
    pasal ayat ketentuan statuta undang-undang uu peraturan perpres perppu permen pergub
    perda aturan dokumen beleid putusan keputusan naskah rancangan ruu konstitusi
    deklarasi resolusi komunike piagam maklumat memorandum edaran petisi perjanjian laporan
    """.split()
)
DOCUMENT_VERBS = frozenset("berbunyi tertulis menyebutkan menyatakan mengatur".split())
# Relatives: “adik Figha, Fara Jane” is Figha’s sister, named after the comma (not “anak”:
# “Anak Agung” opens Balinese names).
KIN_WORDS: Final = frozenset(
    "adik kakak ayah istri suami paman bibi keponakan cucu sepupu mertua bunda".split()
)
# English relatives: a capitalised one opens a line or a sentence (“From: Mother in Law”),
# it is not a name.
EN_KIN_WORDS: Final = frozenset(
    """
    mother father mom mum dad brother sister aunt uncle grandma grandmother grandpa
    grandfather son daughter wife husband cousin niece nephew
    """.split()
)
# Words that open a place's name (“Santa Barbara”, “San Diego”, “Los Angeles”): the word
# after them is part of the place, not a given name.
PLACE_PREFIXES: Final = frozenset("santa san los las".split())
# Words that end Indonesian company names (“Waskita Karya”, “Wijaya Karya”, “Adhi Persada”)
# and hardly ever a person's.
COMPANY_TAIL_WORDS = frozenset("karya persada abadi makmur sentosa sejahtera perkasa".split())
# First-person cues (“we said”, “kata kami”): the writer or a group, never one named person.
FIRST_PERSON = frozenset("i we kami kita saya aku".split())
# Where words are posted (“akun resmi Twitternya”, “unggahan Instagram”): the medium
# named after them is not a person.
MEDIUM_WORDS = frozenset("akun unggahan postingan cuitan caption tweet".split())
# Words that describe a role rather than name a person.
ROLE_WORDS: Final = UNNAMED_WORDS | frozenset(
    """
    menteri menlu mendagri menkeu menhan menko wakil wamen presiden wapres juru bicara jubir
    kepala direktur dirut ketua sekretaris jenderal sekjen asisten gubernur bupati wali kota
    walikota camat lurah kapolri kapolda kapolres kabareskrim panglima duta besar dubes
    anggota komisi pengamat ekonom analis dosen guru peneliti pakar ahli profesor prof dr
    drs dra drg ir
    kepala staf komandan pejabat perdana pangeran senator hakim jaksa dirjen
    pimpinan koordinator manajer kapten pelatih pemain ketum sekum bendahara pendiri
    warga petani nelayan pedagang mahasiswa siswa aktivis pengacara kuasa hukum dokter
    direktorat deputi staf khusus stafsus plt pj utama eksekutif kapten perwakilan akademisi
    irjen brigjen kombes akbp kompol akp iptu ipda aiptu bripka jenderal mayjen letjen
    laksamana marsekal kolonel letkol mayor kapten serda sertu kopda pol polisi perwira bintara
    minister president vice deputy secretary spokesperson spokesman spokeswoman spokes
    director chief executive officer ceo cfo coo cto cio cmo chairman chairwoman chair head governor
    mayor senator representative rep sen gov ambassador envoy general gen lieutenant lt
    colonel col commander admiral adm prime foreign defence defense interior finance
    major maj brig brigadier
    economy trade state analyst economist professor prof dr researcher expert lawyer
    attorney judge justice prosecutor officer official aide adviser advisor counsellor
    counselor manager coach captain founder president-elect king queen prince princess
    pope sheikh leader premier chancellor commissioner superintendent inspector sergeant
    sgt detective secretary-general undersecretary under assistant press senior junior
    lawmaker legislator congressman congresswoman mp councillor councilor pastor imam father
    mep msp mla mpp
    coun cllr councilman councilwoman alderman alderwoman assemblyman assemblywoman counsel
    councilperson councilmember member supervisor capt cpl
    cmdr cdr supt insp fr atty pvt cpt amb msgr const pres spc pfc ens det
    asp dsp ssp igp
    administrator petitioner plaintiff complainant applicant consort
    republican democrat democratic independent majority minority whip speaker
    waketum wakapolri wakapolda wakapolres kapolsek kapolresta kapolrestabes kasat kanit
    kasatreskrim kasatlantas dirreskrimum dirreskrimsus dirlantas kabid kasi kasubdit kadis
    kabag kabiro kapuspen kadiv kaur kades kasad kasal kasau danrem dandim pangdam wagub
    kajari kajati kacab kakanwil kakanmenag kalapas karutan
    sekdakab sekdako sekdaprov sekcam kasubag
    wabup wawali wakapolsek wadir plh pjs komisaris humas kabidhumas kasubbag mensos inspektur
    menhut mendikdasmen menkes menkop menpora menag menteri-menteri kepala-kepala
    mensesneg seskab menaker mentan mendag menperin menhub menpar menparekraf menekraf
    mendiktisaintek menkomdigi menkum menham menimipas menbud menlh menpu menpkp menpppa
    menkopolkam menkopolhukam wamenkeu wamenlu wamendagri wamenhan wamenkes wamensesneg
    wamenkomdigi wamenaker wamentan wamendag wamenperin wamenhub wamenag wamensos wamenpora
    wamenkum wamenham wamendes wamenpar wamenkop wamenbud
    artis aktor aktris penyanyi presenter desainer pebulutangkis pembalap pelatih pesepak
    komika politikus politisi advokat pengusaha kader striker gelandang kiper bek atlet
    rider selebgram influencer youtuber sutradara produser penulis pakar
    coach guard forward center centre singer rapper producer host co-founder advocate
    assemblymember councilmember resident fisherman barber owner scientist biologist
    immunologist gastroenterologist climatologist meteorologist engineer architect
    teammate player quarterback pitcher investigator chef author novelist columnist
    comedian legend sosiolog psikolog psikiater ekonom artist gallerist curator collector
    trustee painter photographer designer musician writer poet dancer athlete politikus
    koordinator founder
    chairperson convener convenor coordinator
    treasurer moderator archbishop reverend rev hon
    honourable honorable
    penumpang pengemudi sopir korban pelaku tersangka terdakwa pasien relawan pengunjung
    wisatawan turis pembeli karyawan pegawai buruh santri jemaah
    sprinter runner swimmer cyclist boxer golfer midfielder defender goalkeeper skater
    jumper batsman bowler champion actress actor filmmaker
    banker publicist realtor broker trader agent lobbyist strategist consultant planner
    historian archaeologist psychologist physician doctor nurse teacher rabbi priest activist
    nutritionist dietitian dietician sociologist geologist ecologist cardiologist oncologist
    neurologist dermatologist radiologist anesthesiologist anthropologist criminologist
    seismologist volcanologist zoologist toxicologist chemist cartoonist cellist violinist
    pediatrician paediatrician technician statistician mathematician optician clinician
    obstetrician linguist botanist astronomer astrophysicist
    organizer organiser volunteer investor entrepreneur journalist reporter editor librarian
    lecturer student sheriff
    protester protestor demonstrator campaigner survivor veteran refugee migrant pensioner
    shopkeeper farmer passenger commuter voter shopper customer tourist visitor landlord
    tenant employee staffer worker vicar cleric firefighter paramedic surgeon dentist
    pharmacist therapist carer caregiver homeowner businessman businesswoman retiree
    grandmother grandfather widow mechanic electrician plumber labourer laborer miner
    midwife ranger warden pupil graduate academic scholar blogger podcaster entertainer
    songwriter guitarist drummer bassist barista waiter waitress bartender cashier clerk
    prefect subprefect sub-prefect coroner ombudsman registrar consul selectman
    headteacher headmaster headmistress referee umpire solicitor barrister comptroller
    parliamentarian negotiator mediator broadcaster commentator pundit ayatollah
    pemilik pengelola pengurus pembina penasihat penggagas inisiator rektor dekan
    pemred redaktur pembicara narasumber praktisi pemerhati budayawan sejarawan seniman
    penyair petugas
    sekda sekkab sekkot sekprov sekdes kadus wasekjen bendum wadirut komut kepsek wadek
    warek kaprodi kalak kalaksa waka wakasat dansat danyon danramil danlanud danlantamal
    danjen pangkostrad pangkoarmada pangkogabwilhan kasdam kasrem kapendam kadispen
    kapuspenkum kasipenkum kapusdatin kasihumas kadivhumas karopenmas kadivpropam
    kabagops kasubbid kasubnit kasatreskoba kasatresnarkoba kapolsubsektor kakorlantas
    kabaharkam kadinkes kadisdik kadishub kadinsos kadisnaker kadisparbud kabalai
    bhabinkamtibmas babinsa
    chieftain engr surv qs rt
    pengajar korlap pendeta pelajar konsultan notaris panitera penyidik auditor redaksi
    akuntan arsitek insinyur jurnalis fotografer sastrawan pramugari masinis
    nakhoda tentara prajurit polwan honorer harian pokdarwis gapoktan ops
    penyerang pesepakbola petenis pebalap pebasket pevoli perenang pelari pegolf petinju
    pecatur pesilat pegulat musisi pemusik pianis gitaris vokalis penari pelukis komedian
    pegiat perawat bidan apoteker ustazah
    pemandu peserta penjual pekerja perajin pengrajin penjaga penonton tukang satpam bos
    pengecer pengepul penambang peternak petambak pekebun penyuluh pembudidaya pemulung
    penjahit penghuni pendaki pemancing penggembala pengojek pengendara pemotor pesepeda
    pemudik penyintas pengungsi kurir ojol pelanggan nasabah
    inf kav czi cpl cba chb ckm arh cku cpm chk caj ckh cpn psk
    capres cawapres bacapres bacawapres caleg bacaleg cagub cawagub bacagub cabup cawabup
    bacabup cawalkot cawawalkot cakada cakades paslon kandidat jurkam jurkamnas timses
    simpatisan tokoh
    marsma marsda marsdya laksma laksda laksdya serka serma pelda peltu praka pratu
    kopka koptu bripda briptu brigpol aipda komjen
    """.split()
) | frozenset(
    # English offices written with a hyphen, one token each (“Sir Peter Hale,
    # vice-chairman of the committee, said”): a role as the word after the hyphen is
    f"{head}-{office}" for head in ("vice", "co")
    for office in """chairman chairwoman chair chairperson president chancellor captain
    governor mayor premier admiral principal consul minister rector dean director owner
    leader author host ceo founder creator manager pilot coordinator""".split()
) | frozenset(
    """
    editor-in-chief commander-in-chief attorney-general director-general governor-general
    solicitor-general surgeon-general inspector-general auditor-general
    pm magistrate
    """.split()
)
# Indonesian short forms of offices, read as the office in full when matching a role to
# the person the article gave it (“ujar Menkeu” → “Menteri Keuangan Bambang …”).
# Police and military ranks, which news may write with a full stop before the name
# (“Kompol. Samsuri”, “Irjen Pol. Agus Suryonugroho”).
RANK_WORDS = frozenset(
    "irjen brigjen kombes akbp kompol akp iptu ipda aiptu bripka jenderal mayjen letjen "
    "laksamana marsekal kolonel letkol mayor kapten pol komjen aipda brigpol briptu bripda "
    "marsma marsda marsdya laksma laksda laksdya".split()
)
#: titles written in lower case with a full stop before a name (“dr. Ani Lestari”, a
#: physician; “drg.” a dentist; “ir.” an engineer)
LOWER_TITLES: Final = frozenset("dr drg dra drs ir prof hj".split())
ROLE_SHORT_FORMS: Final = {
    "menkeu": "menteri keuangan", "menlu": "menteri luar negeri",
    "mendagri": "menteri dalam negeri", "menhan": "menteri pertahanan",
    "menkes": "menteri kesehatan", "menag": "menteri agama", "mensos": "menteri sosial",
    "menhut": "menteri kehutanan", "menkop": "menteri koperasi",
    "menpora": "menteri pemuda olahraga", "mendikdasmen": "menteri pendidikan dasar",
    "menko": "menteri koordinator", "wamen": "wakil menteri", "wapres": "wakil presiden",
    "wagub": "wakil gubernur", "wabup": "wakil bupati", "wawali": "wakil wali kota",
    "jubir": "juru bicara", "dirut": "direktur utama", "sekjen": "sekretaris jenderal",
    "ketum": "ketua umum", "waketum": "wakil ketua umum", "dubes": "duta besar",
    "stafsus": "staf khusus", "kadis": "kepala dinas", "kasat": "kepala satuan",
    "kabid": "kepala bidang", "kapolri": "kepala kepolisian", "kades": "kepala desa",
    "kajari": "kepala kejaksaan negeri", "kajati": "kepala kejaksaan tinggi",
    "kalapas": "kepala lembaga pemasyarakatan",
    # the cabinet's other short forms (Kabinet Merah Putih, 2024): “kata Mensesneg Prasetyo
    # Hadi”, “ujar Seskab Teddy Indra Wijaya”, “Wamenkeu Anggito Abimanyu” (not “Mendes”,
    # also a Portuguese surname)
    "mensesneg": "menteri sekretaris negara", "seskab": "sekretaris kabinet",
    "menaker": "menteri ketenagakerjaan", "mentan": "menteri pertanian",
    "mendag": "menteri perdagangan", "menperin": "menteri perindustrian",
    "menhub": "menteri perhubungan", "menpar": "menteri pariwisata",
    "menparekraf": "menteri pariwisata ekonomi kreatif", "menekraf": "menteri ekonomi kreatif",
    "mendiktisaintek": "menteri pendidikan tinggi sains teknologi",
    "menkomdigi": "menteri komunikasi digital", "menkum": "menteri hukum",
    "menham": "menteri hak asasi manusia", "menimipas": "menteri imigrasi pemasyarakatan",
    "menbud": "menteri kebudayaan", "menlh": "menteri lingkungan hidup",
    "menpu": "menteri pekerjaan umum", "menpkp": "menteri perumahan kawasan permukiman",
    "menpppa": "menteri pemberdayaan perempuan perlindungan anak",
    "menkopolkam": "menteri koordinator politik keamanan",
    "menkopolhukam": "menteri koordinator politik hukum keamanan",
    "wamendes": "wakil menteri desa",  # (no “mendes” above: also a Portuguese surname)
    # election coverage: “kata Capres nomor urut 2 Prabowo Subianto”, “ujar Cagub itu”
    "capres": "calon presiden", "cawapres": "calon wakil presiden",
    "bacapres": "bakal calon presiden", "bacawapres": "bakal calon wakil presiden",
    "caleg": "calon legislatif", "bacaleg": "bakal calon legislatif",
    "cagub": "calon gubernur", "cawagub": "calon wakil gubernur",
    "bacagub": "bakal calon gubernur", "cabup": "calon bupati",
    "cawabup": "calon wakil bupati", "bacabup": "bakal calon bupati",
    "cawalkot": "calon wali kota", "cawawalkot": "calon wakil wali kota",
    "cakada": "calon kepala daerah", "cakades": "calon kepala desa",
    "paslon": "pasangan calon", "jurkam": "juru kampanye",
    "jurkamnas": "juru kampanye nasional",
    # English: “the PM said” after Prime Minister Keith Rowley
    "pm": "prime minister",
}
# the deputy ministers' short forms, each its minister's with “wa-” (“Wamenaker Immanuel
# Ebenezer”, “Wamenkeu Anggito Abimanyu”)
ROLE_SHORT_FORMS.update({
    f"wa{minister}": f"wakil {ROLE_SHORT_FORMS[minister]}" for minister in """
    menkeu menlu mendagri menhan menkes mensesneg menkomdigi menaker mentan mendag menperin
    menhub menag mensos menpora menkum menham menpar menkop menbud""".split()})
# Role words that are also common given names (“Imam Suyudi”): read as a name when the
# article makes the word alone the subject of a speech verb (“Imam menambahkan …”).
GIVEN_NAME_ROLES = frozenset("imam".split())
# Police and army units written like names after a rank (“Kasat Reskrim”): never a name.
UNIT_WORDS: Final = frozenset(
    "reskrim satreskrim reskrimum reskrimsus lantas satlantas intelkam narkoba samapta "
    "binmas propam humas".split()
)
# Portfolio words that follow a capitalised role ("Menteri Kesehatan", "Health Minister");
# only ever read as part of a role when capitalised, since "dalam" etc. are common words.
PORTFOLIO_WORDS: Final = frozenset(
    """
    luar dalam negeri keuangan kesehatan pertahanan pendidikan kebudayaan perdagangan
    perindustrian pertanian agama sosial hukum perhubungan pariwisata politik keamanan
    perekonomian kelautan perikanan energi sumber daya mineral bumn komunikasi informatika
    digital tenaga kerja ketenagakerjaan lingkungan hidup kehutanan pekerjaan umum perumahan
    rakyat desa pemuda olahraga sekretariat investasi koperasi ukm riset teknologi negara
    health education energy transport transportation justice home labour labor agriculture
    environment treasury commerce housing culture interior communications communication
    security intelligence science sports tourism pangan corporate affairs
    """.split()
)
# Indonesian kinds of place and facility that open a place's name (“Stadion Sumpah Pemuda”,
# “Pasar Tradisional”, “Kepala Puskesmas Kadupandak Suryana”, “UNESCO Global Geopark”): no
# part of a person's name, and the capitalised word right after them names the place.
FACILITY_WORDS: Final = frozenset(
    "stadion pasar geopark pantai pulau gunung sungai danau puskesmas masjid gereja pura "
    "candi stasiun pelabuhan jembatan bendungan waduk curug teluk kampung dusun ponpes "
    "lapas rutan dapur".split()
)
# Indonesian kinds of place that open a place's name (“Distrik Heram”, “Jalan Flamboyan
# Raya”, “Jl. Majapahit”, “Desa Ciwaru”): a cast member opening so is no person, never whom
# “katanya” points to (``People.no_person``)
ID_PLACE_HEADS = frozenset(
    "distrik desa kecamatan kabupaten kelurahan kampung dusun jalan jl jalur gang gg "
    "perumahan kompleks komplek provinsi pulau gunung sungai danau teluk pantai".split()
)
# English heads of a place's or a building's name (“Japan National Stadium”, “Kibbutz
# Be'eri”, “Dhaka Cantonment”, “Pegasus Reef”): no person, so never who “he” or “she” is
# (``People.is_body``); words that are also surnames (Hall, Park, Street, Church) left out
EN_FACILITY_WORDS = frozenset(
    "stadium arena kibbutz cantonment reef hospital museum cathedral mosque synagogue "
    "boulevard avenue highway motorway expressway resort mall campus prison".split()
)
# … and the kinds of place that end one (“Harbour Street”, “Kabul Province”): a name of two
# words or more ending so is no person either (``People.add_person``; “Street” only last:
# “Picabo Street” aside, no name ends so)
EN_PLACE_KINDS: Final = EN_FACILITY_WORDS | frozenset(
    "street road square airport province district county governorate municipality".split())
# “the town of Maple”, “the province of Andalucia”: the name after “of” is the place.
EN_PLACE_OF = frozenset(
    "town city village province district county region state island capital suburb "
    "neighbourhood neighborhood municipality kingdom".split()
)
# English prepositions of place: a name right after them (“residents in Maple said”, “a
# meeting at the party office in Gulshan, confirmed …”) is where, not who.
EN_PLACE_PREPOSITIONS = frozenset("in from near on outside inside across".split())
# … and with Indonesian “di” (“Warga di Cibubur mengatakan”, “Hery Asso, mewakili tokoh
# Papua di Jayapura, mengungkapkan”: the name after it is where, never who speaks)
PLACE_PREPOSITIONS = EN_PLACE_PREPOSITIONS | {"di"}
# A nationality written as a noun after "the" (“…,” the Spaniard said.; “the Argentine
# added”): sports and world news call a person so after naming them. Each noun with the
# words that tie a named person to it (``attribution._demonym_speaker``): the noun, the
# adjective and the country, whole words (“India” must not tie “Indiana governor Tom Vale”,
# nor “Norway” “Norwich City manager Tom Vale”). Not the nouns that are also given names
# or surnames (Pole, Finn, Dane, Scot, Brit).
EN_DEMONYM_NOUNS: dict[str, tuple[str, ...]] = {
    "Spaniard": ("Spaniard", "Spanish", "Spain"), "Frenchman": ("Frenchman", "French", "France"),
    "Frenchwoman": ("Frenchwoman", "French", "France"),
    "Dutchman": ("Dutchman", "Dutch", "Netherlands", "Holland"),
    "Dutchwoman": ("Dutchwoman", "Dutch", "Netherlands", "Holland"),
    "Briton": ("Briton", "British", "Britain", "UK", "U.K."),
    "Englishman": ("Englishman", "English", "England"),
    "Englishwoman": ("Englishwoman", "English", "England"),
    "Scotsman": ("Scotsman", "Scottish", "Scotland"),
    "Scotswoman": ("Scotswoman", "Scottish", "Scotland"),
    "Welshman": ("Welshman", "Welsh", "Wales"), "Welshwoman": ("Welshwoman", "Welsh", "Wales"),
    "Irishman": ("Irishman", "Irish", "Ireland"), "Irishwoman": ("Irishwoman", "Irish", "Ireland"),
    "Swede": ("Swede", "Swedish", "Sweden"), "Serb": ("Serb", "Serbian", "Serbia"),
    "Croat": ("Croat", "Croatian", "Croatia"), "Turk": ("Turk", "Turkish", "Turkey", "Türkiye"),
    "Argentine": ("Argentine", "Argentinian", "Argentina"),
    "Argentinian": ("Argentine", "Argentinian", "Argentina"),
    "Australian": ("Australian", "Australia"), "Austrian": ("Austrian", "Austria"),
    "German": ("German", "Germany"), "Italian": ("Italian", "Italy"),
    "Brazilian": ("Brazilian", "Brazil"), "Portuguese": ("Portuguese", "Portugal"),
    "American": ("American", "U.S.", "US", "United States"), "Canadian": ("Canadian", "Canada"),
    "Mexican": ("Mexican", "Mexico"), "Colombian": ("Colombian", "Colombia"),
    "Chilean": ("Chilean", "Chile"), "Uruguayan": ("Uruguayan", "Uruguay"),
    "Norwegian": ("Norwegian", "Norway"), "Belgian": ("Belgian", "Belgium"),
    "Swiss": ("Swiss", "Switzerland"), "Greek": ("Greek", "Greece"),
    "Russian": ("Russian", "Russia"), "Ukrainian": ("Ukrainian", "Ukraine"),
    "Japanese": ("Japanese", "Japan"), "Chinese": ("Chinese", "China"),
    "Kenyan": ("Kenyan", "Kenya"), "Nigerian": ("Nigerian", "Nigeria"),
    "Ghanaian": ("Ghanaian", "Ghana"), "Ethiopian": ("Ethiopian", "Ethiopia"),
    "Jamaican": ("Jamaican", "Jamaica"), "Indian": ("Indian", "India"),
    "Pakistani": ("Pakistani", "Pakistan"), "Egyptian": ("Egyptian", "Egypt"),
    "Moroccan": ("Moroccan", "Morocco"), "Czech": ("Czech", "Czechia"),
    "Hungarian": ("Hungarian", "Hungary"), "Romanian": ("Romanian", "Romania"),
    "Kiwi": ("Kiwi", "New Zealand", "New Zealander"),
}
# A party member written as a noun after "the", after a state or a town or alone (“…,” the
# Texas Republican said.; “the New York Democrat added”; “the Vermont independent”; “the
# Tory said”): each noun with the words that tie a named person to the party and the
# letter of its US tag (“Sen. Ann Lee (R-Texas)”, “Tom Vale, D-N.Y.,”), if any
# (``attribution._party_speaker``).
EN_PARTY_NOUNS: dict[str, tuple[tuple[str, ...], str]] = {
    "Republican": (("Republican", "GOP"), "R"), "Democrat": (("Democrat", "Democratic"), "D"),
    "independent": (("independent", "Independent"), "I"),
    "Tory": (("Tory", "Conservative"), ""), "Conservative": (("Conservative", "Tory"), ""),
}
# Places and organisations whose capitalised words must not be read as personal names.
GEO_WORDS: Final = frozenset(
    """
    rusia as amerika serikat indonesia ri ukraina china tiongkok jepang inggris prancis
    perancis jerman eropa uni soviet sovyet korea utara selatan india iran irak israel
    palestina gaza suriah turki arab saudi mesir malaysia singapura filipina thailand
    vietnam australia kanada meksiko brasil afrika barat timur tengah asia pasifik
    jakarta moskow washington beijing london paris kyiv kiev brussel brussels tokyo
    bandung surabaya medan yogyakarta semarang makassar bali jawa sumatera kalimantan
    sulawesi papua nusantara polandia hungaria ceko republik baltik krimea donbass
    russia russian american america united states us u.s. uk u.k. britain british
    ukraine ukrainian chinese japan japanese germany german france french europe european
    north south east west middle eastern western asian african nato un pbb eu asean
    indonesian jakarta's moscow kremlin pentagon beijing's kabupaten kecamatan kelurahan
    provinsi spanyol italia belanda belgia swiss portugal brasil argentina kolombia
    timor leste nugini lanka libanon lebanon yordania qatar kuwait myanmar kamboja laos
    brunei pakistan bangladesh afganistan nepal mongolia selandia
    meksiko selandia irlandia skotlandia norwegia swedia denmark finlandia austria yunani
    mesir nigeria kenya qatar yordania lebanon pakistan bangladesh kamboja myanmar laos
    taiwan hongkong spain italy netherlands dutch belgium switzerland swiss brazil
    argentina colombia mexico canada zealand ireland scotland wales norway sweden
    denmark finland austria greece turkey egypt nigeria kenya lebanon pakistan
    cambodia taiwan california texas florida york pacific
    cuban mexican canadian spanish italian irish scottish welsh australian pakistani
    iranian iraqi israeli palestinian syrian turkish egyptian saudi korean vietnamese
    filipino brazilian argentine colombian venezuelan latino hispanic
    """.split()
) | frozenset(
    # the rest of the world's states, Indonesian and English spellings (“Presiden Ghana John
    # Dramani Mahama”, “PM Slovakia Robert Fico”); not those that are also given names or
    # surnames (Georgia, Jordan, Chad, Togo, Mali, Salvador, Costa, Sierra, Leone, Gading)
    """
    venezuela kuba cuba chili chile peru ekuador ecuador bolivia paraguay uruguay panama
    haiti jamaika jamaica bahama bahamas honduras guatemala nikaragua nicaragua
    maroko morocco aljazair algeria tunisia libya sudan etiopia ethiopia eritrea somalia
    djibouti uganda tanzania rwanda burundi kongo congo angola zambia zimbabwe mozambik
    mozambique madagaskar madagascar namibia botswana malawi lesotho eswatini senegal
    ghana liberia guinea benin niger burkina faso kamerun cameroon gabon mauritania
    yaman yemen oman bahrain emirat emirates uea uae afghanistan tajikistan uzbekistan
    kazakhstan kirgistan kyrgyzstan turkmenistan azerbaijan armenia belarus moldova
    rumania romania bulgaria serbia kroasia croatia slovenia slovakia bosnia herzegovina
    montenegro albania makedonia macedonia kosovo lituania lithuania latvia estonia
    islandia iceland luksemburg luxembourg monako monaco malta siprus cyprus hungary
    poland czech maladewa maldives bhutan vatikan vatican fiji samoa tonga vanuatu
    kiribati palau nauru tuvalu
    """.split()
) | frozenset(
    # the demonyms a name may carry glued before it (“Greek Emmanouil Karalis”, “said
    # Greek pole vaulter …”): not those that are also given names (Christian, Adrian)
    """
    greek thai czech polish swedish danish finnish norwegian portuguese belgian austrian
    hungarian romanian bulgarian serbian croatian slovak slovenian bosnian albanian
    lithuanian latvian estonian icelandic maltese cypriot moroccan algerian tunisian
    libyan sudanese ethiopian eritrean somali ugandan tanzanian rwandan congolese angolan
    zambian zimbabwean namibian ghanaian liberian senegalese cameroonian kenyan nigerian
    yemeni omani emirati qatari kuwaiti bahraini jordanian afghan uzbek kazakh armenian
    azerbaijani bangladeshi nepali nepalese lankan malaysian singaporean indonesian
    burmese cambodian laotian mongolian fijian samoan tongan papuan guinean
    vanuatuan chilean peruvian ecuadorian bolivian paraguayan uruguayan
    panamanian haitian jamaican honduran guatemalan nicaraguan bahamian
    """.split()
) | frozenset(noun.lower() for noun in EN_DEMONYM_NOUNS)  # (“Frenchman Tom Vale said”)
ORG_WORDS: Final = frozenset(
    """
    gedung putih kementerian kemenlu kemlu kemenkeu kemendagri kemenkes badan lembaga
    komisi dewan majelis partai kantor berita pusat universitas institut sekolah bank
    pt tbk perusahaan markas besar mabes polda polres polri tni dpr dpd mpr kpk bpk bi
    ojk bps bmkg bnpb pemerintah pemprov pemkot pemkab pemdes pemda mahkamah pengadilan kejaksaan
    kepolisian blok fraksi koalisi aliansi organisasi yayasan rumah sakit rs panti
    white house ministry department agency office council committee commission unit
    university institute bank corp inc ltd co company group party court police
    parliament congress senate news times post journal reuters ap afp associated press
    bloomberg cnn bbc guardian voice federal reserve fed fund monetary imf world
    organization organisation union association agency's ministry's foundation dinas
    industrial kawasan holding grup airports airport bandara nations brimob league liga
    trust society federation alliance network forum centre center authority coalition
    charity chronicle gazette herald tribune telegraph magazine
    command bureau administration government embassy consulate secretariat directorate
    kremlin pentagon vatican force centers centres service services
    kelompok paguyuban asosiasi himpunan perhimpunan ikatan persatuan perkumpulan
    koperasi sanggar serikat gabungan panitia cabinet direktorat sekretariat otoritas
    federasi
    kejagung kejati kejari jampidsus jampidum jamintel jamdatun jamwas bareskrim kemenag
    kemensos kemenpora kemendikbud kemendikbudristek kemenkominfo kominfo kemenhub
    kemenperin kemendag kementan kemnaker kemenaker kemenparekraf kemenkumham kemenko
    bappenas polhukam polkam marves kumham imipas menkopolhukam
    bappeda bapenda bawaslu basarnas bulog baznas bapanas dinkes disdik dishub diskominfo
    disdukcapil dispendukcapil disnaker disperindag dispora dispar disparbud distan disperkim
    satpol damkar lapas rutan polsek polresta polrestabes kodim koramil korem kodam lanud
    lanal lantamal kanwil ditjen ditreskrimum ditreskrimsus ditresnarkoba ditlantas
    satreskrim satlantas satnarkoba kemenhan kemhan kemendes kemenpan kemenpar kemenkop
    kemenlhk kemensetneg setneg setda setwan kesbangpol bakesbangpol inspektorat
    parishad andolan morcha sangh samiti sabha jamaat jamiat
    """.split()
)
# Indonesian function words and set openers that begin a sentence before a name (“Bagi
# Iyung, menyembelih hewan …”, “Apakah Jeff Bezos …?”, “Sosok Bruno Fernandes …”, “Nama
# Kirana Larasati …”) or stand alone as its subject (“Beberapa …”, “Terlihat …”,
# “Termasuk mengeluhkan …”): never a given name. (Not “salah”, “demi”, “antara”: Mohamed
# Salah, Demi Lovato, ANTARA.)
ID_OPENING_WORDS = frozenset(
    """
    bagi apa apakah siapa siapakah mengapa kenapa bagaimana kapan bisakah mampukah akankah
    benarkah sanggupkah mungkinkah haruskah perlukah adakah hanya seperti tentang terhadap
    kepada tanpa selama soal usai jelang pasca berkat melalui lewat para beberapa sejumlah
    seluruh semua setiap tiap banyak sebagian seorang sebuah nama sosok terlihat tampak
    termasuk
    """.split()
)
# Forms of address and titles written before a name, never part of it (and Nigerian
# chieftaincy and pilgrimage titles, “Asiwaju Bola Tinubu”, “Alhaji Atiku Abubakar”; a
# Hindu priest's “Pundit”; “Ayatollah Ali Khamenei”; the Acehnese scholar's “Tgk”/“Teungku”,
# “Tgk Hasan Basri”)
HONORIFICS: Final = frozenset(
    "mr mrs ms miss sir lord dame baroness pak bu bapak ibu raden "
    "asiwaju alhaji alhaja otunba pundit pandit ayatollah tgk teungku "
    # (“ujar Mbah Waji”: grandfather, an address, never a given name)
    "mbah".split())
# English posts somebody holds in an institution (“the governor said”, “the spokesman
# said”): the one person a story is about holds such a post only where the article says so
# (attribution._post_of), and one the article gives nobody is somebody unnamed
# (cast._untied_posts)
EN_POSTS = frozenset(
    "governor mayor minister sheriff prosecutor spokesman spokeswoman spokesperson official "
    "commissioner superintendent chairman chairwoman coroner chief".split())
# What English news writes before a name to say what the person is or was, capitalised
# when it opens the sentence (“Physicist Ann Lee said …”, “Former Tom Vale told …”,
# “Rookie Jo Kim scored …”), and the traditional, party and church titles of West African
# press (“Comrade Tom Vale”, “Oba Ann Lee”, “Evangelist Jo Kim”; also surnames: “Chidi
# Igwe”, “Chinedu Eze”): never part of the name (``names.split_phrase``); a surname
# still (“Adam Driver”, “Tom Critic”). Not offices (ROLE_WORDS): “a supporter said” is no
# reference to a named person, and a role that matches nobody in the cast gives no
# speaker (“claimed the demographer”), where these leave the sentence to the other rules.
EN_EPITHETS = frozenset(
    """
    broadcaster anchor physicist epidemiologist virologist psychiatrist veterinarian
    demographer pollster commentator correspondent theologian philosopher barrister
    solicitor coroner diplomat trooper soldier pilot accountant billionaire tycoon boss
    model driver vendor publisher exec showrunner playwright screenwriter sculptor pianist
    vocalist conductor comic skipper winger wrestler jockey trainer breeder rookie
    playmaker full-back wing-back fullback flanker scrum-half fly-half batter shortstop
    linebacker receiver catcher mountaineer climber explorer astronaut cosmonaut principal
    provost supporter critic opponent victim
    former acting interim outgoing incoming retired longtime fellow team-mate
    comrade oba igwe eze nze mazi ogbuefi hajia hajiya evangelist apostle prophet
    deaconess venerable
    """.split()
)
# English months (some are given names too: April, May, June, August): before a day's
# number they are a date, never a name (“Justice Kerr's August 19 ruling”)
EN_MONTHS: Final = frozenset(
    "january february march april may june july august september october november "
    "december".split())
# Indonesian months, with the older spellings still in print (Nopember, Pebruari); some are
# given names too (Juni, Mei, Agustus)
ID_MONTHS = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "nopember pebruari".split())
# Capitalised words that start sentences or mark time, never names (the honorifics too).
# Number words too (“Nine others were rescued.” is no person a later “she told” points
# to), but not “ten”, a Dutch name's particle (“Ten Hag said”). English prepositions and
# conjunctions that open a sentence with no comma before a name (“Unlike Ann Lee, …”,
# “Near Kumasi, farmers …”, “Once Tom Vale left, …”): the name's first word otherwise.
# Indonesian function words (“yang”, “dan”, “sang”): never a name in Indonesian text;
# in English some are names (“Bowen Yang”, “Dan Rather”: names.EN_ID_NAMES)
ID_FUNCTION_WORDS = frozenset(
    """
    di ke dari pada dalam untuk namun sementara itu menurut kemudian meski meskipun
    tetapi tapi dan atau yang ini ia dia mereka kami kita saya selain sebelumnya
    sedangkan sejak hingga saat ketika jika bila adapun bahkan karena sebab oleh
    senin selasa rabu kamis jumat sabtu minggu pekan lalu sang
    """.split()
)
NOT_NAME_WORDS: Final = ID_OPENING_WORDS | HONORIFICS | ID_FUNCTION_WORDS | frozenset(
    """
    the a an on in at but and or of for to by with from as if when while after before
    this that these those it its he she they we i you his her their our my
    another both either neither each several ask meet
    two three four five six seven eight nine eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred hundreds thousands millions dozen dozens scores
    monday tuesday wednesday thursday friday saturday sunday
    january february march september october november december
    januari februari maret oktober desember
    foto editor wartawan baca juga klik
    rp usd idr us$
    pasalnya sebelumnya akibatnya selanjutnya sementara lanjut menurutnya adapun lebih
    selain bahkan padahal meski setelah sebab karena jadi maka kini dikutip dilansir
    mengutip berdasarkan terpisah diketahui sebagai apalagi sehingga tak tidak hal
    however meanwhile still also but so together contrary instead later earlier yesterday top
    likewise otherwise nevertheless nonetheless moreover furthermore therefore consequently
    additionally similarly hence thus
    today now then here there what why how who asked according although though because
    since during despite following amid it’s it's i’m i'm we’re we're they’re they're
    that’s that's dijelaskan disampaikan dikatakan diungkapkan ditegaskan dikutip
    disebut disebutkan ditambahkan diterangkan dituturkan diakui wilayah daerah non
    is are was were be been has have had do does did will would can could should may
    might must
    publik deklarasi terlebih nomor
    terakhir akhirnya pertama kedua ketiga keempat kelima keenam berikutnya sesudahnya
    setelahnya awalnya intinya singkatnya sebaliknya walau walaupun
    firstly secondly thirdly lastly
    near outside across inside around beyond along throughout behind within toward towards
    among amongst unlike like besides beside between upon via until unless whereas whether
    without against alongside once yet only
    """.split()
)
# Words that stand for a body already named: “kata agensi itu”, “the company said”.
BODY_ANAPHORS = frozenset(
    "agensi perusahaan company firm developer agency organisasi organization organisation "
    "lembaga klub club startup produsen manufacturer retailer".split()
)
# Forms of address that open a short form (“Gus Yahya” for Yahya Cholil Staquf) but may
# also be a first name (Gus Bilirakis): dropped only when the whole does not match.
ADDRESS_WORDS: Final = frozenset(
    "gus kh hj kiai kyai ustaz ustadz cak kang mbak mas bung habib syekh syeikh buya"
    # (regional and religious forms of address before a full name: “Daeng Budi Santoso”,
    # “Mbah Budi Santoso”, “Romo Budi Santoso”, “Abuya Budi Santoso”)
    " bang kak uda ajo daeng ompung opung mbah eyang nyi datuk abuya ajengan romo nyai".split()
)
NAME_PARTICLES: Final = frozenset(
    "bin binti van von de der den da al el la le du dos ibn abu".split())

# Small function words the phrase readers step over or stop at.
PREPOSITIONS = frozenset(
    "of from in at for with near to on dari di ke pada dalam untuk dengan".split()
)
# Words that open a subordinate clause before the subject: “While Rep. Raskin spoke, …”.
SUBORDINATORS = frozenset(
    "while when as after although though because since if before once saat ketika "
    "sementara meski meskipun setelah sebelum karena jika walau".split()
)
# Adverbs and auxiliaries between a name and its verb: “Lavrov juga mengatakan”.
# Indonesian words of aspect and focus between a subject and its speech verb (“Ia sempat
# berkata, …”, “Hallgrimsson lantas menegaskan, …”, “Dia bahkan mengatakan …”)
ID_ADVERBS = frozenset(
    "juga pun pula kemudian lalu lantas kembali sempat pernah bahkan sudah telah masih "
    "tetap akhirnya langsung justru".split()
)
ADVERBS = ID_ADVERBS | frozenset("also later again then has had have would will".split())
# English words between a subject and its speech verb (“He also said,”, “…,” Rahman further
# said., “she later added”): the subject still speaks (with the “-ly” adverbs,
# ``names.lowercase_adverb``)
EN_ADVERBS = frozenset(
    "also later again then further additionally subsequently earlier previously once "
    "has had have would will".split()
)

# English nouns for what was put out, not said (“a statement from his office said”): its
# owner speaks, named elsewhere in the sentence, not somebody unnamed
EN_STATEMENTS = frozenset(
    "statement statements release letter post posts tweet message report email".split())

# The US states by their names (“the Louisiana senator”, “the New York Democrat”)
US_STATES: Final = frozenset((
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming").split()) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
