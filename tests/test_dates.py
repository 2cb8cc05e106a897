"""Publication and update dates: formats, languages, labels, and dates that are not it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from articlecleaner import clean
from articlecleaner._dates import TextDates, find_date, find_dates, find_relative
from articlecleaner._page import blocks_from_text, build_page

BODY = (
    "The council met on Tuesday evening and agreed, after a long debate, to keep the "
    "public pool open through the winter months for the first time in its history.\n\n"
    "Members said the heating costs would be covered by a grant from the regional "
    "government, and the pool's staff will not have to take unpaid leave this year.\n\n"
    "Residents who had signed the petition welcomed the decision at the meeting and said "
    "they would now campaign for longer opening hours at weekends as well."
)


def _page(*header: str, footer: str = "") -> str:
    return "\n\n".join(["Home", "Pool stays open all winter", *header, BODY, footer])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Dec, 2021 21:32", datetime(2021, 12, 15, 21, 32)),
        ("Wed 15 Dec 2021 21.32 GMT", datetime(2021, 12, 15, 21, 32, tzinfo=timezone.utc)),
        (
            "Dec. 15, 2021 9:32 p.m. ET",
            datetime(2021, 12, 15, 21, 32, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("15.12.2021, 21:32 Uhr", datetime(2021, 12, 15, 21, 32)),
        (
            "2021-12-15T21:32:00+03:00",
            datetime(2021, 12, 15, 21, 32, tzinfo=timezone(timedelta(hours=3))),
        ),
        (
            "2021-12-15T21:32:00.727Z",
            datetime(2021, 12, 15, 21, 32, tzinfo=timezone.utc),
        ),
        ("15.12.21", datetime(2021, 12, 15)),
        ("31/12/2021", datetime(2021, 12, 31)),
        ("12/31/2021", datetime(2021, 12, 31)),
        ("2021年12月15日 21:32", datetime(2021, 12, 15, 21, 32)),
        ("2021년 12월 15일", datetime(2021, 12, 15)),
    ],
)
def test_formats_news_pages_print(text: str, expected: datetime) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 December 2021",  # en
        "15. Dezember 2021",  # de
        "15 décembre 2021",  # fr
        "15 de diciembre de 2021",  # es
        "15 dicembre 2021",  # it
        "15 de dezembro de 2021",  # pt
        "15 december 2021",  # nl
        "15 grudnia 2021",  # pl
        "15 декабря 2021",  # ru
        "15 грудня 2021",  # uk
        "15 Aralık 2021",  # tr
        "15 ديسمبر 2021",  # ar
        "15 كانون الأول 2021",  # ar, Levantine month name
    ],
)
def test_month_names_in_twelve_languages(text: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0].date() == datetime(2021, 12, 15).date()


def test_text_that_only_looks_like_a_date_is_not_one() -> None:
    assert find_date("version 1.2.3 was released") is None
    assert find_date("call 0800 12 34 56 today") is None
    assert find_date("31/31/2021") is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("2 hours ago", 2),
        ("vor 3 Stunden", 3),
        ("il y a 4 heures", 4),
        ("hace 5 horas", 5),
        ("6 ore fa", 6),
        ("7 godzin temu", 7),
        ("8 часов назад", 8),
        ("9 saat önce", 9),
        ("an hour ago", 1),
    ],
)
def test_relative_dates(text: str, hours: int) -> None:
    found = find_relative(text)
    assert found is not None
    assert found[0] == timedelta(hours=hours)


def test_dateline_under_the_headline() -> None:
    article = clean(_page("Published: 3 March 2022, 10:15"))
    assert article.published == datetime(2022, 3, 3, 10, 15)
    assert article.updated is None


def test_published_and_updated_on_one_line() -> None:
    article = clean(_page("Published 3 March 2022 | Updated 4 March 2022 08:00"))
    assert article.published == datetime(2022, 3, 3)
    assert article.updated == datetime(2022, 3, 4, 8, 0)


def test_an_update_label_does_not_make_a_publication_date() -> None:
    article = clean(_page("Last updated: 4 March 2022"))
    assert article.published is None
    assert article.updated == datetime(2022, 3, 4)


def test_labelled_german_dateline_far_from_the_headline() -> None:
    footer = "Veröffentlicht von Redaktion am 5. April 2022"
    article = clean(_page(footer=footer))
    assert article.published == datetime(2022, 4, 5)


def test_dates_in_sentences_and_copyright_lines_are_not_publication_dates() -> None:
    body_date = BODY.replace("on Tuesday evening", "on 1 February 2022 in the evening")
    page = "\n\n".join(["Pool stays open all winter", body_date, "© 2019 Example News"])
    assert clean(page).published is None


def test_relative_date_needs_a_reference_time() -> None:
    page = _page("3 hours ago")
    without = clean(page)
    assert without.published is None
    assert any("reference_time" in warning for warning in without.warnings)
    fetched = datetime(2022, 3, 3, 12, 0, tzinfo=timezone.utc)
    assert clean(page, reference_time=fetched).published == fetched - timedelta(hours=3)


def test_no_date_after_the_reference_time() -> None:
    page = _page("Published: 3 March 2030")
    assert clean(page).published == datetime(2030, 3, 3)
    assert clean(page, reference_time=datetime(2022, 1, 1)).published is None


def _html(head: str, body_top: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        f"<html><head><title>Pool stays open</title>{head}</head><body>"
        f"<article><h1>Pool stays open all winter</h1>{body_top}{paragraphs}</article>"
        "</body></html>"
    )


def test_html_metadata_wins_over_the_text() -> None:
    head = (
        '<meta property="article:published_time" content="2022-03-03T10:15:00+01:00">'
        '<meta property="article:modified_time" content="2022-03-04T09:00:00+01:00">'
    )
    article = clean(_html(head, "<p>Published 1 January 2020</p>"))
    assert article.published == datetime(2022, 3, 3, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.updated == datetime(2022, 3, 4, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def test_html_date_from_the_canonical_url() -> None:
    head = '<link rel="canonical" href="https://news.example/2022/03/03/pool-stays-open/">'
    assert clean(_html(head)).published == datetime(2022, 3, 3)


def test_utc_markup_time_yields_to_the_local_time_the_page_prints() -> None:
    head = '<meta property="article:published_time" content="2022-03-04T02:30:00Z">'
    article = clean(_html(head, "<p>March 3, 2022 9:30 pm</p>"))
    assert article.published == datetime(2022, 3, 3, 21, 30)


def test_label_after_the_date() -> None:
    footer = "Dieser Text ist am Freitag, 4. März 2022 um 09:40 Uhr erschienen."
    assert clean(_page(footer=footer)).published == datetime(2022, 3, 4, 9, 40)
    changed = "Die Angaben wurden am 6. März 2022 um 18:05 Uhr zuletzt geändert."
    article = clean(_page(footer=changed))
    assert (article.published, article.updated) == (None, datetime(2022, 3, 6, 18, 5))


def test_printed_revision_day_confirmed_by_the_markup_wins() -> None:
    head = (
        '<meta property="article:published_time" content="2021-06-01T08:00:00+02:00">'
        '<meta property="article:modified_time" content="2022-03-04T09:00:00+01:00">'
    )
    article = clean(_html(head, "<p>4 March 2022</p>"))
    assert article.published == datetime(2022, 3, 4, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    unconfirmed = clean(_html(head, "<p>5 March 2022</p>"))
    assert unconfirmed.published == datetime(2021, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def test_date_set_apart_by_separators_is_not_in_a_sentence() -> None:
    line = "Radio show with the mayor of the town - 3.5.2022 10:00 Uhr - Autor: Jane Roe, Redaktion"
    assert clean(_page(line)).published == datetime(2022, 5, 3, 10, 0)


def test_lone_date_far_above_the_body_is_taken() -> None:
    menu = [f"Section {number}" for number in range(40)]
    page = "\n\n".join(["Pool stays open all winter", "Town news 4 March 2022", *menu, BODY])
    assert clean(page).published == datetime(2022, 3, 4)


def test_comment_link_above_the_body_does_not_hide_the_dateline_below_the_lede() -> None:
    lede, *rest = BODY.split("\n\n")
    page = "\n\n".join(
        ["Home", "Pool stays open all winter", "12 Comments", lede, "4 March 2022", *rest]
    )
    assert clean(page).published == datetime(2022, 3, 4)


def test_a_series_of_dates_in_one_form_yields_to_the_single_dateline() -> None:
    menu = [f"Section {number}" for number in range(20)]
    comments = [
        f"{name}\n\nMarch {day}, 2022 at 4:{day:02d} pm\n\nI agree with this, well said."
        for day, name in zip(
            range(10, 16), ["Anna", "Paul", "Maria", "Tom", "Lena", "Omar"], strict=True
        )
    ]
    page = "\n\n".join(["Pool stays open all winter", "4 March 2022", *menu, BODY, *comments])
    assert clean(page).published == datetime(2022, 3, 4)


def test_a_short_sentence_near_the_headline_is_no_dateline() -> None:
    sentence = "The next meeting is on 5 March 2022 at 19:00 in the town hall."
    assert clean(_page(sentence)).published is None


def test_update_label_with_a_noun() -> None:
    article = clean(_page("Letzte Aktualisierung am 2.02.2022"))
    assert (article.published, article.updated) == (None, datetime(2022, 2, 2))


def test_a_label_does_not_reach_across_a_date_range() -> None:
    event = (
        "Die Meisterschaft vom 5. bis 11. Februar 2022 in der Halle am Stadtpark war die "
        "größte ihrer Art."
    )
    article = clean(_page("03.02.2022", event))
    assert article.published == datetime(2022, 2, 3)


def test_a_label_reaches_across_a_time() -> None:
    line = "Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020"
    article = clean(_page(line))
    assert article.published is not None and article.published.date().isoformat() == "2020-09-26"
    assert article.updated is not None and article.updated.date().isoformat() == "2020-09-28"


def test_a_bare_preposition_is_no_date_label() -> None:
    caption = "Das Bild zeigt einen Ausschnitt der Karte vom 31.05.2021 mit allen Wegen im Tal."
    article = clean(_page("14.01.2022", caption))
    assert article.published == datetime(2022, 1, 14)


def test_markup_instant_printed_in_another_zone() -> None:
    head = '<meta property="article:published_time" content="2022-05-05T21:00:00-05:00">'
    article = clean(_html(head, "<p>6 May 2022 - 2:00 a.m.</p>"))
    assert article.published == datetime(2022, 5, 6, 2, 0)
    other_minutes = clean(_html(head, "<p>6 May 2022 - 2:17 a.m.</p>"))
    assert other_minutes.published == datetime(
        2022, 5, 5, 21, 0, tzinfo=timezone(timedelta(hours=-5))
    )


def test_utc_time_near_midnight_yields_to_the_printed_day() -> None:
    head = '<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">'
    assert clean(_html(head, "<p>2019-01-01</p>")).published == datetime(2019, 1, 1)
    assert clean(_html(head, "<p>2019-01-04</p>")).published == datetime(
        2018, 12, 31, 23, 11, tzinfo=timezone.utc
    )


def test_printed_day_between_publication_and_modification_wins() -> None:
    head = (
        '<meta property="article:published_time" content="2021-06-01T08:00:00+02:00">'
        '<meta property="article:modified_time" content="2022-03-10T09:00:00+01:00">'
    )
    assert clean(_html(head, "<p>4 March 2022</p>")).published == datetime(2022, 3, 4)


def test_printed_dateline_wins_over_a_markup_day_without_time() -> None:
    head = '<meta name="date" content="2022-03-10">'
    article = clean(_html(head, "<p>4 March 2022, 10:15</p>"))
    assert article.published == datetime(2022, 3, 4, 10, 15)
    timed = '<meta name="date" content="2022-03-10T08:00:00+01:00">'
    assert clean(_html(timed, "<p>4 March 2022, 10:15</p>")).published == datetime(
        2022, 3, 10, 8, 0, tzinfo=timezone(timedelta(hours=1))
    )


def test_html_date_from_the_page_script_data() -> None:
    state = '{"article": {"id": 7, "publishedAt": "2022-03-04T10:15:00+01:00"}}'
    head = f"<script>window.__STATE__ = {state};</script>"
    article = clean(_html(head))
    assert article.published == datetime(2022, 3, 4, 10, 15, tzinfo=timezone(timedelta(hours=1)))


def test_html_date_from_a_day_month_year_url() -> None:
    head = '<link rel="canonical" href="https://news.example/meldungen/29-10-2021">'
    assert clean(_html(head)).published == datetime(2021, 10, 29)


def test_ambiguous_slash_date_in_markup_read_as_the_page_prints_it() -> None:
    head = '<meta name="date" content="11/01/2023 12:43:42">'
    article = clean(_html(head, "<p>Erstellt am: 01.11.2023</p>"))
    assert article.published is not None and article.published.date().isoformat() == "2023-11-01"
    alone = clean(_html(head)).published
    assert alone is not None and alone.date().isoformat() == "2023-01-11"


@pytest.mark.parametrize(
    "text",
    ["Updated 3 May 2020, 10:04 am", "2 hours ago", "vor 3 Stunden", "no date at all", ""],
)
def test_a_page_reads_each_text_once_and_as_the_finders_do(text: str) -> None:
    dates = TextDates()
    assert dates.dates(text) == find_dates(text)
    assert dates.first(text) == find_date(text)
    assert dates.relative(text) == find_relative(text)
    assert dates.dates(text) is dates.dates(text)  # read once, then remembered


def test_each_page_has_its_own_dates() -> None:
    first = build_page("Updated 3 May 2020", blocks_from_text("Updated 3 May 2020")[0])
    second = build_page("Updated 3 May 2020", blocks_from_text("Updated 3 May 2020")[0])
    assert first.text_dates is first.text_dates
    assert first.text_dates is not second.text_dates


@pytest.mark.parametrize(
    "text", ["3 HOURS AGO", "VOR 2 STUNDEN", "İL Y A 3 HEURES", "HACE 5 MINUTOS"]
)
def test_relative_dates_in_capitals(text: str) -> None:
    assert find_relative(text) is not None
    fetched = datetime(2022, 3, 3, 12, 0, tzinfo=timezone.utc)
    published = clean(_page(text), reference_time=fetched).published
    assert published is not None and published < fetched  # the page's date reads it too
