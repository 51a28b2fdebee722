"""A generated syndication set: the same story carried by several outlets, as they do.

Each story is a few paragraphs built from sentence templates of our own with random
actors, places, sectors and figures. Each outlet's copy then changes it the way syndicating
sites do: its own header (title wording, date line, outlet marker, byline), the lede cut to
its first sentence, a paragraph dropped or one of its own added, a photo caption, and
spelling variants ("Viet Nam"/"Vietnam", "Ha Noi"/"Hanoi", names with diacritics).

    .venv/bin/python benchmarks/syndication.py          # precision, recall and time

``make_syndication_set`` is also what ``tests/test_stories.py`` scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEADERS = (
    ("Tran Minh Khoa", "Trần Minh Khoa"),
    ("Le Thi Hoa", "Lê Thị Hoa"),
    ("Nguyen Van Duc", "Nguyễn Văn Đức"),
    ("Pham Quoc Bao", "Phạm Quốc Bảo"),
    ("Do Thanh Son", "Đỗ Thanh Sơn"),
    ("Vu Hai Dang", "Vũ Hải Đăng"),
)
PARTNERS = (
    "Laos",
    "Cambodia",
    "China",
    "Japan",
    "India",
    "Cuba",
    "Russia",
    "the Republic of Korea",
    "Australia",
    "Indonesia",
    "Singapore",
    "Thailand",
    "France",
    "Germany",
    "Brazil",
    "South Africa",
    "Mozambique",
    "Mongolia",
    "Kazakhstan",
    "New Zealand",
)
SECTORS = (
    "trade",
    "investment",
    "education",
    "defence",
    "energy",
    "agriculture",
    "tourism",
    "health care",
    "science and technology",
    "transport",
    "culture",
    "labour",
    "finance",
    "digital transformation",
    "climate change response",
    "people-to-people exchange",
)
CITIES = ("Ha Noi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho", "Hue")
BODIES = (
    "the Party Central Committee's Commission for External Relations",
    "the Ministry of Foreign Affairs",
    "the National Assembly's Foreign Affairs Committee",
    "the Viet Nam Fatherland Front",
    "the Ministry of Industry and Trade",
    "the Ho Chi Minh National Academy of Politics",
)
TEMPLATES = (
    "{leader} received a delegation from {partner} led by its deputy minister of {sector} in {city} on {weekday}.",
    "Both sides reviewed progress since the last round of talks and noted that two-way {sector} had grown by {pct} percent.",
    "The guest conveyed greetings from the leaders of {partner} and thanked the hosts for their warm welcome.",
    "{leader} suggested that the two countries set up a working group on {sector} before the end of {month}.",
    "Officials from {body} briefed the delegation on the outcomes of the recent plenum.",
    "The two sides signed {n} memoranda of understanding covering {sector} and {sector2}.",
    "Speaking at the ceremony, the ambassador of {partner} said the partnership had entered a new stage.",
    "A joint statement issued after the meeting called for a roadmap on {sector} to be drafted within {n} months.",
    "Delegates visited an industrial park in {city} that employs some {workers} people.",
    "{leader} asked the ministries concerned to remove obstacles to {sector} projects worth {usd} million USD.",
    "The visit marked the {nth} anniversary of diplomatic relations between Viet Nam and {partner}.",
    "Participants agreed to hold the next session of the intergovernmental committee in {city2} next year.",
    "Experts at the seminar organised by {body} discussed lessons from {n} decades of renovation.",
    "According to figures from {body}, {n} agreements on {sector} are now in force.",
    "The delegation from {partner} also met students and lecturers at a university in {city}.",
    "{leader} stressed that Viet Nam consistently pursues a foreign policy of independence and self-reliance.",
    "The host side proposed scholarships for {workers} students from {partner} over the next {n} years.",
    "Both delegations exchanged views on regional issues and on cooperation within ASEAN forums.",
    "Local authorities in {city} pledged to support investors from {partner} in {sector}.",
    "The chairman of the friendship association presented a book on the history of ties with {partner}.",
    "The minister of {sector} of {partner} praised the results of the renovation process launched in 1986.",
    "A business forum on the sidelines drew more than {workers} companies from both countries.",
    "Representatives of {body} said preparations for the summit in {city2} were on schedule.",
    "The talks took place in a frank and friendly atmosphere, the statement said.",
    "{partner} is currently among the {n} largest sources of foreign direct investment in the country.",
    "The two parties will exchange theoretical delegations on building socialism every {n} years.",
    "Vice Chairwoman of the provincial People's Committee briefed guests on local plans for {sector}.",
    "An exhibition of {n} photographs on the history of bilateral ties opened in {city} the same day.",
    "Farmers' cooperatives in the Mekong Delta hope to export more rice and fruit to {partner}.",
    "The envoy pledged to work with {body} to bring the comprehensive partnership to a new height.",
    "Last year, bilateral trade reached {usd} million USD, up {pct} percent from a year earlier.",
    "Young diplomats from both ministries attended a training course on {sector} in {city2}.",
    "The delegation laid a wreath at the mausoleum and paid tribute to President Ho Chi Minh.",
    "Both sides reaffirmed their support for freedom of navigation and the settlement of disputes by peaceful means.",
    "Universities in {partner} have admitted about {workers} students from the country so far.",
    "The National Assembly Chairman hosted a banquet in honour of the visiting speaker from {partner}.",
    "{leader} briefed the guests on preparations for the next National Party Congress.",
    "A hotline between the two foreign ministries will be opened before the end of {month}.",
    "Airlines of the two countries plan to add {n} direct flights a week from {city}.",
    "The guest said {partner} valued the role of Viet Nam in the region and in multilateral forums.",
    "Border provinces agreed to open {n} more crossing points to ease the flow of goods.",
    "The meeting also discussed cooperation in searching for the remains of soldiers missing in action.",
    "A cultural week featuring traditional music and food from {partner} will be held in {city2}.",
    "Police forces of both sides will step up joint work against cross-border crime and trafficking.",
    "Researchers presented {n} papers on the party's foreign policy line at the workshop.",
    "The sister-city agreement between {city} and a port city of {partner} was renewed for {n} years.",
    "Bilateral labour cooperation now sends about {workers} workers abroad each year, officials said.",
    "The host thanked {partner} for its humanitarian aid after the storms that hit the central region.",
    "Both sides will coordinate closely at the United Nations and in APEC, the minister said.",
    "Trade promotion offices will open in {city} and in the capital of {partner} next year.",
    "Experts warned that climate change threatens food security across the Mekong sub-region.",
    "The agreement on avoiding double taxation will take effect from the first day of {month}.",
    "Veterans from both countries met to share memories of the years of struggle for independence.",
    "The two central banks discussed payments in local currencies to cut transaction costs.",
    "An online conference linked {n} provinces with partners from {partner} to promote {sector}.",
    "The visiting leader planted a tree at the friendship park in {city}.",
    "Both governments agreed to simplify visa procedures for business travellers and tourists.",
    "Officials said the first phase of the {sector} project would be completed within {n} months.",
    "The delegation toured a high-tech agriculture zone and a seaport in {city2}.",
    "Participants called for more translations of literary works between the two languages.",
)
HEADER_FORMS = (
    "{title}\n{date:%d/%m/%Y} {hh:02d}:{mm:02d}\n",
    "{outlet}\n{title}\n{date:%B %d, %Y}\n",
    "{title}\n\nPublished: {date:%Y-%m-%d}\n",
    "Home > Politics\n{title}\n{weekday}, {date:%d/%m/%Y} - {hh:02d}:{mm:02d}\nBy {byline}\n",
    "{title}\n{date:%d %B %Y} | {outlet}\n",
)
OUTLETS = (
    "VNA",
    "VietnamPlus",
    "Nhan Dan Online",
    "Viet Nam News",
    "VOV World",
    "Hanoi Times",
    "Vietnam Times",
    "The World & Vietnam Report",
    "Provincial Portal",
    "Tuoi Tre News",
)
MARKERS = ("Ha Noi (VNA) - ", "Hanoi (VNA) – ", "NDO - ", "VOV.VN - ", "", "HÀ NỘI — ")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class Article:
    """One generated file: its name, its text and the story it tells (gold)."""

    name: str
    text: str
    story: int


def _sentence(rng: random.Random, template: str) -> str:
    leader = rng.choice(LEADERS)[0]
    sector, sector2 = rng.sample(SECTORS, 2)
    city, city2 = rng.sample(CITIES, 2)
    return template.format(
        leader=leader,
        partner=rng.choice(PARTNERS),
        sector=sector,
        sector2=sector2,
        city=city,
        city2=city2,
        body=rng.choice(BODIES),
        weekday=rng.choice(WEEKDAYS),
        month=rng.choice(("June", "September", "the year", "the first quarter")),
        pct=rng.randint(3, 40),
        n=rng.randint(2, 12),
        nth=rng.choice(("30th", "45th", "50th", "60th", "75th")),
        workers=f"{rng.randint(2, 90) * 100:,}",
        usd=rng.randint(10, 900),
    )


def _story(rng: random.Random) -> list[str]:
    """Paragraphs of one story: 4-7 paragraphs of 2-3 sentences."""
    paragraphs = []
    for _ in range(rng.randint(4, 7)):
        templates = rng.sample(TEMPLATES, rng.randint(2, 3))
        paragraphs.append(" ".join(_sentence(rng, t) for t in templates))
    return paragraphs


def _respell(rng: random.Random, text: str) -> str:
    if rng.random() < 0.5:
        text = text.replace("Viet Nam", "Vietnam").replace("Ha Noi", "Hanoi")
    if rng.random() < 0.5:
        for plain, marked in LEADERS:
            text = text.replace(plain, marked)
    return text


def _copy(rng: random.Random, paragraphs: list[str], first: bool) -> list[str]:
    """One outlet's version of the story's paragraphs."""
    body = list(paragraphs)
    if first:
        return body
    edit = rng.choice(("lede", "drop", "add", "lede+drop", "none"))
    if "lede" in edit:
        body[0] = body[0].split(". ")[0].rstrip(".") + "."
    if "drop" in edit and len(body) > 3:
        del body[rng.randrange(1, len(body))]
    if edit == "add":
        body.insert(rng.randrange(1, len(body) + 1), " ".join(_story(rng)[0:1]))
    return body


def _file_text(rng: random.Random, paragraphs: list[str], title: str, when: dt.date) -> str:
    outlet = rng.choice(OUTLETS)
    header = rng.choice(HEADER_FORMS).format(
        title=title,
        date=when,
        hh=rng.randint(6, 22),
        mm=rng.randint(0, 59),
        outlet=outlet,
        weekday=WEEKDAYS[when.weekday() % 5],
        byline=rng.choice(LEADERS)[0].split()[-1] + " " + rng.choice(("Anh", "Minh", "Linh")),
    )
    body = list(paragraphs)
    body[0] = rng.choice(MARKERS) + body[0]
    if rng.random() < 0.5:
        body.insert(1, f"Delegates at the meeting in {rng.choice(CITIES)}. (Photo: {outlet})")
    footer = rng.choice(("", "VNA", f"Source: {outlet}", "Related news\nOther story one\n"))
    return _respell(rng, header + "\n" + "\n\n".join(body) + "\n\n" + footer + "\n")


def make_syndication_set(
    n_stories: int = 60, *, max_copies: int = 6, seed: int = 7
) -> list[Article]:
    """Files telling ``n_stories`` stories; about half of the stories are carried by 2 to
    ``max_copies`` outlets, the rest by one. Deterministic for a seed."""
    rng = random.Random(seed)
    articles = []
    start = dt.date(2019, 1, 1)
    for story in range(n_stories):
        paragraphs = _story(rng)
        copies = rng.randint(2, max_copies) if rng.random() < 0.5 else 1
        when = start + dt.timedelta(days=rng.randint(0, 1800))
        for copy in range(copies):
            title = rng.choice(("Viet Nam, ", "Vietnam and ", "Leaders of Viet Nam, ")) + (
                rng.choice(PARTNERS) + rng.choice((" boost ties", " agree to deepen cooperation"))
            )
            text = _file_text(
                rng,
                _copy(rng, paragraphs, first=copy == 0),
                title,
                when + dt.timedelta(days=rng.randint(0, 2) if copy else 0),
            )
            articles.append(Article(f"s{story:04d}_{copy}", text, story))
    return articles


def write_syndication_set(folder: Path, articles: list[Article]) -> None:
    """Write each article as ``<name>.txt`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article.name}.txt").write_text(article.text, encoding="utf-8")


def pair_scores(gold: dict[str, int], found: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping: over every pair of documents, found
    together vs. told the same story. (1.0, 1.0) when neither has a pair."""
    names = sorted(gold)
    true_pairs = {p for p in itertools.combinations(names, 2) if gold[p[0]] == gold[p[1]]}
    found_pairs = {p for p in itertools.combinations(names, 2) if found[p[0]] == found[p[1]]}
    hit = len(true_pairs & found_pairs)
    precision = hit / len(found_pairs) if found_pairs else 1.0
    recall = hit / len(true_pairs) if true_pairs else 1.0
    return precision, recall


def main(argv: list[str] | None = None) -> int:
    """Score near-duplicate grouping on a generated set and time it on a large corpus."""
    import tempfile

    from analysis.ingest.corpus import load_corpus
    from analysis.ingest.stories import group_stories

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--timing-corpus", type=Path, help="a folder of articles to time on")
    args = parser.parse_args(argv)
    articles = make_syndication_set(args.stories)
    with tempfile.TemporaryDirectory() as tmp:
        write_syndication_set(Path(tmp), articles)
        corpus = load_corpus(tmp, cache=False)
    found = dict(zip(corpus.documents["doc_id"], corpus.documents["story_id"], strict=True))
    gold = {a.name: a.story for a in articles}
    precision, recall = pair_scores(gold, found)
    print(f"syndication set: {len(articles)} files, {args.stories} stories")
    print(f"near-duplicate grouping: precision {precision:.3f}, recall {recall:.3f}")
    if args.timing_corpus:
        documents = load_corpus(args.timing_corpus).documents
        began = time.perf_counter()
        stories = group_stories(documents)
        took = time.perf_counter() - began
        print(
            f"group_stories on {len(documents):,} documents: {took:.1f} s, "
            f"{int((stories != documents['doc_id']).sum()):,} grouped with an earlier one"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
