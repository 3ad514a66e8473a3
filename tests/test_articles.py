from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.articles import decode, find_dateline, find_published, read_article
from factcheck.errors import ArticleError
from factcheck.text import fold_simple

from .conftest import SEEDS, doc


def test_reader_comments_and_furniture_are_not_checked():
    d = read_article(SEEDS / "004_7e7e3c935f1ec144.txt")
    assert "FSB lies" not in d.text
    assert "Other Topics of Interest" not in d.text
    assert "Sejourne concluded" in d.text  # real text after a furniture line is kept


@pytest.mark.parametrize(
    "line",
    [
        "See also  The first Russian soldier to be interrogated",
        "Read on",
        "Leave a Reply",
        "Home / News / In the world / Something",
        "Source link",
        "France,Russia,Russia Ukraine War,France Russia relations",
        "Your revocable consent to the transmission of personal data is necessary; you agree to cookies.",
    ],
)
def test_furniture_lines_are_dropped(line):
    d = doc(f"Headline here\n\nThe body of the story says something true.\n\n{line}\n")
    assert "body of the story" in d.text
    assert fold_simple(line)[:20] not in d.lower


def test_everything_after_comments_marker_is_cut():
    d = doc("Title of it\n\nThe mayor said 23 people died.\n\nComments (2)\nbob\n150 died actually.\n")
    assert "150" not in d.text


def test_line_wrapping_changes_nothing():
    one = doc("Title\n\nThe flood killed 23 people in the town on Thursday, officials said.\n")
    wrapped = doc("Title\n\nThe flood killed 23 people in\nthe town on Thursday,\nofficials said.\n")
    assert one.text == wrapped.text


def test_positions_point_into_the_original_file():
    d = doc("Title\n\nLine one of the body,\nwrapped onto Séjourné’s line.\n")
    at = d.text.index("Sejourne")
    assert d.position(at) == (4, 14)
    assert d.original(at, at + len("Sejourne's")) == "Séjourné’s"


def test_published_date_is_read_from_the_header():
    assert find_published("Title\n\n2024-04-08 22:51:46\n\nBody.") == dt.date(2024, 4, 8)
    assert find_published("Title\nBy Lucía Ferrer | 19 September 2025\n\nBody") == dt.date(2025, 9, 19)
    assert find_published("Title\n\nThe attack on March 22 killed 145 people.") is None
    # A live blog's date line: a line that opens with a date, with or without its weekday.
    assert find_published("Live: the quake\nMonday 10 November 2025 (all times local)\n\n06:10\nBody.") == dt.date(
        2025, 11, 10
    )
    assert find_published("Title\nNovember 10, 2025\n\nBody.") == dt.date(2025, 11, 10)
    assert find_published("March 5 quake kills 12 in the north\n\nBody.") is None


def test_decode_handles_bom_utf16_and_cp1252():
    assert decode("é".encode("utf-8-sig"), "a")[0] == "é"
    assert decode("Séjourné".encode("utf-16"), "a")[0] == "Séjourné"
    text, notes = decode("Séjourné said “no”, a café in Paris — the mayor’s view".encode("cp1252"), "a")
    assert "Séjourné" in text and notes


def test_binary_file_is_an_article_error(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02" * 1000)
    with pytest.raises(ArticleError, match="binary"):
        read_article(path)


def test_missing_article_is_named(tmp_path):
    with pytest.raises(ArticleError, match="nope.txt"):
        read_article(tmp_path / "nope.txt")


@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_an_article_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("b") / "a.txt"
    path.write_bytes(data)
    try:
        d = read_article(path)
    except ArticleError:
        return
    for s in d.sentences:
        line, column = d.position(s.start)
        assert line >= 1 and column >= 1


@pytest.mark.parametrize(
    "line",
    [
        "More from SnowDesk: Avalanche kills two in Valais | Norway raises avalanche alert in Troms",
        "Trending: Brazil lifts rates to 15% | Peru on hold | Argentina's peso slides",
        "Trending now: Louvre visitor numbers hit record 9 million",
    ],
)
def test_teaser_rows_and_trending_lines_are_furniture(line):
    from factcheck.boilerplate import is_dropped

    assert is_dropped(line)
    assert not is_dropped("The toll rose to 27 on Monday | officials said.")


def test_a_list_of_links_under_its_header_is_not_the_article():
    text = (
        "Smog ruling annulled\n\nThe court annulled the plan on Tuesday. The city exceeded the limit on 71 days.\n\n"
        "Related coverage:\n- EU air quality directive: what the new 2030 limits mean\n"
        "- Poland's programme relaunched\n\n"
        "More from ScreenRoundup:\n- Berlinale unveils first titles for 2026 competition\n\n"
        "The regional board has 30 days to appeal.\n"
    )
    d = doc(text)
    assert "2030" not in d.text and "Berlinale" not in d.text and "Related coverage" not in d.text
    assert "71 days" in d.text and "30 days to appeal" in d.text  # the article around the lists stays
    # A bulleted list without such a header is the article's own ("Key points:").
    assert "Nearly 1,900" in doc("Title\n\nKey points:\n- Nearly 1,900 children took part\n").text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A time after the date of a dateline on a line of its own.
        ("HUALIEN, April 7, 09:30 GMT", (4, 7)),
        ("HUALIEN, Sunday April 7 at 9.30 a.m.", (4, 7)),
        # A weekday, a month or a word of the page heading a line is no place: no dateline.
        ("MONDAY, July 27", None),
        ("JULY, 27 July", None),
        ("POSTED, July 27 - 10:00", None),
    ],
)
def test_a_dateline_of_its_own_needs_a_place_and_may_end_in_a_time(line, expected):
    assert find_dateline("Quake toll rises\nBy A Writer\n" + line + "\n\nRescuers searched the rubble.\n") == expected


def test_a_comment_section_label_before_the_body_cuts_nothing():
    # "Comment" under the headline is the section an opinion piece stands in; after the body it
    # opens the readers' comments.
    text = (
        "The harbour deserved better\n\nComment\n\nThe dredging began on Monday. It was late.\n\n"
        "Comments\n\nGreat piece, thanks!\n"
    )
    d = doc(text)
    assert "The dredging began on Monday." in d.text
    assert "Great piece" not in d.text


def test_review_comments_after_a_body_on_the_first_block_are_cut():
    d = doc("Storm kills 12\nThe storm killed 12 people on Monday.\n\nComments\n\nJoe: I heard 50 were killed.\n")
    assert "50 were killed" not in d.text


def test_a_headline_over_its_date_line_in_one_block_is_kept_and_the_date_line_is_not() -> None:
    d = doc("Nine miners die in gas blast\nEl Diario | 16 October 2025\n\nRescuers worked all night.\n")
    texts = [d.text[s.start : s.end] for s in d.sentences]
    assert texts[0] == "Nine miners die in gas blast"
    assert not any("El Diario" in t for t in texts)
    # A heading-like block further down is still a heading, not the article.
    later = doc("Headline\n\nThe first paragraph.\n\nMore on this\nSee also\n\nThe last paragraph.\n")
    assert not any("See also" in later.text[s.start : s.end] for s in later.sentences)
