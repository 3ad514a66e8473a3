"""The vocabulary the checker reads text with, declared once.

Word lists shared by more than one module live here, as data: calendar names (taken from the
standard library's ``calendar``, in English), speech verbs, titles, negators, function words,
the nouns that count people in general, and the parts of the day. A module that needs one of
them imports it from here, so "said" is a speech verb everywhere or nowhere. Lists used by a
single module stay beside the code that reads them (the attitude verbs in ``statements``, the
currencies and units in ``quantities``), each named and documented there.
"""

from __future__ import annotations

import calendar
import re

import snowballstemmer

# Calendar names in English, whatever the machine's locale: ``calendar.month_name`` follows the
# C locale unless a program changes it, which the checker never does.
_MONTH_NAMES = [calendar.month_name[i].lower() for i in range(1, 13)]
_MONTH_ABBRS = [calendar.month_abbr[i].lower() for i in range(1, 13)]
MONTHS: dict[str, int] = {
    **{a: i + 1 for i, a in enumerate(_MONTH_ABBRS)},
    **{n: i + 1 for i, n in enumerate(_MONTH_NAMES)},
}
MONTHS["sept"] = 9  # a common abbreviation the calendar module does not list
WEEKDAYS: dict[str, int] = {
    **{calendar.day_abbr[i].lower(): i for i in range(7)},
    **{calendar.day_name[i].lower(): i for i in range(7)},
    "tues": 1,
    "thurs": 3,
}
# The full names as written, capitalised, each a pattern's alternation ("January|February|...",
# "Monday|Tuesday|..."): in text, a capital tells the month "May" from the verb.
MONTH_NAMES_ALT = "|".join(calendar.month_name[1:])
WEEKDAY_NAMES_ALT = "|".join(calendar.day_name)
# A month name or abbreviation as a pattern piece ("Sept.", "September").
MONTH_PATTERN = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Verbs that introduce reported speech. Used to find a quote's speaker, a name's slot, and
# whose figure or view a clause reports.
SPEECH_VERBS = frozenset(
    "said says told tells added adds stated insisted insists concluded noted explained warned cried wrote "
    "argued claimed denied confirmed announced declared acknowledged admitted replied asked urged "
    "stressed emphasised emphasized recalled described remembered recounted posted tweeted shouted "
    "whispered joked quipped continued conceded concedes admits explains notes warns vowed cautioned "
    "remarked observed boasted complained countered responded commented "
    # The tabloid's and the sports page's verbs of saying: '"Nobody believed in him," grinned Bianchetti'.
    "grinned beamed smiled laughed chuckled sighed gushed fumed raged blasted slammed sobbed snapped "
    "roared yelled screamed pleaded begged reflected mused thundered bellowed growled barked hissed".split()
)
# Verbs of saying whose object is the hearer ("told the hall", "warned the crowd", quotes).
ADDRESSEE_VERBS = ("told", "tells", "tell", "warned", "warns", "urged", "urges", "reminded", "assured", "informed")
# Verbs whose object is a person the words are about or for, not their speaker: "the President-elect
# thanked Weah 'for being gracious'" (quotes). Not "quoted" or "cited", whose object is the speaker.
PERSON_OBJECT_VERBS = frozenset(
    "thanked praised congratulated hailed welcomed saluted criticised criticized blamed accused attacked "
    "slammed rebuked condemned mocked urged thanks praises congratulates hails welcomes salutes "
    "criticises criticizes blames accuses attacks slams rebukes condemns mocks urges".split()
)
SPEECH_PATTERN = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|says?|tell|add)\b", re.IGNORECASE)

# How local money is written before a figure, as the folded text has it (the sign "₦" folds to
# "N", "₹" to "Rs", "₱" to "P", "₩" to "W"). Read only for a claim in that currency: alone, "N95"
# or "R2" are no money.
CURRENCY_PREFIXES: dict[str, tuple[str, ...]] = {
    "IDR": ("Rp",),
    "NGN": ("N",),
    "TZS": ("TSh", "TShs", "Sh", "Shs"),
    "KES": ("KSh", "Ksh", "KShs", "Sh", "Shs"),
    "UGX": ("USh", "UShs", "Sh", "Shs"),
    "ZAR": ("R",),
    "BDT": ("Tk", "Rs"),  # "৳" folds to "Rs"
    "INR": ("Rs", "Rs."),
    "PKR": ("Rs", "Rs.", "PKR"),
    "LKR": ("Rs", "Rs.", "LKR"),
    "NPR": ("Rs", "Rs.", "NPR"),
    "PHP": ("P", "PHP"),
    "KRW": ("W", "KRW"),
    "MYR": ("RM",),
    "BRL": ("R$",),
    "ILS": ("NIS",),
    "SAR": ("SR",),
    "AED": ("Dh", "Dhs", "AED"),
    "MAD": ("Dh", "Dhs", "MAD"),
    "CNY": ("RMB", "Y"),  # "¥" folds to "Y", read as yen unless the claim is in yuan
    "HKD": ("HK$",),
    "SGD": ("S$",),
    "AUD": ("A$", "AU$"),
    "CAD": ("C$", "CA$"),
    "NZD": ("NZ$",),
    "MXN": ("MX$",),
    "GHS": ("GH", "GHS"),
    "TRY": ("TL",),
}

# Who gives a figure: a claim "according to the police estimate" is that source's figure, and an
# article's "organisers said 40,000 took part" another source's. Each form maps to one source.
FIGURE_SOURCES: dict[str, str] = {
    form: forms.split()[0]
    for forms in (
        "police",
        "organisers organizers organiser organizer",
        "union unions",
        "government",
        "ministry ministries",
        "authorities authority",
        "officials official",
        "agency agencies",
        "observatory",
        "survey",
        "institute",
        "rescuers rescuer",
        "hospital hospitals",
        "company",
        "opposition",
        "army military",
        "coastguard",
        "prosecutors prosecutor",
        "court",
        "activists activist",
        "residents",
        "witnesses witness",
    )
    for form in forms.split()
}

# Other shocks than a quake's main one, and the words for the main one.
AFTERSHOCK_WORDS = ("aftershock", "aftershocks", "foreshock", "foreshocks")
MAIN_SHOCK_WORDS = ("quake", "earthquake", "tremor", r"main\s*shock")

# Titles before a name: "Mayor Vital" stands in a name slot as "Marta Vital" does.
TITLES = frozenset(
    "mr mrs ms miss dr prof professor president minister judge justice gov governor sen senator rep "
    "chancellor general gen chief sir dame lord lady mayor commissioner secretary ambassador premier "
    "officer inspector detective sergeant captain colonel coach manager ceo chairman chairwoman "
    "king queen prince princess emperor empress sultan emir sheikh "
    # (Church titles and party labels stand before a name as titles do: "Cardinal Parolin",
    # "fellow Republican DeSantis".)
    "cardinal bishop archbishop pope rev reverend imam rabbi pastor "
    "republican democrat labour tory conservative liberal".split()
)

# Offices a person's alias may name with "of": "Duke of Sussex", "Speaker of the House", "Head of the
# IMF" are people, unlike "Golden Stallion of Yennenga".
OFFICE_WORDS = frozenset(
    "duke duchess earl count countess baron speaker leader head director father mother chief prime "
    "member chair deputy vice governor secretary minister president king queen prince princess".split()
)

# Words that negate the clause they stand in.
# Counts written as words, "one" to "hundred": figures read from words (quantities, with "zero" and
# the scales), spoken hours and spelled key terms (keyterms), a toll's rise ("rose to seven", dates).
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
).split()
NEGATORS = frozenset("not n't no never neither nor without none nothing nobody cannot nowhere".split())

# Function words: they carry no content when words of two texts are compared.
STOPWORDS = frozenset(
    "a an the and or but of to in on at for by with from as is are was were be been being it its this that "
    "these those there their they we our us i me my you your he she him her his hers them so than then do "
    "does did have has had will would shall should can could may might must not no".split()
)

# Nouns that count people in general (GENERIC_PEOPLE): "174 people" does not tell one group of
# people from another. PLAIN_PEOPLE are those that say nothing of what befell them ("38 people"),
# unlike "dead" or "injured": as a cue, they tell a figure's claim less surely.
# What befell people, one group per outcome: "Six are confirmed dead, and nine others remain
# unaccounted for" sets the missing apart from the dead (quantities: "others" of another group).
OUTCOME_GROUPS = (
    frozenset("dead died killed deaths death bodies lives perished fatalities".split()),
    frozenset("injured hurt wounded injuries hospitalised hospitalized".split()),
    frozenset("missing unaccounted".split()),
    frozenset("rescued survived survivors saved evacuated".split()),
    frozenset("arrested detained held charged".split()),
)
PLAIN_PEOPLE = frozenset("people persons person individuals men women children adults civilians residents".split())
GENERIC_PEOPLE = PLAIN_PEOPLE | frozenset("victims lives bodies dead injured wounded".split())

# Things whose age is given like a person's ("a 16-year-old world record", "the 100-year-old
# bridge"): the figure is no one's age (figures, ``factcheck.quantities``).
AGED_THINGS = (
    "record",
    "records",
    "mark",
    "tradition",
    "law",
    "ban",
    "rule",
    "building",
    "bridge",
    "house",
    "church",
    "tree",
    "company",
    "firm",
    "business",
    "case",
    "dispute",
    "conflict",
    "war",
    "rivalry",
    "mystery",
    "treaty",
    "agreement",
    "plant",
    "factory",
    "mine",
    "dam",
    "ship",
    "vessel",
    "car",
    "aircraft",
    "plane",
    "network",
    "system",
    "policy",
)

# A figure of what someone wanted, not of what happened: "had demanded a rise of at least 12
# percent", "a target of 90 percent"; and of what is needed: "about 95% coverage is needed".
# (Not "proposed" or "offered": a government's offer is often the story's own figure.)
WANTED_WORDS = (
    "demanded",
    "demands",
    "demanding",
    "sought",
    "seeking",
    "seeks",
    "asked for",
    "asking for",
    "asks for",
    # "Her lawyers asked that she be given 18 months": what they asked the court for.
    "asked that",
    "requested",
    "calls for",
    "called for",
    "calling for",
    "wanted",
    "wants",
    "target",
    "targets",
    "targeted",
    "aims for",
    "aim of",
    "goal of",
    "hoped for",
    # "would need more than a thousand breeding females": what is needed, said before it (not
    # "needs", as often a noun: "humanitarian needs have soared").
    "will need",
    "would need",
)
NEEDED_WORDS = ("needed", "required", "recommended", "necessary")
# Words of an aim, said right before the figure's verb phrase with no clause between ("The mission
# had as requirement to bring only 60 grams", "its objective was to bring back 60 grams"): what was
# aimed at, not what came. Not across a comma or "and" ("beat its requirement and brought back 60").
AIM_WORDS = ("requirement", "requirements", "objective", "aimed to", "aims to", "aiming to")

# A photo caption opening a line ("Photo caption: ...", "Picture: ..."): it tells the moment of
# the picture, not of the event (lower-case pattern, for lower-cased text).
CAPTION = re.compile(r"\s*(?:photo(?:graph)?\s*caption|caption|photo|picture|image)\s*[:|\u2013-]")

# Parts of the day, each with the words that name it.
DAY_PARTS: dict[str, tuple[str, ...]] = {
    "night": ("night", "overnight", "nighttime", "night-time", "early hours", "small hours", "pre-dawn"),
    "midnight": ("midnight",),
    "morning": ("morning",),
    "dawn": ("dawn", "daybreak", "sunrise", "first light"),
    "midday": ("midday", "noon", "lunchtime"),
    "afternoon": ("afternoon",),
    "evening": ("evening",),
    "dusk": ("dusk", "sunset", "nightfall"),
}

# The hours each part of the day names, from its start to its end (past 24 for one that runs past
# midnight). Neighbours touch but do not overlap: "morning" and "early afternoon", or "around
# midday" and "morning", are two times a desk would correct. Overlapping parts ("dusk" and
# "evening", "dawn" and "morning") and modified neighbours ("late morning" and "early afternoon",
# whose spans keyterms widens towards each other) name one time.
DAY_PART_HOURS: dict[str, tuple[float, float]] = {
    "night": (21.0, 29.0),
    "midnight": (23.5, 24.5),
    "morning": (5.0, 11.75),
    "dawn": (4.5, 7.0),
    "midday": (11.75, 13.5),
    "afternoon": (12.0, 17.75),
    "evening": (18.0, 22.5),
    "dusk": (17.0, 21.0),
}
# How far "early" reaches back before a part's start ("early afternoon" only up to noon), and how
# far "late" reaches past its end ("late afternoon" into the evening); each half also reaches
# LATE_REACH_HOURS past the middle, so "late morning" and "early afternoon" share their edge.
EARLY_REACH_HOURS = 0.25
LATE_REACH_HOURS = 0.5

# Two clock times this many hours apart or less are one time given twice: "about 3:40 a.m." and
# "shortly before 4 a.m." (a rounding desks make, not a conflict).
CLOCK_SLACK_HOURS = 0.5
# Two clock times both given to the minute, neither a multiple of five ("2:21 pm", "2:12 pm"), are
# one time only this many minutes apart or less: neither is a rounding of the other.
PRECISE_CLOCK_MINUTES = 2

# What may follow a clock time and belongs to it: "at 14:52 GMT", "shortly after 9pm local time".
TIME_ZONES = ("local time", "GMT", "UTC", "CET", "CEST", "BST", "EET", "EEST", "EST", "EDT", "CST", "PST", "JST", "IST")

# Words before a bare 24-hour time ("at 14:52") that make it a time of day; without one, "15:12"
# may be a split time or a score.
CLOCK_WORDS = frozenset("at around about by before after until till from since shortly approximately roughly".split())

# "he" or "she": a person, who speaks a quote or holds a view (not an organisation, which is "it").
PERSONAL_PRONOUN = r"\b(?:he|she)\b"

# Nouns that say what sort of body a proper name is ("the Riga Regional Court", "the Ministry of
# Labour"): two names with the same one in a statement's sentence are two bodies of one sort, and
# one in place of the other is a swapped key term whatever the preposition before it ("appeal at
# the Court of Appeal" / "take the case to the Supreme Court").
INSTITUTION_HEADS = frozenset(
    "court tribunal ministry commission council university airport museum hospital agency institute "
    "party parliament assembly committee prosecutor stadium prison".split()
)
# Heads of the names of bodies that act, not places where things happen ("the Ministry of Culture",
# "the Senate"): in a place's slot they name who, not where (statements' key terms).
BODY_HEADS = frozenset(
    "ministry commission council party parliament assembly committee prosecutor senate congress "
    "department agency bureau authority directorate inspectorate government cabinet".split()
)
# Words that make a name an organisation's, not a person's ("State Mining Inspectorate", "Kustbevakningen
# Coast Guard", "Bank of Japan"), whatever its last word: a person is "he" or "she", these are "it".
ORGANISATION_WORDS = INSTITUTION_HEADS | frozenset(
    "inspectorate directorate authority service services office department bureau police guard army navy "
    "bank company corporation group board union federation association society foundation fund "
    "government administration secretariat organisation organization network station observatory".split()
)
# Legal forms ending a company's name ("Kallvik Logistics AB"); only as its last word ("Nguyen Co
# Thach", "Francisco Sa Carneiro" are people).
LEGAL_FORMS = frozenset("ltd inc plc gmbh ag oy ab sa spa llc co".split())

# Verbs of having or holding: a figure right after one is the size of something that stands
# ("Northgate has 1.8 million members", "the reservoir can hold 5.2 cubic kilometres", "employs
# about 9,400 staff"), not the count of what happened.
HOLDING_VERBS = frozenset(
    "has have employs employ employed keeps houses house represents represent represented numbers counts".split()
)

# Closed sets of alternatives: a statement's word from one of these, given in an article sentence
# that reports the statement as another word of the same set, is a swapped key term ("an orange
# storm alert" / "a yellow alert", "the third century AD" / "BC", "suspended the licence" /
# "revoked"). Only sets whose words rarely stand for anything else in a statement's sentence
# ("majority", "above", "indoor" do: "the majority of shareholders", "her outdoor season"). Words
# of one inner tuple name the same alternative (the UK's "amber" is the "orange" level elsewhere).
# Lower case; whole words; a capitalised one inside a name ("the Red Cross") is none.
CONTRAST_SETS: dict[str, tuple[tuple[str, ...], ...]] = {
    "warning level": (("green",), ("yellow",), ("orange", "amber"), ("red",), ("purple",)),
    "era": (("ad", "ce"), ("bc", "bce")),
    "licence action": (
        ("suspended", "suspends", "suspend", "suspension"),
        ("revoked", "revokes", "revoke", "revocation"),
    ),
    "throw": (("overarm",), ("underarm",)),
    "track": (("long-track",), ("short-track",)),
    "direction": (("northern",), ("southern",), ("eastern",), ("western",)),
}
# Words of those sets that count only in capitals: "AD" is an era, "ad" an advertisement.
CONTRAST_IN_CAPITALS = frozenset({"ad", "ce", "bc", "bce"})

# Words that make a measure another measure: "net profit" is not the operating profit,
# "annual revenue" not the quarter's. A figure whose cue carries one of these, when the claim's
# description does not, is another figure (figures, ``factcheck.quantities``).
MEASURE_QUALIFIERS = frozenset(
    "net gross operating pre-tax pretax underlying adjusted core annual annualised annualized quarterly "
    "monthly weekly daily average median".split()
)

# Scale words a claims file may write into a unit ("unit: million cubic metres", "CAD billion"): the
# value is read at that scale (the loader, ``factcheck.kinds.quantity``). Not "m" or "k": "m" is metres.
UNIT_SCALES = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}

# Parts of how a deal is paid for: "$21 billion of his own equity", "$25.5 billion in debt" are
# money of one part, not the deal's value (figures, ``factcheck.quantities``).
FUNDING_PARTS = frozenset("financing funding equity debt debts loan loans bonds credit".split())

# States whose count is always what is left of it ("12 are still missing", "still trapped"): a
# figure said with "still" before one is the count itself, not a remainder (quantities).
LASTING_STATES = ("missing", "unaccounted", "trapped", "held", "detained", "captive", "hostage", "buried", "lost")

# Words that hedge a statement: "said it appeared the only way was ..." puts forward what "suggested"
# does (statements: a plain report holding one of them fits a suggestion).
HEDGE_WORDS = frozenset(
    "appear appears appeared seem seems seemed may might could likely unlikely possibly probably perhaps "
    "apparently".split()
)

# Nouns of evidence: "no evidence that ..." denies the clause after it (statements).
EVIDENCE_NOUNS = frozenset("evidence indication indications sign signs suggestion proof trace hint".split())

# Subjects that hold no view: "nothing so far suggests a deliberate act", "the evidence suggests"
# state a finding, not a holder's suggestion (statements: "suggests" after one reads as a report).
EVIDENCE_SUBJECTS = EVIDENCE_NOUNS | frozenset(
    "nothing everything something little data findings results footage images analysis tests".split()
)

# Words a bare "m" stands before as metres (figures, ``factcheck.quantities``): lengths and races.
METRE_WORDS = frozenset(
    "tall long high wide deep away freestyle butterfly backstroke breaststroke medley relay hurdles sprint "
    "dash steeplechase race final world split turn mark stretch swim run".split()
)

# Nouns an ordinal stands before: "a third term", "a third consecutive title" count no share
# (figures read "a third" as a share only before other words, ``factcheck.quantities``).
ORDINAL_NOUNS = frozenset(
    "term terms time day year round place consecutive straight successive party wave phase stage attempt "
    "child game match title season week month night reading person country edition generation".split()
)

# The Snowball (Porter 2) English stemmer, declared once for every module that compares word forms
# (statements' content words, names' word forms); it runs PyStemmer's C code when installed.
_ENGLISH = snowballstemmer.stemmer("english")


def english_stem(word: str) -> str:
    """Return the Snowball English stem of a lower-case word ("forecasters" -> "forecast")."""
    return str(_ENGLISH.stemWord(word))


# Nouns of a report: a day right after one ("figures on Saturday showed", "a statement released on
# Monday") is the day of the report, perhaps not of the event it reports (dates, ``factcheck.dates``).
# (Not statements' own report nouns, ``factcheck.statements._REPORT_NOUNS``: those are what a view is
# put in, "claims that", "reports that".)
DOCUMENT_NOUNS = (
    "figures",
    "data",
    "statement",
    "statements",
    "report",
    "reports",
    "bulletin",
    "bulletins",
    "briefing",
    "briefings",
    "update",
    "updates",
    "tally",
    # Nouns of a saying: "The revelation on Thursday that the crash was deliberate".
    "announcement",
    "announcements",
    "revelation",
    "revelations",
    "disclosure",
)

# Nouns and verbs that put a quoted title right after them: 'the slogan "Renewed Hope"', 'a book
# titled "We Deny Nothing"'. The words of such a title are its wording, no one's stance.
TITLE_WORDS = frozenset(
    "slogan slogans banner motto title titled entitled called named dubbed headline headlined campaign "
    "pamphlet book books film song album programme program plan operation manifesto hashtag".split()
)
# Words of a prison term: a claim described with one ("prison term", "jail sentence") owns the
# others' durations ("jailed for 60 years", figures, ``factcheck.quantities``).
PRISON_WORDS = frozenset("prison jail jailed imprisoned imprisonment sentence sentenced term locked".split())

# English irregular verbs, each base form then its past forms: "did not win" negates what "won"
# says, which no stemmer joins (statements). A form that is also another word ("found", "left")
# is only ever added to the stems a word has, never put in their place.
_IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; bear bore borne; beat beaten; become became; begin began begun;
bend bent; bind bound; bite bit bitten; blow blew blown; break broke broken; breed bred; bring brought;
build built; buy bought; catch caught; choose chose chosen; cling clung; come came; creep crept;
deal dealt; dig dug; do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten;
fall fell fallen; feed fed; feel felt; fight fought; find found; flee fled; fly flew flown;
forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got gotten; give gave given; go went gone; grow grew grown; hang hung; have had; hear heard;
hide hid hidden; hold held; keep kept; know knew known; lay laid; lead led; leave left; lend lent;
lose lost; make made; mean meant; meet met; mislead misled; overtake overtook overtaken;
overthrow overthrew overthrown; pay paid; ride rode ridden; ring rang rung; rise rose risen; run ran;
say said; see saw seen; seek sought; sell sold; send sent; shake shook shaken; shoot shot;
shrink shrank shrunk; sing sang sung; sink sank sunk; sit sat; sleep slept; slide slid; speak spoke spoken;
spend spent; spin spun; stand stood; steal stole stolen; stick stuck; sting stung; strike struck stricken;
swear swore sworn; sweep swept; swim swam swum; swing swung; take took taken; teach taught; tear tore torn;
tell told; think thought; throw threw thrown; tread trod trodden; understand understood;
undertake undertook undertaken; uphold upheld; wake woke woken; wear wore worn; weave wove woven;
weep wept; win won; withdraw withdrew withdrawn; withhold withheld; write wrote written;
show shown; undergo underwent undergone; oversee oversaw overseen; light lit; overcome overcame;
foresee foresaw foreseen; prove proven; rebuild rebuilt; withstand withstood; mistake mistook mistaken;
bleed bled; grind ground; shine shone; slay slew slain; override overrode overridden; rewrite rewrote rewritten;
outrun outran; undo undid undone
"""
# The past forms of an irregular verb, from its base: a cue "beat" also finds "has beaten", and
# "win" finds "won" (cues inflect by suffix only). Not from a past form back: "struck" is a verb,
# "strike" as often a noun, and "lost" a fact where "expects to lose" is not.
VERB_FORMS: dict[str, tuple[str, ...]] = {
    forms[0]: tuple(forms[1:]) for forms in (entry.split() for entry in _IRREGULAR_VERBS.split(";"))
}
IRREGULAR_BASE: dict[str, str] = {
    form: forms[0] for forms in (entry.split() for entry in _IRREGULAR_VERBS.split(";")) for form in forms[1:]
}

# Groups that hold views of their own: "Prosecutors suspect he inflated the accounts" is the
# prosecutors' suspicion about him, not his view (statements).
VIEW_GROUPS = frozenset(
    "prosecutors police investigators detectives officials authorities critics analysts experts lawyers "
    "regulators auditors inspectors judges opponents rivals activists campaigners scientists researchers "
    "economists witnesses residents".split()
)

# The story's event, said with a noun of its own: "The tragedy happened on Thursday evening", "the
# accident occurred at about 7 a.m." (dates, ``factcheck.kinds.date``: a cue of the date claim whose
# cues name the event, when one alone does). The nouns, the verbs of their happening, and the words
# of a date claim's cues that make it the event's.
# ("the" or "this" before the noun: "A similar accident occurred on 3 March" is another; "incident"
# is as often a later clash or arrest of the same story.)
EVENT_NOUNS = (
    "the tragedy",
    "this tragedy",
    "the disaster",
    "this disaster",
    "the accident",
    "this accident",
    "the catastrophe",
    "the calamity",
    # A tabloid's words for it: "The nightmare unfolded on Monday", "the horror happened at dawn".
    "the nightmare",
    "this nightmare",
    "the horror",
    "the ordeal",
)
EVENT_HAPPENED = ("happened", "occurred", "took place", "struck", "unfolded")
EVENT_CUE_WORDS = frozenset(
    "crash crashed collapse collapsed caved explosion exploded explode blast blew fire blaze burned sank sink "
    "sinking capsized capsize derailed derailment erupted eruption earthquake quake stampede crush attack "
    "attacked shooting bombing bomb flood flooded landslide mudslide accident disaster tragedy struck "
    "hit".split()
)

# Words that name the same counted or dated thing, one family per line: a claim whose cues hold
# one word of a family is found by the others too ("taken into custody on Wednesday" for an arrest,
# "the slaughter of 58 people" for the killed). Only words that name no other thing of a story:
# "bill" (a law), "sentenced" (a day apart from the verdict), "years old" (anyone's age, or a
# plane's), "detained" (often a day before the arrest), "picked up" (an award, a trail, speed) and
# "displaced" (more than the evacuated) are no members.
CUE_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("killed", "slaughter", "massacred", "perished", "fatalities", "wiped out"),
    ("injured", "wounded", "hurt"),
    ("arrested", "apprehended", "nabbed", "taken into custody"),
    ("rescued", "pulled out alive", "brought out alive"),
    ("cost", "price tag"),
    ("fine", "penalty"),
    ("takeover", "took over", "taken over"),
    ("disclosed", "made public"),
    ("sentenced", "jailed", "caged", "locked up", "put behind bars"),
    ("collapsed", "caved in", "gave way"),
    ("crashed", "went down", "came down", "plunged", "ploughed into"),
)

# Words that hedge a figure written after them, as regex alternatives with the kind of hedge: a bound
# ("gt", "ge", "lt", "le"), a figure nearly reached ("nearly", "just-over") or a rounding ("approx").
# Quantities read a figure's interval by them; linking tells a rounded statement of a value by them.
QUALIFIERS_BEFORE: tuple[tuple[str, str], ...] = (
    (r"more than|over|above|upwards of|in excess of|exceeding|greater than|north of|well over", "gt"),
    (r"at least|no fewer than|no less than|a minimum of|minimum of|not less than", "ge"),
    (r"fewer than|less than|under|below|short of|well under|south of", "lt"),
    (r"up to|at most|no more than|as many as|a maximum of|maximum of|not more than", "le"),
    (r"nearly|almost|close to|just under|just shy of|approaching|not quite", "nearly"),
    (r"just over|just above|slightly more than|a little over|a little more than", "just-over"),
    (
        r"about|around|roughly|some|approximately|an estimated|estimated|circa|c\.|more or less|"
        # ("Turnout was barely 27 percent": the figure, said to be low.)
        r"an approximate|approx\.?|barely|scarcely|only just",
        "approx",
    ),
)
