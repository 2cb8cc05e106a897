"""Each rule family on lines in the styles of several kinds of sites."""

from __future__ import annotations

import pytest

from articlecleaner import Cleaner, Context, Rule
from articlecleaner._page import blocks_from_text, build_page
from articlecleaner.rules._quantities import quantity_lists
from articlecleaner.rules.author_box import AuthorBox
from articlecleaner.rules.comments import CommentAuthorLine, CommentSection
from articlecleaner.rules.cookie import CookieBanner
from articlecleaner.rules.credit import PhotoCredit
from articlecleaner.rules.footer import CopyrightLine, FooterPhraseLine, PostFilingLine
from articlecleaner.rules.forms import FormText
from articlecleaner.rules.navigation import Breadcrumb, FileLink, NavigationPhraseLine, TagLine
from articlecleaner.rules.notices import Disclaimer, ScriptNotice
from articlecleaner.rules.promo import AppPromo, PromoCall, PromoPhraseLine, SitePointer
from articlecleaner.rules.share import IconRun, SharePhraseLine
from articlecleaner.rules.switcher import LanguageSwitcher
from articlecleaner.rules.teaser import DoubledLine, MarkedTeaser, ReadMoreTeaser
from articlecleaner.rules.timestamp import TimestampLine

BODY = (
    "The committee met on Tuesday to discuss the plan, which would change how the city "
    "collects its waste and pays for the new recycling centre."
)


def labelled(rule: type[Rule], lines: list[str]) -> list[str]:
    """The lines a single rule labels when the page is ``lines`` plus a body paragraph."""
    text = "\n\n".join([*lines, BODY])
    page = build_page(text, blocks_from_text(text)[0])
    return [page.blocks[label.block].text for label in rule().label(page, Context())]


@pytest.mark.parametrize(
    ("rule", "junk"),
    [
        (
            NavigationPhraseLine,
            [
                "Skip to main content",
                "Home",
                "Startseite",
                "Sign in",
                "Menu Search",
                "Back to homepage",
                "Zurück zur Listenansicht",
            ],
        ),
        (
            Breadcrumb,
            [
                "HomeRussia & Former Soviet Union",
                "HomeWorld News",
                "Home > Politics > Europe",
                "Startseite » Wirtschaft",
            ],
        ),
        (
            TagLine,
            ["Tags: Harbour, Ferries", "Schlagworte: Berlin Gewässer", "Kategorien: Infos"],
        ),
        (
            SharePhraseLine,
            [
                "Get short URL",
                "Share this article",
                "Facebook Twitter Email",
                "Teilen Drucken",
                "Partager",
                "Compartir",
                "twittern",
                "Tuitear",
                "Jump to Recipe Print Recipe",
                "Zum Rezept Drucken Pinnen",
                "Mit Freunden teilen",
                "Was this article helpful?",
                "War der Artikel nützlich?",
                "Möchten Sie den Artikel teilen?",
                "(Noch keine Bewertungen)",
            ],
        ),
        (
            IconRun,
            [
                "icon bookmarkicon cameraicon checkicon closeicon",
                "fbicon twicon mailicon shareicon",
            ],
        ),
        (DoubledLine, ["Markets slide as oil prices jump Markets slide as oil prices jump"]),
        (
            PhotoCredit,
            [
                "© Sputnik / Sergey Guneev",
                "Photo: Jane Doe",
                "Photograph by Jane Roe, Harbour Restoration Trust",
                "Illustration by John Roe",
                "Foto: dpa",
                "(Photo by John Roe/Getty Images)",
                "Image 3 of 12",
                "(Image credit: NASA)",
                "The mayor opens the new bridge on Monday in Springfield. (AP Photo/Jane Roe)",
                "Voters line up outside the town hall.Credit...Tom Roe/The Daily Planet",
                "Die neue Brücke am Montag in der Altstadt. Foto: Jana Roe",
                "Un grupo de turistas en el puerto el martes pasado. EFE",
                "Der Hafen im Abendrot. Bild: Jana Roe/Shutterstock.com",
                "Le maire du port, photo: Archives de la ville",
                "The new ferry leaves the harbour on its first trip. Jane Roe/Reuters files",
                "El alcalde en el puerto nuevo (REUTERS/Juan Roe)",
                "The old ferry in this 1998 file photo. (Harbour Museum via AP, File)",
                "Vergrößern Die neue Fähre am Kai des alten Hafens.",
                "The pier in the storm last winter.Photograph: Jane Roe",
                "Le piquet devant la mairie / (C) Jean Roe",
                "Die Fähre im Winter. (jroe / iStock.com)",
                "Members of the union outside the hall. Photograph: Jane Roe/Getty Images",
                "Die Gäste am Hafen. (Bildquelle: Hafenverein)",
                "Figure 2: Ferry trips per month. The winter months are the quietest.",
                "Abbildung 4: Der alte Hafen im Jahr 1920.",
                "Abb.: Collage aus zwei Hafenbildern",
                "Beitragsbild: Der neue Kai, Ausschnitt.",
            ],
        ),
        (
            PromoPhraseLine,
            [
                "Podcasts",
                "All podcasts",
                "Subscribe",
                "Newsletter",
                "Advertisement:",
                "Anzeige",
                "- Anzeige-",  # a dash touching the word is no part of it
                "Anzeige, enthält Affiliate Links",
            ],
        ),
        (AppPromo, ["News App", "The Daily Planet App"]),
        (
            SitePointer,
            ["Auch auf example.de", "More stories on www.example.com", "EXAMPLE.COM"],
        ),
        (
            PromoCall,
            [
                "Get the week's best stories delivered to your inbox.",
                "Breaking news straight to your phone with the Daily Planet app.",
                "Join thousands of gardeners who get our tips delivered to their inboxes.",
                "For breaking news, download the Daily Planet apps for iOS and Android.",
                "Enter your email address to get our morning briefing.",
                "Never miss our best stories: sign in with your account.",
                "Las noticias del día también llegan por nuestro canal de Telegram.",
                "This post contains affiliate links to the shops we mention.",
                "Hinweis: Der folgende Text enthält Werbung für ein Fahrrad.",
                "Die mit Sternchen markierten Links sind Affiliate-Links.",
                "We'd love to hear what you think of this story.",
                "Submit a letter to the editor using our online form.",
                "Das neue Heft gibt es ab Donnerstag am Kiosk und als E-Paper.",
                "Verpasse keine News aus deiner Stadt!",
                "Keine Neuigkeiten aus der Region mehr verpassen: jetzt registrieren.",
                "Support our journalism with a monthly gift.",
                "Donate now",
                "Already a subscriber? Log in here.",
                "Unterstütze uns mit deiner Spende!",
                "Jede kleine Spende hilft!",
                "Advertising disclosure: we may receive compensation when you buy through links.",
                "This post contains references to products from our advertisers.",
                "We earn a commission from some of the shops listed below.",
                "Instant access to every issue and the full archive.",
                "Wählen Sie Ihren Zugang und lesen Sie weiter:",
                "Jetzt 3 Ausgaben gratis erhalten!",
                "Besuchen Sie unseren Online-Shop!",
                "Zapraszamy też do subskrypcji naszego tygodnika.",
                "Follow The Daily Planet on Twitter and on Facebook.",
                "Die App jetzt auch für Tablets! Einfach hier klicken und registrieren!",
                "Wesprzyj nas darowizną.",
                "Unterstütze das Hafenblatt bereits mit 2,50 Euro im Monat!",
                "Dieses Skript als PDF herunterladen",
                "This post contains references to products from one or more of our "
                "advertisers. We may receive compensation when you click on links to those "
                "products. Terms apply to the offers listed on this page. For an explanation "
                "of how we work with them, see the page about our policies.",
            ],
        ),
        (
            FormText,
            [
                "I agree to receive the weekly newsletter and accept the privacy policy.",
                "By signing up, you agree to our Terms of Use and Privacy Policy.",
                "* Required fields are marked",
                "Forgot your password?",
                "Ja, ich möchte den Newsletter der Example Zeitung kostenlos erhalten.",
                "Ich akzeptiere die Nutzungsbedingungen.",
                "Pflichtfelder",
                "En remplissant ce formulaire, vous acceptez de recevoir notre lettre par e-mail.",
                "Acepto la política de privacidad.",
                "Name (required)",
                "E-Mail (wird benötigt und nicht veröffentlicht)",
                "Your email address will not be published.",
            ],
        ),
        (
            FileLink,
            [
                "Annual report of the harbour 2021 (PDF, 298 KB)",
                "Informationsschreiben vom 4. März 2022PDF | 38 KB | Datei ist nicht barrierefrei",
                "Download: mp3 (30 MB)",
            ],
        ),
        (
            Disclaimer,
            [
                "The views and opinions expressed in this article do not necessarily reflect "
                "those of the Daily Planet.",
                "Disclaimer: The tips given by experts on this site are their own and not "
                "that of the site or its owners.",
                "Les opinions exprimées dans nos blogs n'engagent que leurs auteurs.",
                "Die Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.",
                "Las opiniones de los columnistas no reflejan necesariamente las del diario.",
            ],
        ),
        (
            ScriptNotice,
            [
                "Please enable JavaScript to view the comments.",
                "JavaScript is disabled in your browser.",
                "Bitte aktivieren Sie JavaScript, um das Video zu sehen.",
                "Veuillez activer JavaScript dans votre navigateur.",
                "Włącz obsługę JavaScript, aby strona działała.",
            ],
        ),
        (
            LanguageSwitcher,
            ["العربيةespрусdefr", "English Deutsch Français Español", "EN | DE | FR"],
        ),
        (
            CookieBanner,
            [
                "This website uses cookies. Read our Privacy policy to find out more.",
                "Accept cookies",
                "Wir verwenden Cookies, um unsere Website zu verbessern.",
                "本网站使用cookie改善浏览体验。",
                "当サイトではCookieを使用しています。",
                "Accept all",
                "Externer Inhalt",
                "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von Example.",
                "Klicken Sie auf den Button, um den Inhalt von www.example.de zu laden.",
                "Wir stellen ohne dein Einverständnis keine Verbindung zu Example her.",
                "Click to load the map",
            ],
        ),
        (
            CopyrightLine,
            [
                "© Example Nonprofit “TV-Example”, 2005–2021. All rights reserved.",
                "Copyright 2019 Example Corp",
                "Alle Rechte vorbehalten.",
                "Tous droits réservés 2020",
                "Die Texte dieser Seite stehen unter einer Creative-Commons-Lizenz.",
                "Map of the harbour by the port office, CC BY-SA 4.0",
            ],
        ),
        (
            FooterPhraseLine,
            ["Contact us", "Terms of use Privacy policy", "Impressum", "Mentions légales"],
        ),
        (
            PostFilingLine,
            [
                "This entry was posted in Travel and tagged trains, Alps. Bookmark the permalink.",
                "Posted in News | Permalink | 3 Comments",
                "Filed under: Gardening, Spring",
                "Dieser Beitrag wurde unter Reisen abgelegt und mit Zug verschlagwortet.",
                "Veröffentlicht in Allgemein",
                "Publié dans Voyages",
                "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials.",
                "Posted on May 6, 2014 by jane and filed under Travel.",
                "WRITTEN ON MAY 6, 2014 IN TRAVEL. BOOKMARK THE PERMALINK.",
                "Published on May 6, 2014 in Travel, tagged trains.",
                "Geschrieben am 6. Mai 2014 in Reisen, Kategorie Bahn",
                "Der Artikel wurde unter Reisen abgelegt.",
                "Cette entrée a été publiée dans Voyages, catégorie Trains.",
                "Ce billet a été publié dans Voyages, catégorie Trains.",
                "Esta entrada fue publicada en Viajes y etiquetada como trenes.",
                "Publicado en Viajes",
            ],
        ),
        (
            CommentSection,
            [
                "34 Comments",
                "Leave a Reply",
                "Comments are closed.",
                "12 responses to “Why the bridge closed”",
            ],
        ),
        (CommentAuthorLine, ["jane_doe says:", "Jane Roe on May 2, 2019 at 4:47 pm said:"]),
        (
            TimestampLine,
            [
                "2 hours ago",
                "15 Dec, 2021 21:32",
                "vor 3 Stunden",
                "Wednesday November 20, 2019",
                "Updated: 10:04 am",
                "Published 10:02 AM EST Nov 19, 2019",
                "Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET",
                "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02",
                "5 min read",
                "Lesezeit: 4 Minuten",
                "14.03.2022, 09:10 Uhr • 3 Min. Lesezeit",
            ],
        ),
    ],
    ids=lambda value: value.code if isinstance(value, type) else "",
)
def test_rule_catches_its_junk_and_not_the_body(rule: type[Rule], junk: list[str]) -> None:
    found = labelled(rule, junk)
    assert sorted(found) == sorted(junk)
    assert BODY not in found


@pytest.mark.parametrize(
    ("rule", "prose"),
    [
        (
            FormText,
            [
                "I agree with the critics that the data came too late to change the vote.",
                "By signing the treaty, the two countries ended ten years of talks over the river.",
                "Ich habe die Daten selbst geprüft, sagte die Ministerin am Montag.",
                "Ja, ich will, sagte sie, und die Gäste standen auf.",
                "Name (the one his parents gave him) was never used in the village.",
                "En cliquant trop vite, beaucoup d'électeurs ont perdu leurs données.",
            ],
        ),
        (
            PostFilingLine,
            [
                "Posted in Kabul for three years, the officer learned the language of the valley.",
                "This article was published in 2019 and has since been read by many teachers.",
                "Dieser Beitrag wurde zuerst in einer Zeitung aus Hamburg veröffentlicht.",
                "Veröffentlicht in einer Fachzeitschrift bekam die Studie viel Beachtung.",
                "Posted on the town hall door, the notice told residents about the new bins.",
            ],
        ),
        (TimestampLine, ["1 EL", "2 el", "3 TL", "15 minutes"]),  # spoonfuls, a duration
        (
            PhotoCredit,
            [
                "The rate fell to 3.2 per cent (from 3.5 per cent) in the year.",
                "He kept one photo: his mother at the harbour.",
                "Figures show the harbour grew: twice as many ferries left in May.",
                "Costs rose by a third (AP/Ipsos poll, 2019) and then fell.",
                "Vergrößern wollen die Betreiber den Hafen erst im nächsten Jahr.",
                "Vergrößern Sie die Karte mit einem Klick auf das Plus.",
            ],
        ),
        (CopyrightLine, ["Under the new rules, by law, the council must publish its accounts."]),
        (
            Disclaimer,
            [
                "The results of the survey do not necessarily reflect the views of everyone.",
                "Her views on the harbour are her own, she told the council on Tuesday.",
            ],
        ),
        (FileLink, ["The archive holds 300 PDF files, about 20 MB in all."]),
        (TimestampLine, ["Il 19 febbraio 2020 il governo ha deciso di chiudere il porto."]),
        (
            PromoCall,
            [
                "The striker said he would never miss a game for his home town club.",
                "Residents were told to download the city's parking app before the weekend.",
                "Der Verein half der Schule mit einer Spende von 500 Euro.",
                "The mayor said the city would support our schools and the harbour.",
                "The drivers earn a commission on every ticket they sell at the pier.",
                "The rescuers had no immediate access to the island until Friday.",
                "Hikers follow the river on foot for two days before they reach the pass.",
                "Fans follow Jane Roe on Instagram to see her training.",
                "Die Stadt will den Verein mit Geld unterstützen, sagte die Bürgermeisterin.",
            ],
        ),
        (
            ScriptNotice,
            [
                "The team moved the page from JavaScript to plain HTML after readers said it "
                "needed too long to load on old phones, and the new version, the developers "
                "explained at the meeting on Tuesday, works even where scripts are disabled by "
                "the school network."
            ],
        ),
    ],
    ids=lambda value: value.code if isinstance(value, type) else "",
)
def test_article_sentences_that_open_like_junk_are_kept(rule: type[Rule], prose: list[str]) -> None:
    assert labelled(rule, prose) == []


def test_read_more_takes_the_teaser_headline_after_it() -> None:
    lines = ["Read more", "Ministers clash over the budget deadline", "Lea también: Otro titular"]
    assert labelled(ReadMoreTeaser, lines) == lines
    lines = ["Explore further", "Ferry traffic doubles in the harbour"]
    assert labelled(ReadMoreTeaser, lines) == lines


def test_a_read_label_before_a_colon_introduces_a_teaser() -> None:
    teasers = [
        "Read: How the harbour ferries kept running through the storm",
        "Mire: Un músico anuncia una gira por el país",
        "Dowiedz się więcej: Jak głosowali radni w sprawie budżetu",
        "Weitere Nachrichten zu: Hafen, Fähren, Wetter",
    ]
    prose = ["Read my lips – the mayor repeated his promise at the meeting"]
    assert labelled(ReadMoreTeaser, [*teasers, *prose]) == teasers


@pytest.mark.parametrize(
    "label",
    [
        "Das könnte dich auch interessieren:",
        "Zum Weiterlesen:",
        "LE PUEDE INTERESAR:",
        "Die meistgelesenen Artikel",
        "Lesen Sie auch die folgenden Beiträge:",
        "Temas relacionados",
        "Schon gelesen?",
    ],
)
def test_a_related_label_and_its_teaser_headline_are_teasers(label: str) -> None:
    lines = [label, "Ministers clash over the budget deadline"]
    assert labelled(ReadMoreTeaser, lines) == lines


def test_a_teaser_summary_ending_with_its_link_and_an_angled_link_are_teasers() -> None:
    teasers = [
        "Was gibt es Neues im Hafen? Die Lotsen erklären, wie die Fähren fahren. mehr",
        "Radni przyjęli budżet portu na przyszły rok. [czytaj więcej]",
        "The ferries run again after the storm. Read more »",
        ">> Wegen des Sturms: Die Fähre fährt erst am Montag wieder <<",
        "Lesen Sie hier: Warum der Hafen im Winter schließt",
    ]
    prose = [
        "Why the harbour will grow. (More)",  # a link inside the article's own contents
        "Sie sagte: »Ich will nicht mehr.« Dann ging sie zur Fähre und fuhr nie mehr",
        "Es gab keine Fähren mehr",
    ]
    assert labelled(ReadMoreTeaser, [*teasers, *prose]) == teasers


def test_a_most_read_label_may_name_the_site_by_its_address() -> None:
    lines = ["Die meistgelesenen Artikel bei hafenblatt.de/Sport", "Die Fähre fährt wieder"]
    assert labelled(ReadMoreTeaser, lines) == lines
    prose = ["Beliebt bei Kindern", "Die Fähre fährt wieder"]  # no address: no label
    assert labelled(ReadMoreTeaser, prose) == []


def test_a_read_more_marker_may_carry_the_reading_time_of_the_teased_story() -> None:
    for marker in ("weiterlesen 5 Minuten", "Read more 12 min"):
        assert labelled(ReadMoreTeaser, [marker]) == [marker]
    assert labelled(ReadMoreTeaser, ["Eleven minutes 5 min"]) == []


def test_a_tag_label_opening_a_sentence_is_no_tag_line() -> None:
    sentence = "Topics: the council discussed three of them on Tuesday."
    assert labelled(TagLine, [sentence, "Tagesordnung: Hafen, Fähren"]) == []


def test_an_address_inside_a_sentence_is_no_site_pointer() -> None:
    sentences = [
        "The full report is published on example.org.",
        "Den ganzen Bericht finden Sie ab heute auf example.de.",
        "bookmarks.el",  # a file name, not an address
    ]
    assert labelled(SitePointer, sentences) == []


def test_read_more_leaves_a_following_sentence() -> None:
    found = labelled(ReadMoreTeaser, ["Related", "The vote was postponed until next week."])
    assert found == ["Related"]


@pytest.mark.parametrize(
    "prose",
    [
        "Home prices rose again in March, the third monthly rise in a row.",
        "Share prices in London fell sharply after the announcement on Monday morning.",
        "He said the cookies were baked by the children of the village school.",
        "The photo shows the mayor, the council and the new fire engine in front of the hall.",
    ],
)
def test_prose_that_shares_words_with_junk_survives(prose: str) -> None:
    article = Cleaner().clean(f"{BODY}\n\n{prose}\n\n{BODY.replace('Tuesday', 'Friday')}")
    assert prose in article.paragraphs


def test_short_line_between_body_paragraphs_is_kept() -> None:
    text = f"Menu\nSearch\n\n{BODY}\n\nA second look\n\n{BODY.replace('Tuesday', 'Monday')}\n"
    article = Cleaner().clean(text)
    assert "A second look" in article.paragraphs
    assert "Menu" not in article.paragraphs


def test_lede_next_to_junk_survives() -> None:
    lede = "The river burst its banks overnight, flooding dozens of homes in the old town."
    text = f"Menu\n© Agency / Photographer\n{lede}\nRead more\nOther story title here\n\n{BODY}\n"
    article = Cleaner().clean(text)
    assert article.paragraphs[0] == lede


WRAPPED = (
    "Advice came to the editor in the summer of that year, when the module\n"
    "shipped as part of the new release. A few weeks later, a colleague at work\n"
    "wrote up a simple example that everybody in the lab adopted at once.\n"
)


def test_hard_wrapped_paragraph_is_one_block() -> None:
    (block,) = blocks_from_text(WRAPPED)[0]
    assert block.text == " ".join(WRAPPED.split())
    assert (block.start, block.end) == (0, len(WRAPPED) - 1)


def test_headline_above_a_lower_case_line_stays_apart() -> None:
    text = "Council agrees to keep the public pool open all winter\nby the city desk\n"
    assert [b.text for b in blocks_from_text(text)[0]] == [
        "Council agrees to keep the public pool open all winter",
        "by the city desk",
    ]


def test_a_blank_line_of_either_kind_or_of_spaces_starts_a_paragraph() -> None:
    text = "One\r\n\r\nTwo\n \t\nThree\rFour\r\rFive\n\u200b\nSix\r\nSeven"
    blocks, split = blocks_from_text(text)
    assert [(b.text, b.paragraph_start) for b in blocks] == [
        ("One", True),
        ("Two", True),
        ("Three", True),
        ("Four", False),
        ("Five", True),
        ("Six", True),
        ("Seven", False),
    ]
    assert [text[b.start : b.end] for b in blocks][-3:] == ["Five", "Six", "Seven"]
    assert split == 0


def test_a_line_too_long_is_cut_at_spaces_into_lines_of_one_paragraph() -> None:
    text = "Intro line\n\n" + " ".join(["word"] * 30) + "\nNext"
    blocks, split = blocks_from_text(text, max_line_chars=50)
    assert split == 1
    assert [b.paragraph_start for b in blocks] == [True, True, False, False, False, False]
    assert all(len(text[b.start : b.end]) <= 50 for b in blocks)
    assert " ".join(b.text for b in blocks[1:-1]) == " ".join(["word"] * 30)


def test_lines_of_a_menu_are_not_joined() -> None:
    text = "home\nnews\nsport\nweather and travel updates for the whole region today\nmore\n"
    assert len(blocks_from_text(text)[0]) == 5


def test_a_teaser_printed_three_times_does_not_outweigh_the_article() -> None:
    teaser = (
        "The regional football league announced on Sunday that the final will be played in "
        "the capital next spring, after two seasons in the smaller stadium by the river."
    )
    article_text = f"{BODY}\n\n{BODY.replace('Tuesday', 'Monday')}"
    page = f"Menu\n\n{article_text}\n\n{teaser}\n\n{teaser}\n\n{teaser}\n"
    assert Cleaner().clean(page).paragraphs == article_text.split("\n\n")


def test_a_page_of_repeats_keeps_its_text() -> None:
    page = f"{BODY}\n\nAd\n\n{BODY}\n\nAd\n\n{BODY}\n"
    assert BODY in Cleaner().clean(page).paragraphs


def test_one_says_line_introduces_a_quotation_not_a_comment() -> None:
    assert labelled(CommentAuthorLine, ["Reporter Jane Roe says:"]) == []
    assert labelled(CommentAuthorLine, ["He said:", "She wrote:"]) == []
    under_heading = ["Leave a Reply", "Jane Roe says:"]
    assert labelled(CommentAuthorLine, under_heading) == ["Jane Roe says:"]


def test_items_of_a_list_its_sentence_announces_are_kept() -> None:
    intro = "The committee listed the steps the city has to take before the end of the year:"
    items = ["Repair the bridge", "Hire two engineers", "Publish the budget", "Open the pool"]
    items += ["Plant trees", "Fix the lights", "Paint the school"]
    text = "\n\n".join([BODY, intro, *items, BODY.replace("Tuesday", "Monday")])
    article = Cleaner().clean(text)
    assert article.paragraphs[-1] == BODY.replace("Tuesday", "Monday")
    assert all(item in article.paragraphs for item in items)


def test_items_numbered_one_after_another_are_kept_inside_the_article() -> None:
    ranking = [f"{n}. {name}" for n, name in enumerate(
        ["Harbour Hall", "Mill Arena", "Old Bridge", "City Park", "Town Square", "Ferry Pier",
         "River Walk", "Market Lane", "Castle Hill", "North Beach"], start=1)]  # fmt: skip
    before = BODY.replace("Tuesday", "Monday")
    after = [BODY, BODY.replace("Tuesday", "Friday")]
    text = "\n\n".join(["Menu", before, "\n".join(ranking), *after, "Imprint"])
    assert Cleaner().clean(text).paragraphs == [before, *ranking, *after]
    shuffled = [ranking[0], ranking[5], ranking[2], ranking[9], ranking[4], ranking[1]]
    text = "\n\n".join(["Menu", before, "\n".join(shuffled * 2), *after, "Imprint"])
    # The paragraph above the list is a content region of its own; the list is not.
    assert Cleaner().clean(text).paragraphs == [before, *after]


def test_steps_under_numbers_printed_alone_are_kept_inside_the_article() -> None:
    teasers = ["Menu", "Soups"]
    for dish in ("soups", "breads", "salads"):
        teasers += [f"Our {dish} for cold evenings, warm and filling, in twenty minutes.", "More"]
    intro = (
        "This plum cake is the one our grandmother baked every autumn, when the trees in the "
        "garden gave more fruit than anyone could eat."
    )
    steps = [
        "Beat the soft butter with the sugar and a pinch of salt until pale and fluffy, then "
        "add the eggs one at a time, beating well after each.",
        "Fold in the flour and the baking powder with a spatula, and spread the dough evenly "
        "in a greased tin lined with baking paper.",
        "Press the halved plums into the dough, cut side up and close to each other, and "
        "sprinkle them with cinnamon sugar.",
        "Bake for fifty minutes in the middle of the oven, until a skewer pushed into the "
        "cake comes out clean, and let it cool in the tin.",
    ]
    numbered = [line for n, step in enumerate(steps, start=1) for line in (f"{n}.", step)]
    method = ["Kitchen scales", "Method", "60 minutes", "easy", *numbered]
    text = "\n\n".join(["\n\n".join(teasers), intro, "\n".join(method), "Rate this recipe"])
    paragraphs = Cleaner().clean(text).paragraphs
    assert paragraphs[-len(numbered) :] == numbered
    assert not any(teaser in paragraphs for teaser in teasers)


def test_an_article_set_apart_only_from_its_title_keeps_every_paragraph() -> None:
    paragraphs = [
        "Some members of the town council are so opposed to the new parking plan that they "
        "now back the budget of the mayor they ran against last spring.",
        "A former council member said on Wednesday morning that she had supported the plan "
        "until the cost of the garage doubled in the second estimate.",
        "Two other members, both of them elected in the autumn, also stated their intention "
        "to vote for the budget on Friday.",
        "Opposition to the plan extends to business owners outside the centre, too.",
        "Fifty shop owners signed an open letter on Monday making it clear that they will not "
        "pay the new fees.",
    ]
    text = "Council Members Turn Against the Parking Plan.\n\n" + "\n".join(paragraphs)
    assert Cleaner().clean(text).paragraphs == paragraphs


def test_paragraphs_set_apart_beat_unbroken_excerpts_below_a_long_menu() -> None:
    menu = "\n".join(f"Section {number}" for number in range(80))
    days = ["Tuesday", "Monday", "Friday"]
    article = [BODY.replace("Tuesday", day) for day in days]
    excerpts = "\n".join(
        f"Reader question {number}: why did the council keep the old pool open through a "
        "winter in which the heating bills doubled, the roof leaked and almost nobody swam?"
        for number in range(6)
    )
    text = menu + "\n\n" + "\n\n".join(article) + "\n\n" + excerpts + "\nImprint"
    assert Cleaner().clean(text).paragraphs == article


LEDE = "The town will open its new harbour pool next summer, a year later than planned."
ARTICLE = [BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Sunday")]


@pytest.mark.parametrize(
    "between",
    [
        ["Share", "Tweet"],
        ["The mayor said the pool would be busy. (Photo: Jane Roe)"],
        ["Advertisement"],
    ],
)
def test_a_lede_above_a_share_bar_or_a_credited_caption_opens_the_article(
    between: list[str],
) -> None:
    top = "\n".join(["Menu", "The old pool in winter", LEDE, *between])
    text = "\n\n".join([top, *ARTICLE, "Imprint"])
    assert Cleaner().clean(text).paragraphs == [LEDE, *ARTICLE]


def test_a_sentence_above_a_subscribe_button_is_the_promo_not_a_lede() -> None:
    promo = "Get the news of the harbour every morning, free and without any advertising."
    top = "\n".join(["Menu", "The old pool in winter", promo, "Subscribe"])
    text = "\n\n".join([top, *ARTICLE, "Imprint"])
    assert Cleaner().clean(text).paragraphs == ARTICLE


STANDFIRST = "The pool was to open this summer. Why it will not, and what the town plans now."


@pytest.mark.parametrize(
    "header",
    [
        ["By Jane Roe", "4 March 2022, 10:15"],
        ["Loading...", "Photo: Jane Roe", "Updated 4 March 2022"],
        ["Share", "Tweet", "By Jane Roe and John Roe"],
    ],
)
def test_a_standfirst_under_the_headline_opens_the_article_its_header_lines_do_not(
    header: list[str],
) -> None:
    top = "\n\n".join(["Menu", "The harbour pool will not open this year", STANDFIRST, *header])
    text = "\n\n".join([top, *ARTICLE, "Imprint"])
    article = Cleaner().clean(text)
    assert article.paragraphs == [STANDFIRST, *ARTICLE]
    assert article.headline == "The harbour pool will not open this year"


def test_the_dateline_below_a_standfirst_still_dates_the_article() -> None:
    top = "\n\n".join(["Menu", "The harbour pool will not open this year", STANDFIRST])
    text = "\n\n".join([top, "By Jane Roe", "4 March 2022, 10:15", *ARTICLE, "Imprint"])
    article = Cleaner().clean(text)
    assert article.published is not None and article.published.date().isoformat() == "2022-03-04"
    assert article.authors == ["Jane Roe"]


def test_a_headline_asking_a_question_above_the_byline_is_no_standfirst() -> None:
    question = "Will the town ever open the harbour pool it promised for this summer?"
    text = "\n\n".join(["Menu", "Politics", question, "By Jane Roe", *ARTICLE, "Imprint"])
    article = Cleaner().clean(text)
    assert article.paragraphs == ARTICLE
    assert article.headline == question


def test_a_line_ending_with_a_colon_above_the_article_introduces_it() -> None:
    intro = "What the council decided on Tuesday:"
    text = "\n\n".join(["Menu", "The old pool in winter", intro, *ARTICLE, "Imprint"])
    assert Cleaner().clean(text).paragraphs == [intro, *ARTICLE]


def test_a_colon_label_printed_again_on_the_page_is_no_introduction() -> None:
    label = "Contact the newsroom:"
    text = "\n\n".join(["Menu", label, *ARTICLE, "Imprint", label, "Phone 555 0100"])
    assert Cleaner().clean(text).paragraphs == ARTICLE


def test_a_sentence_above_a_bare_photo_credit_is_a_caption() -> None:
    top = "\n".join(["Menu", "The old pool in winter", LEDE, "Photo: Jane Roe"])
    text = "\n\n".join([top, *ARTICLE, "Imprint"])
    assert Cleaner().clean(text).paragraphs == ARTICLE


def test_a_paragraph_printed_with_a_line_break_after_each_sentence_is_kept() -> None:
    lines = [
        "The second ferry was even busier than the first one on the same morning.",
        "I could hardly find a seat, so I stood at the rail for the whole trip.",
        "Still, I loved every minute of it and I would take that ferry again.",
    ]
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    text = "\n\n".join(["Menu", *article, "\n".join(lines), "Share", "Imprint"])
    assert Cleaner().clean(text).paragraphs == [*article, *lines]


def test_a_title_printed_with_its_subtitle_stays_the_headline() -> None:
    title = "Harbour pool will not open this year;"
    subtitle = "The town council says the repairs will take until the spring of next year."
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    text = "\n\n".join([f"{title}\n{subtitle}", *article])
    assert Cleaner().clean(text).headline == title


def test_a_short_sentence_printed_with_the_first_paragraph_is_kept() -> None:
    lede = "Thousands of young couples split up this summer."
    first = (
        "On the coast the days were easy, the hair bleached by sun and sea, and nobody "
        "thought about the autumn or the long drive home through the mountains."
    )
    rest = [BODY, BODY.replace("Tuesday", "Monday"), BODY.replace("Tuesday", "Friday")]
    text = "\n\n".join(["Menu", "Politics", f"{lede}\n{first}", *rest, "Imprint"])
    assert Cleaner().clean(text).paragraphs[:2] == [lede, first]


def test_headline_byline_and_dateline_printed_inside_the_article_leave_the_body() -> None:
    paragraph = (
        "<p>The council met on {day} to discuss the budget for next year, and after a long "
        "debate the members agreed to keep the public pool open through the winter.</p>"
    )
    page = (
        '<html><head><meta property="og:title" content="Council keeps the pool open"></head>'
        '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<div class="article-body"><h1>Council keeps the pool open</h1>'
        "<p>by Jane Roe</p><p>Nov 18, 2019 at 9:24 pm ET</p>"
        + "".join(paragraph.format(day=day) for day in ("Monday", "Tuesday", "Friday"))
        + "</div></body></html>"
    )
    article = Cleaner().clean(page)
    assert article.headline == "Council keeps the pool open"
    assert [p[:30] for p in article.paragraphs] == [
        "The council met on Monday to d",
        "The council met on Tuesday to ",
        "The council met on Friday to d",
    ]


def test_a_line_closing_a_single_quote_ends_a_sentence() -> None:
    (block,) = blocks_from_text("The mayor called the plan ‘a waste of money.’\n")[0]
    assert block.terminal


def test_a_dated_teaser_listing_after_the_article_is_not_body() -> None:
    days = ["Tuesday", "Monday", "Friday", "Sunday", "Thursday"]
    article = [BODY.replace("Tuesday", day) for day in days]
    subjects = ["the harbour crane", "the library", "the winter ferry", "the market square"]
    teasers = []
    for day, subject in enumerate(subjects, start=11):
        summary = (
            f"Our reporter looks back at {subject} in a week in which the council argued "
            "about money for hours, the weather turned cold and wet, the old harbour was "
            "busier than it had been in years, and nobody in the town could agree on what "
            "should happen next or who would pay for it when the bills arrived."
        )
        teasers += [f"A new plan for {subject}", "Ann Weller", f"November {day}, 2019", summary]
    text = "\n\n".join(["Menu", *article, "More from the newsroom", *teasers, "Imprint"])
    assert Cleaner().clean(text).paragraphs == article


def test_a_table_next_to_the_prose_is_kept() -> None:
    rows = [
        "Team\t Played\t Won\t Points",
        "Harbour Rovers\t 12\t 9\t 28",
        "Mill Town United\t 12\t 8\t 25",
        "Old Bridge Athletic\t 12\t 6\t 19",
        "Riverside Wanderers\t 12\t 2\t 7",
    ]
    text = "\n\n".join(
        ["Menu", "League table after twelve rounds", BODY, "\n".join(rows), "Imprint"]
    )
    paragraphs = Cleaner().clean(text).paragraphs
    assert BODY in paragraphs
    assert [row.replace("\t ", "\t") for row in rows] == paragraphs[-len(rows) :]


RECIPE_STEPS = [
    "Heat the oven to 180 degrees and line a deep tin with paper, leaving the edges to hang "
    "over the sides so that the cake lifts out easily once it has cooled down.",
    "Beat the butter and the sugar until pale, then fold in the flour with a large metal "
    "spoon and pour the batter into the tin before the oven is fully hot.",
    "Bake for forty minutes, or until a skewer comes out clean, and leave the cake in the "
    "tin for ten minutes before you turn it out onto a rack to cool.",
]


def test_a_list_of_quantities_next_to_the_prose_is_kept() -> None:
    ingredients = ["250 g butter", "200 g sugar", "4", "eggs", "1 1/2 cups flour", "1 tsp salt"]
    intro, *steps = RECIPE_STEPS
    text = "\n\n".join(["Menu", intro, "\n".join(ingredients), *steps, "Imprint"])
    assert Cleaner().clean(text).paragraphs == [intro, *ingredients, *steps]


def test_amounts_open_with_a_digit_a_fraction_or_an_approximation_in_any_case() -> None:
    lines = ["About 2 cups flour", "ca. 200 g sugar", "½ tsp salt", "ETWA 3 EL Öl", "١٠٠ g rice"]
    page = build_page("\n".join(lines), blocks_from_text("\n".join(lines))[0])
    assert quantity_lists(page, {}) == frozenset(range(len(lines)))
    unquantified = ["Bread 2 cups flour", *lines[1:]]  # no amount opens the first line
    page = build_page("\n".join(unquantified), blocks_from_text("\n".join(unquantified))[0])
    assert quantity_lists(page, {}) == frozenset(range(1, len(lines)))


def test_numbered_or_dated_lines_without_a_unit_are_no_list_of_quantities() -> None:
    teasers = ["2 Council keeps the pool", "3 Ferry fares go up", "4 Library opens late"]
    archive = ["21 November 2019", "14 October 2019", "3 September 2019"]
    for lines in (teasers, archive):
        text = "\n\n".join([*RECIPE_STEPS, "\n".join(lines), "Imprint"])
        assert Cleaner().clean(text).paragraphs == RECIPE_STEPS


def test_a_short_closing_sentence_after_the_last_paragraph_is_kept() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday")]
    closing = "We will report again next week."
    text = "\n\n".join([*article, closing, "Share this:", "Facebook", "Twitter"])
    assert Cleaner().clean(text).paragraphs == [*article, closing]


def test_a_short_line_after_the_article_that_is_no_sentence_is_not_kept() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday")]
    for line in ("Want more from our team?", "More from the desk of our editors"):
        text = "\n\n".join([*article, line, "Facebook", "Twitter"])
        assert Cleaner().clean(text).paragraphs == article


def test_a_list_announced_by_the_last_sentence_ends_the_article() -> None:
    dates = ["June 9 -- Harbour Hall, Springfield", "June 12 -- Mill Arena, Riverside"]
    dates += ["June 15 -- Old Bridge Theatre, Eastwick", "June 20 -- City Park, Northgate"]
    days = ["Tuesday", "Monday", "Friday"]
    article = [BODY.replace("Tuesday", day) for day in days]
    text = "\n\n".join(
        [*article, "The band will play these dates next summer:", "\n".join(dates), "Share"]
    )
    paragraphs = Cleaner().clean(text).paragraphs
    assert paragraphs[: len(article)] == article
    assert paragraphs[len(article) :] == ["The band will play these dates next summer:", *dates]


def test_a_short_label_with_a_colon_after_the_article_announces_its_last_list() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    steps = ["1. Fill in the form", "2. Add the receipt", "3. Post it to the council"]
    text = "\n\n".join([*article, "How it works:", "\n".join(steps), "Imprint"])
    assert Cleaner().clean(text).paragraphs == [*article, "How it works:", *steps]


def test_a_share_label_with_a_colon_announces_no_list() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    text = "\n\n".join([*article, "Teilen Sie dies mit:", "Facebook\nX\nE-Mail"])
    assert Cleaner().clean(text, language="de").paragraphs == article


COUNCIL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
COUNCIL_ARTICLE = "".join(
    f"<p>The council met on {day} to discuss the budget for next year, and after a long "
    "debate the members agreed to keep the public pool open through the winter.</p>"
    for day in COUNCIL_DAYS
)
TEASER_LIST = "".join(
    f"<li><a href='/{n}'>Teaser number {n} about something else in the town</a> "
    "with a short summary of what happened there last week and why it matters.</li>"
    for n in range(12)
)

SECTION_MENU = "".join(
    f"<li><a href='/s{n}'>Local section {n} of the town</a></li>" for n in range(40)
)


RELATED_BOX = '<div class="related"><p>Another story about the pool and its history</p></div>'
SIDEBAR_BOX = (
    '<div class="sidebar">'
    + "".join(
        f"<p><a href='/{n}'>Most read story number {n} about the town</a></p>" for n in range(6)
    )
    + "</div>"
)


@pytest.mark.parametrize(
    ("page", "unwanted"),
    [
        (  # a boilerplate word on the wrapper of the marked article body
            "<html><body><nav><a href='/'>Home</a></nav><div class=\"pagination-first\">"
            f'<div class="article-body">{COUNCIL_ARTICLE}{RELATED_BOX}</div></div>'
            f'<ul class="more-stories">{TEASER_LIST}</ul></body></html>',
            "Another story",
        ),
        (  # a layout class saying that the page has a sidebar
            '<html><body><div class="layout w-sidebar"><div class="main">'
            f"{COUNCIL_ARTICLE}</div>{SIDEBAR_BOX}</div><ul>{TEASER_LIST}</ul></body></html>",
            "Most read",
        ),
        (  # a layout class counting the page's sidebars
            '<html><body><div class="theme-one-sidebar-second"><div class="main">'
            f"{COUNCIL_ARTICLE}</div>{SIDEBAR_BOX}</div><ul>{TEASER_LIST}</ul></body></html>",
            "Most read",
        ),
        (  # a wrapper named for the column beside the article, around most of the prose
            f"<html><body><ul>{SECTION_MENU}</ul>"
            '<div class="story-aside-split"><div class="main">'
            f"{COUNCIL_ARTICLE}</div>{SIDEBAR_BOX}</div><div><p>The weekly paper of the "
            "town has told the news of its streets and its harbour since 1921.</p></div>"
            "</body></html>",
            "Most read",
        ),
        (  # a switch naming a feature the article has, several words after it
            '<html><body><article class="post enable-pin-share">'
            f"{COUNCIL_ARTICLE}</article>{SIDEBAR_BOX}<ul>{TEASER_LIST}</ul></body></html>",
            "Most read",
        ),
    ],
)
def test_a_wrapper_named_like_boilerplate_keeps_the_article_inside(
    page: str, unwanted: str
) -> None:
    body = Cleaner().clean(page).body
    assert all(f"met on {day}" in body for day in COUNCIL_DAYS)
    assert unwanted not in body


FINE_PRINT = [
    f"Note {n}. Prices include sales tax where the law requires it, and delivery dates "
    "depend on the stock of the store nearest to the address given at checkout."
    for n in range(1, 5)
]


@pytest.mark.parametrize("role", ["contentinfo", "complementary"])
def test_a_page_footer_named_by_its_aria_role_is_removed_however_much_prose_it_holds(
    role: str,
) -> None:
    # A shop prints a few lines about the product and most of its sentences in the
    # footer's fine print: the role names the footer, not a wrapper of the article.
    page = (
        "<html><body><main><h1>Walking sandal</h1><p>A light sandal with a thin sole.</p>"
        "<ul><li>Weight: 180 g</li><li>Sole: 4 mm</li></ul></main>"
        f'<div role="{role}">' + "".join(f"<p>{note}</p>" for note in FINE_PRINT) + "</div>"
        "</body></html>"
    )
    article = Cleaner().clean(page, explain=True)
    assert "A light sandal with a thin sole." in article.body
    assert "Weight: 180 g" in article.body
    assert not any(note in article.body for note in FINE_PRINT)
    assert {r.code for r in article.removed if r.text in FINE_PRINT} == {"AC150"}


def test_boxes_are_found_on_a_page_whose_body_class_names_embeds() -> None:
    page = (
        '<html><body class="wp-embed-responsive"><div class="article-body">'
        f"{COUNCIL_ARTICLE}{RELATED_BOX}</div></body></html>"
    )
    body = Cleaner().clean(page).body
    assert all(f"met on {day}" in body for day in COUNCIL_DAYS)
    assert "Another story" not in body


def test_a_box_named_in_one_word_is_found_by_the_head_of_its_name() -> None:
    purposes = (
        "Storage that the site needs to work, such as remembering the items in a basket "
        "between two visits, and storage that counts the visitors of each page."
    )
    page = (
        f"<html><body><div>{COUNCIL_ARTICLE}</div>"
        f'<div id="cookieNotice"><p>{purposes}</p></div></body></html>'
    )
    article = Cleaner().clean(page, explain=True)
    assert all(f"met on {day}" in article.body for day in COUNCIL_DAYS)
    assert [r.code for r in article.removed if r.text == purposes] == ["AC150"]


def test_an_html_table_next_to_the_prose_is_kept() -> None:
    paragraph = (
        "<p>The league met on {day} to settle the table for the season, and after a long "
        "debate the clubs agreed on the points of the last two rounds.</p>"
    )
    cells = [("Harbour Rovers", 28), ("Mill Town United", 25), ("Old Bridge Athletic", 19)]
    rows = "".join(
        f"<tr><td>{team}</td><td>12</td><td>{points}</td></tr>" for team, points in cells
    )
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><div>"
        + "".join(paragraph.format(day=day) for day in ("Monday", "Tuesday"))
        + f"<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>{rows}</table>"
        + "</div><footer>Imprint</footer></body></html>"
    )
    body = Cleaner().clean(page).body
    assert "met on Tuesday" in body and "Mill Town United" in body


def test_a_page_title_marked_breaking_is_the_headline_not_a_teaser() -> None:
    first = (
        "The council has this morning paid the builders in full to secure the new pool "
        "before the winter, a week ahead of the date set in the contract"
    )
    rest = [BODY, BODY.replace("Tuesday", "Friday")]
    page = (
        "<html><body><div class='post'><h1>BREAKING: Council pays for the new pool</h1>"
        f"<p>{first}</p>" + "".join(f"<p>{text}</p>" for text in rest) + "</div></body></html>"
    )
    article = Cleaner().clean(page)
    assert article.headline == "BREAKING: Council pays for the new pool"
    assert article.paragraphs == [first, *rest]


def test_captions_and_author_bios_in_the_markup_are_not_body() -> None:
    figure = (
        "<figure><img src='pool.jpg'><figcaption>The public pool on a sunny morning in "
        "July, before the council vote.</figcaption></figure>"
    )
    caption = '<div class="caption">Council members leave the town hall after the vote.</div>'
    bio = '<div class="author-box"><p>Jane Roe covers local politics for the paper.</p></div>'
    first, rest = COUNCIL_ARTICLE.split("</p>", 1)
    page = (
        f'<html><body><div class="article-body">{first}</p>{figure}{rest}{caption}{bio}'
        f"</div><ul>{TEASER_LIST}</ul></body></html>"
    )
    body = Cleaner().clean(page).body
    assert all(f"met on {day}" in body for day in COUNCIL_DAYS)
    assert "sunny morning" not in body and "leave the town hall" not in body
    assert "covers local politics" not in body


def test_a_forms_invitation_is_no_body_but_a_form_around_the_page_is_a_wrapper() -> None:
    signup = (
        "<form><p>Receive our letter twice a month with the news of the local groups, "
        "the coming events and the calls to join our campaigns.</p>"
        "<p>Choose the topics you care about and we will write to you about them.</p></form>"
    )
    page = f"<html><body><div>{COUNCIL_ARTICLE}{signup}</div></body></html>"
    assert "Receive our letter" not in Cleaner().clean(page).body
    whole = f"<html><body><form id='page'><div>{COUNCIL_ARTICLE}</div></form></body></html>"
    assert len(Cleaner().clean(whole).paragraphs) == len(COUNCIL_DAYS)


def test_a_standfirst_marked_teaser_is_body_and_teaser_links_are_not() -> None:
    standfirst = (
        '<p class="teaser">The town keeps its pool open all winter, the council decided after '
        "a week of debate.</p>"
    )
    links = "".join(
        f'<div class="teaser"><a href="/{n}">Another story number {n} from the town</a></div>'
        for n in range(3)
    )
    page = f"<html><body><h1>Pool stays open</h1>{standfirst}{COUNCIL_ARTICLE}{links}</body></html>"
    paragraphs = Cleaner().clean(page).paragraphs
    assert paragraphs[0].startswith("The town keeps its pool open all winter")
    assert len(paragraphs) == 1 + len(COUNCIL_DAYS)


def test_short_lines_in_the_articles_element_join_it_up_to_a_label_but_links_do_not() -> None:
    intro = "<p>Four meetings, one answer</p>"
    outro = "<h3>What comes next</h3><p>Opening hours: 7 to 21</p>"
    page = (
        "<html><body><div class='wrap'><p>Home and garden</p><p>Local sports</p>"
        f"<h1>Pool stays open</h1><div class='x1'>{intro}{COUNCIL_ARTICLE}"
        f"<p><a href='/a'>Another story about the town</a></p>{outro}"
        "<p>Share this article</p><p>Late closing line</p></div>"
        "<p>Weather today</p></div></body></html>"
    )
    article = Cleaner().clean(page)
    paragraphs = article.paragraphs
    assert article.headline == "Pool stays open"
    assert paragraphs[0] == "Four meetings, one answer"
    assert paragraphs[-2:] == ["What comes next", "Opening hours: 7 to 21"]
    assert "Another story about the town" not in paragraphs
    assert not {"Local sports", "Late closing line", "Weather today"} & set(paragraphs)


def test_prose_printed_after_the_articles_element_is_not_body() -> None:
    note = (
        "<div class='box'><p>Jane Roe writes about the town council, its budget and the "
        "people who sit on it for the weekly paper.</p></div>"
    )
    page = f"<html><body><div class='x1'>{COUNCIL_ARTICLE}</div>{note}</body></html>"
    paragraphs = Cleaner().clean(page).paragraphs
    assert len(paragraphs) == len(COUNCIL_DAYS)
    assert all(f"met on {day}" in text for day, text in zip(COUNCIL_DAYS, paragraphs, strict=True))


def test_a_paragraph_holding_most_of_the_prose_is_no_element_to_cut_the_run_at() -> None:
    long = " ".join(
        f"On {day} the council met again to discuss the budget and the pool."
        for day in COUNCIL_DAYS * 3
    )
    short = "<p>The members will vote on the plan at their next meeting in the spring.</p>"
    page = f"<html><body><div><p>{long}</p>{short}</div></body></html>"
    assert len(Cleaner().clean(page).paragraphs) == 2


def test_an_html_list_announced_by_the_last_sentence_ends_the_article() -> None:
    dates = ["June 9 -- Harbour Hall, Springfield", "June 12 -- Mill Arena, Riverside"]
    dates += ["June 15 -- Old Bridge Theatre, Eastwick", "June 20 -- City Park, Northgate"]
    items = "".join(f"<p>{date}</p>" for date in dates)
    page = (
        f'<html><body><div class="story">{COUNCIL_ARTICLE}'
        f"<p>The band will play these dates next summer:</p>{items}</div>"
        "<ul><li><a href='/a'>Tickets</a></li><li><a href='/b'>Venues</a></li>"
        "<li><a href='/c'>Contact the box office</a></li></ul></body></html>"
    )
    paragraphs = Cleaner().clean(page).paragraphs
    assert paragraphs[-len(dates) :] == dates


def test_a_sentence_or_a_heading_is_no_language_switcher() -> None:
    lines = ["Windows10での操作方法です。", "BOYS SOCCER", "EN | DE | FR", "العربيةespрусdefr"]
    assert labelled(LanguageSwitcher, lines) == ["EN | DE | FR", "العربيةespрусdefr"]


def test_an_abbreviation_in_parentheses_is_no_media_tag() -> None:
    lines = ["Integrating the Healthcare Enterprise (IHE)", "Storm hits the coast (VIDEO)"]
    lines.append("Plane passengers quarantined after outbreak [NEWS]")
    assert labelled(MarkedTeaser, lines) == lines[1:]


def test_a_score_or_an_amount_in_capitals_is_no_shouted_teaser() -> None:
    lines = ["HARBOUR 3-1 RIVERSIDE TOWN", "1 545 500 EUROS", "FERRIES RUN AGAIN AFTER STORM"]
    assert labelled(MarkedTeaser, lines) == lines[2:]


def test_an_article_printed_for_browsers_without_scripts_is_read() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        "<script type='text/template'><p>Loaded by the page script</p></script>"
        f"<noscript>{COUNCIL_ARTICLE}<p>Please enable JavaScript to view the comments.</p>"
        "</noscript></body></html>"
    )
    body = Cleaner().clean(page).body
    assert all(f"met on {day}" in body for day in COUNCIL_DAYS)
    assert "JavaScript" not in body and "page script" not in body


def test_a_social_post_embedded_in_the_article_is_kept() -> None:
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The pool '
        "stays open all winter, the council decided tonight.</p></blockquote></div>"
    )
    first, rest = COUNCIL_ARTICLE.split("</p>", 1)
    page = (
        f'<html><body><div class="article-body">{first}</p>{tweet}{rest}</div>'
        f'<div class="social-share"><a href="/s">Share on social media</a></div></body></html>'
    )
    body = Cleaner().clean(page).body
    assert "stays open all winter" in body and "Share on" not in body


def test_an_article_whose_containers_are_named_like_boxes_is_kept_with_a_warning() -> None:
    sections = "".join(f"<p><a href='/{n}'>Section of the site no. {n}</a></p>" for n in range(40))
    paragraphs = [f"{paragraph}</p>" for paragraph in COUNCIL_ARTICLE.split("</p>")[:-1]]
    half = len(paragraphs) // 2
    page = (
        f"<html><body><div class='popup'>{''.join(paragraphs[:half])}</div>"
        f"<div class='modal'>{''.join(paragraphs[half:])}</div>"
        f"<div class='sections'>{sections}</div></body></html>"
    )
    article = Cleaner().clean(page)
    assert all(f"met on {day}" in article.body for day in COUNCIL_DAYS)
    assert "Section of the site" not in article.body
    assert any("class names" in warning for warning in article.warnings)
    # One box around all of the page's prose is the article's wrapper: no warning.
    whole = Cleaner().clean(page.replace("</div><div class='modal'>", ""))
    assert all(f"met on {day}" in whole.body for day in COUNCIL_DAYS)
    assert not whole.warnings


def test_a_page_of_short_lines_without_prose_keeps_its_lines() -> None:
    verses = [
        "The river runs below the hill",
        "the lamps come on along the quay",
        "and every boat is resting still",
        "until the morning calls the sea",
    ]
    page = "\n\n".join(
        ["Home | Poems | Contact", "Evening Harbour", *verses, "© 2024 Example", "Older poems"]
    )
    article = Cleaner().clean(page, explain=True)
    assert all(verse in article.paragraphs for verse in verses)
    assert [removal.text for removal in article.removed if "no prose" in removal.reason] == [
        "Older poems"
    ]


def test_a_box_reports_the_kind_its_name_gives() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<div class='article-body'>{COUNCIL_ARTICLE}</div>"
        "<div class='social-share'><a href='/s'>Post it</a></div>"
        "<div id='comments'><p>Great story, thanks for writing it.</p></div></body></html>"
    )
    removed = {r.text: r.category for r in Cleaner().clean(page, explain=True).removed}
    assert removed["Home"] == "navigation"
    assert removed["Post it"] == "share"
    assert removed["Great story, thanks for writing it."] == "comments"


def test_a_note_about_the_author_closing_the_article_is_metadata() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    note = "Jane Roe is a senior writer for the Harbour Courier and covers the city council."
    text = "\n\n".join(["Menu", *article, note, "Imprint"])
    result = Cleaner().clean(text, explain=True)
    assert result.paragraphs == article
    assert [r.code for r in result.removed if r.text == note] == ["AC904"]
    note = "John Roe writes about the harbour, its ferries and the people who run them."
    text = "\n\n".join(["Menu", *article, note, "Imprint"])
    assert Cleaner().clean(text).paragraphs == article
    note = "Max Muster ist Redakteur im Ressort Lokales und schreibt über den Hafen."
    text = "\n\n".join(["Menü", *article, note, "Impressum"])
    assert Cleaner().clean(text).paragraphs == article


@pytest.mark.parametrize(
    "note",
    [
        "Max Muster ist Hafen-Experte und schreibt seit 2015 für das Hafenblatt.",
        "Ich bin Jana Roe, Bloggerin aus Kiel. Ich schreibe hier über Fähren und Häfen.",
        "Hi, I'm Jane. I write about the harbour and the people who work there.",
    ],
)
def test_an_expert_s_note_or_the_author_introducing_themself_closes_the_article(
    note: str,
) -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    text = "\n\n".join(["Menu", *article, note, "Imprint"])
    assert Cleaner().clean(text).paragraphs == article


def test_a_page_that_is_only_the_author_introducing_themself_keeps_it() -> None:
    intro = (
        "Ich bin Jana Roe, Anwältin für Hafenrecht. Ich berate Reedereien und Häfen bei "
        "Verträgen und vertrete sie vor Gericht."
    )
    text = "\n\n".join(["Menü", "Kontakt", intro, "Impressum"])
    assert Cleaner().clean(text).paragraphs == [intro]
    page = (
        "<html><body><nav><a href='/'>Start</a></nav><article class='entry-content'>"
        f"<h2>Willkommen!</h2><p>{intro}</p></article><footer>Impressum</footer></body></html>"
    )
    assert intro in Cleaner().clean(page).paragraphs


def test_a_sentence_about_a_writer_inside_the_article_stays() -> None:
    about = "Jane Roe is a writer who moved to the harbour district after the flood of 2019."
    article = [BODY, about, BODY.replace("Tuesday", "Monday"), BODY.replace("Tuesday", "Friday")]
    text = "\n\n".join(["Menu", *article, "Imprint"])
    assert Cleaner().clean(text).paragraphs == article


def test_an_author_box_under_its_label_is_metadata() -> None:
    article = [BODY.replace("Tuesday", day) for day in ("Tuesday", "Monday", "Friday")]
    bio = "Jane Roe has covered the harbour since 2015 and lives by the old ferry pier."
    for label, names in (("About the author", ["Jane Roe"]), ("Über den Autor:", [])):
        text = "\n\n".join(["Menu", *article, label, *names, bio, "Imprint"])
        result = Cleaner().clean(text, explain=True)
        assert result.paragraphs == article
        box = {r.text: r.code for r in result.removed if r.code == "AC905"}
        assert set(box) == {label, *names, bio}


def test_a_menu_label_or_a_byline_box_above_an_interview_keeps_the_text_below() -> None:
    # A plural "Authors" is a menu item; a quotation below a byline box opens the story.
    assert labelled(AuthorBox, ["Authors", "Podcasts", BODY]) == []
    quote = "«I came to the harbour because a friend of mine already lived there», he says."
    assert labelled(AuthorBox, ["Author", "Nikola Roe", quote]) == ["Author"]
    other = "The committee met again on Friday and approved the plan without a vote."
    assert labelled(AuthorBox, ["Author", "Nikola Roe", other]) == ["Author"]


@pytest.mark.parametrize(
    "label",
    [
        "More on the harbour ferries",
        "Mehr zu Klima und Konsum",
        "Más sobre el puerto",
        "Mehr Kolumnen auf Harbour News",
    ],
)
def test_a_more_on_label_and_the_headline_after_it_are_teasers(label: str) -> None:
    teaser = "Island ferries sail again after the storms"
    assert labelled(ReadMoreTeaser, [label, teaser]) == [label, teaser]


def test_more_than_a_number_is_no_more_on_label() -> None:
    for line in (
        "Más de 200 heridos en el puerto",
        "More than 200 ferries sail again",
        "More people on the ferries this summer",
    ):
        assert labelled(ReadMoreTeaser, [line]) == []
    sentence = "More on the ferries will follow next week."
    assert labelled(ReadMoreTeaser, [sentence]) == []


def test_times_in_html_table_cells_are_data() -> None:
    page = Cleaner().page(
        "<html><body><p>Updated 10:04 am</p><table><tr><td>River path</td><td>1:16</td></tr>"
        "<tr><td>Main road</td><td>0:58</td></tr></table></body></html>"
    )[0]
    hits = [page.blocks[label.block].text for label in TimestampLine().label(page, Context())]
    assert hits == ["Updated 10:04 am"]


PRODUCT_TEXT = (
    "This dynamic microphone pairs the classic broadcast capsule with a built-in preamp, "
    "so it needs no booster and gives a strong, clean signal to any interface."
)
REVIEW_TEXT = (
    "I have used it every day for my podcast since it arrived, and the sound is warm "
    "and clear even in a small room with hard walls."
)


def _product_page(head: str, body_class: str = "description") -> str:
    return (
        f"<html><head>{head}</head><body><main><h1>Studio Microphone</h1>"
        f"<div class='{body_class}'><p>{PRODUCT_TEXT}</p><p>{PRODUCT_TEXT.upper()}</p></div>"
        f"<section class='product-reviews'><h2>Reviews</h2><p>{REVIEW_TEXT}</p>"
        f"<p>{REVIEW_TEXT.replace('podcast', 'radio show')}</p></section></main></body></html>"
    )


def test_customer_reviews_on_a_product_page_are_comments() -> None:
    for head in (
        '<meta property="og:type" content="product">',
        '<script type="application/ld+json">{"@type": "Product", "name": "Mic"}</script>',
    ):
        article = Cleaner().clean(_product_page(head), explain=True)
        assert PRODUCT_TEXT in article.body
        assert REVIEW_TEXT not in article.body
        assert {r.code for r in article.removed if r.text == REVIEW_TEXT} == {"AC152"}


def test_customer_reviews_longer_than_the_product_description_are_comments() -> None:
    reviews = [REVIEW_TEXT.replace("podcast", show) for show in ("podcast", "radio", "band")]
    page = (
        '<html><head><meta property="og:type" content="product"></head><body><main>'
        f"<h1>Studio Microphone</h1><p>{PRODUCT_TEXT}</p>"
        "<section class='reviews'><h2>Reviews</h2>"
        + "".join(f"<p>{review}</p>" for review in reviews)
        + "</section></main></body></html>"
    )
    article = Cleaner().clean(page, explain=True)
    assert article.body.endswith(PRODUCT_TEXT)
    assert {r.code for r in article.removed if r.text in reviews} == {"AC152"}


def test_reviews_stay_where_the_markup_names_no_product_or_dates_an_article() -> None:
    dated = (
        '<meta property="og:type" content="product">'
        '<meta property="article:published_time" content="2024-05-02T08:00:00Z">'
    )
    for head in ("", dated):
        article = Cleaner().clean(_product_page(head), explain=True)
        assert REVIEW_TEXT in article.body
        assert "AC152" not in {r.code for r in article.removed}


DESCRIPTION = [
    "Each mug is thrown on the wheel by hand and finished in a matte speckled glaze that "
    "shows the clay beneath it.",
    "It holds about 350 millilitres and is safe in the dishwasher and the microwave.",
]


def test_a_text_printed_again_right_below_itself_is_read_once() -> None:
    """A description printed for phones and again for wide screens, as a text rendering
    of the page shows it: the second copy is removed with code AC002."""
    page = "\n\n".join(["Speckled mug", *DESCRIPTION, "Sold out", *DESCRIPTION]) + "\n"
    article = Cleaner().clean(page, explain=True)
    assert [p for p in article.paragraphs if p in DESCRIPTION] == DESCRIPTION
    assert {r.code for r in article.removed if r.text in DESCRIPTION} == {"AC002"}
    kept = Cleaner(ignore=["AC002"]).clean(page)
    assert [p for p in kept.paragraphs if p in DESCRIPTION] == DESCRIPTION * 2


def test_text_repeated_further_away_or_short_is_kept() -> None:
    """A step repeated after other paragraphs (a plan for each day), and a sentence of
    fewer than twenty words repeated right below itself, stay."""
    step = "Drink one glass of water and eat a handful of almonds before your morning walk."
    days = [
        f"Day {n}. {BODY} The walk on this day goes along the {place} and back again."
        for n, place in enumerate(("river", "old town", "park", "harbour", "market"), 1)
    ]
    page = "\n\n".join(part for day in days for part in (day, step)) + "\n"
    short = "\n\n".join([BODY, DESCRIPTION[1], DESCRIPTION[1], DESCRIPTION[0]]) + "\n"
    for text in (page, short):
        article = Cleaner().clean(text, explain=True)
        assert "AC002" not in {r.code for r in article.removed}
    assert Cleaner().clean(short).paragraphs.count(DESCRIPTION[1]) == 2
