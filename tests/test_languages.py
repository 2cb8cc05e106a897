"""Every supported language: a realistic page comes out clean and is recognised."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from articlecleaner import clean
from articlecleaner._language import detect_language
from articlecleaner._lexicon import PHRASE_TYPES, available_languages, lexicon_for
from articlecleaner._page import blocks_from_text, build_page

# language: (home, share, read more, teaser, copyright, cookie, headline, paragraph, paragraph)
PAGES = {
    "en": (
        "Home",
        "Share",
        "Read more",
        "Council delays the budget vote",
        "© 2024 Example Media. All rights reserved.",
        "This website uses cookies to improve your experience.",
        "City opens a new public library",
        "The city opened a new public library on Saturday, the first one built in the "
        "district for more than forty years, and hundreds of residents came to see it.",
        "The building has room for sixty thousand books, a reading garden and a hall for "
        "lectures, and it will stay open until nine in the evening on weekdays.",
    ),
    "de": (
        "Startseite",
        "Teilen",
        "Lesen Sie auch",
        "Stadtrat verschiebt die Abstimmung",
        "© 2024 Beispiel Verlag. Alle Rechte vorbehalten.",
        "Wir verwenden Cookies, um Ihnen die Nutzung der Webseite zu erleichtern.",
        "Stadt eröffnet eine neue Bibliothek",
        "Die Stadt hat am Samstag eine neue öffentliche Bibliothek eröffnet, die erste im "
        "Bezirk seit mehr als vierzig Jahren, und viele Bewohner kamen zur Eröffnung.",
        "Das Gebäude bietet Platz für sechzigtausend Bücher und einen Lesegarten, und es "
        "ist an Werktagen bis neun Uhr abends für alle Besucher geöffnet.",
    ),
    "fr": (
        "Accueil",
        "Partager",
        "Lire aussi",
        "Le conseil reporte le vote du budget",
        "© 2024 Exemple Médias. Tous droits réservés.",
        "Nous utilisons des cookies pour améliorer votre expérience sur le site.",
        "La ville ouvre une nouvelle bibliothèque",
        "La ville a ouvert samedi une nouvelle bibliothèque publique, la première construite "
        "dans le quartier depuis plus de quarante ans, et des centaines d'habitants sont venus.",
        "Le bâtiment peut accueillir soixante mille livres et un jardin de lecture, et il "
        "restera ouvert jusqu'à neuf heures du soir pendant la semaine.",
    ),
    "es": (
        "Inicio",
        "Compartir",
        "Lea también",
        "El concejo aplaza la votación del presupuesto",
        "© 2024 Ejemplo Medios. Todos los derechos reservados.",
        "Utilizamos cookies para mejorar su experiencia en nuestro sitio.",
        "La ciudad abre una nueva biblioteca",
        "La ciudad abrió el sábado una nueva biblioteca pública, la primera construida en el "
        "barrio en más de cuarenta años, y cientos de vecinos acudieron a verla.",
        "El edificio tiene espacio para sesenta mil libros y un jardín de lectura, y estará "
        "abierto hasta las nueve de la noche de lunes a viernes.",
    ),
    "it": (
        "Home",
        "Condividi",
        "Leggi anche",
        "Il consiglio rinvia il voto sul bilancio",
        "© 2024 Esempio Media. Tutti i diritti riservati.",
        "Utilizziamo i cookie per migliorare la tua esperienza sul sito.",
        "La città apre una nuova biblioteca",
        "La città ha aperto sabato una nuova biblioteca pubblica, la prima costruita nel "
        "quartiere da più di quarant'anni, e centinaia di residenti sono venuti a vederla.",
        "L'edificio ha spazio per sessantamila libri e un giardino per la lettura, e resterà "
        "aperto fino alle nove di sera nei giorni feriali.",
    ),
    "pt": (
        "Início",
        "Compartilhar",
        "Leia também",
        "Câmara adia a votação do orçamento",
        "© 2024 Exemplo Mídia. Todos os direitos reservados.",
        "Utilizamos cookies para melhorar a sua experiência no site.",
        "Cidade abre uma nova biblioteca",
        "A cidade abriu no sábado uma nova biblioteca pública, a primeira construída no "
        "bairro em mais de quarenta anos, e centenas de moradores foram conhecê-la.",
        "O prédio tem espaço para sessenta mil livros e um jardim de leitura, e vai ficar "
        "aberto até as nove da noite durante a semana.",
    ),
    "nl": (
        "Home",
        "Delen",
        "Lees ook",
        "Gemeenteraad stelt stemming over begroting uit",
        "© 2024 Voorbeeld Media. Alle rechten voorbehouden.",
        "Wij gebruiken cookies om uw ervaring op de website te verbeteren.",
        "Stad opent een nieuwe bibliotheek",
        "De stad heeft zaterdag een nieuwe openbare bibliotheek geopend, de eerste die in de "
        "wijk is gebouwd in meer dan veertig jaar, en honderden bewoners kwamen kijken.",
        "Het gebouw heeft plaats voor zestigduizend boeken en een leestuin, en het is op "
        "werkdagen tot negen uur 's avonds open voor iedereen.",
    ),
    "pl": (
        "Strona główna",
        "Udostępnij",
        "Czytaj także",
        "Rada przekłada głosowanie nad budżetem",
        "© 2024 Przykład Media. Wszelkie prawa zastrzeżone.",
        "Używamy plików cookie, aby ułatwić korzystanie z serwisu.",
        "Miasto otwiera nową bibliotekę",
        "Miasto otworzyło w sobotę nową bibliotekę publiczną, pierwszą zbudowaną w dzielnicy "
        "od ponad czterdziestu lat, a setki mieszkańców przyszły ją zobaczyć.",
        "Budynek pomieści sześćdziesiąt tysięcy książek i ogród do czytania, a w dni "
        "robocze będzie otwarty do dziewiątej wieczorem.",
    ),
    "ru": (
        "Главная",
        "Поделиться",
        "Читайте также",
        "Совет перенёс голосование по бюджету",
        "© 2024 Пример Медиа. Все права защищены.",
        "Мы используем файлы cookie, чтобы сделать сайт удобнее.",
        "В городе открылась новая библиотека",
        "В субботу в городе открылась новая публичная библиотека, первая в районе за более "
        "чем сорок лет, и посмотреть на неё пришли сотни жителей.",
        "В здании поместятся шестьдесят тысяч книг и читальный сад, а по будним дням "
        "библиотека будет работать до девяти часов вечера.",
    ),
    "uk": (
        "Головна",
        "Поділитися",
        "Читайте також",
        "Рада перенесла голосування щодо бюджету",
        "© 2024 Приклад Медіа. Усі права захищені.",
        "Ми використовуємо файли cookie, щоб зробити сайт зручнішим.",
        "У місті відкрилася нова бібліотека",
        "У суботу в місті відкрилася нова публічна бібліотека, перша в районі за понад сорок "
        "років, і подивитися на неї прийшли сотні мешканців.",
        "У будівлі поміститься шістдесят тисяч книжок і читальний сад, а в будні дні "
        "бібліотека працюватиме до дев'ятої години вечора.",
    ),
    "tr": (
        "Ana Sayfa",
        "Paylaş",
        "Devamını oku",
        "Meclis bütçe oylamasını erteledi",
        "© 2024 Örnek Medya. Tüm hakları saklıdır.",
        "Bu web sitesi deneyiminizi iyileştirmek için çerezler kullanır.",
        "Şehirde yeni bir kütüphane açıldı",
        "Şehirde cumartesi günü yeni bir halk kütüphanesi açıldı ve bu, kırk yılı aşkın bir "
        "sürede semtte yapılan ilk kütüphane oldu, yüzlerce kişi görmeye geldi.",
        "Binada altmış bin kitap için yer ve bir okuma bahçesi var, ve hafta içi akşam "
        "dokuza kadar herkese açık olacak.",
    ),
    "ar": (
        "الرئيسية",
        "شارك",
        "اقرأ أيضا",
        "المجلس يؤجل التصويت على الميزانية",
        "© 2024 مثال ميديا. جميع الحقوق محفوظة.",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        "المدينة تفتتح مكتبة جديدة",
        "افتتحت المدينة يوم السبت مكتبة عامة جديدة، وهي الأولى التي تبنى في الحي منذ أكثر "
        "من أربعين عاما، وجاء مئات من السكان لرؤيتها.",
        "يتسع المبنى لستين ألف كتاب وحديقة للقراءة، وسيبقى مفتوحا حتى التاسعة مساء في "
        "أيام الأسبوع.",
    ),
    "zh": (
        "首页",
        "分享",
        "阅读更多",
        "议会推迟预算投票",
        "© 2024 示例传媒 版权所有",
        "本网站使用cookie来改善您的浏览体验，继续浏览即表示您同意。",
        "城市新图书馆开放",
        "这座城市周六开放了一座新的公共图书馆，这是四十多年来该区建成的第一座图书馆，数百名居民前来参观。",
        "图书馆可容纳六万册图书，还有一个阅读花园，工作日将开放到晚上九点，欢迎所有市民前来阅读。",
    ),
    "ja": (
        "ホーム",
        "シェア",
        "続きを読む",
        "議会が予算の採決を延期",
        "© 2024 サンプルメディア 無断転載禁止",
        "当サイトではクッキーを使用しています。サイトの利用を続けると同意したものとみなされます。",
        "市に新しい図書館が開館",
        "市は土曜日に新しい公共図書館を開館しました。この地区に図書館が建てられるのは四十年以上ぶりで、数百人の住民が見学に訪れました。",
        "建物には六万冊の本を置くことができ、読書のための庭もあります。平日は夜九時まで開館する予定です。",
    ),
    "ko": (
        "홈",
        "공유하기",
        "관련 기사",
        "의회, 예산안 표결 연기",
        "© 2024 예시 미디어. 무단 전재 및 재배포 금지",
        "이 웹사이트는 더 나은 경험을 위해 쿠키를 사용합니다.",
        "시, 새 도서관 개관",
        "시는 토요일에 새로운 공공 도서관을 개관했으며, "
        "이 지역에 도서관이 지어진 것은 사십 년 만에 처음으로 수백 명의 주민이 찾아왔다.",
        "건물에는 육만 권의 책을 둘 수 있는 공간과 독서 정원이 있으며, "
        "평일에는 저녁 아홉 시까지 문을 연다.",
    ),
}


def _page(parts: tuple[str, ...]) -> str:
    home, share, read_more, teaser, copyright_, cookie, headline, first, second = parts
    return (
        f"{home}\n\n{headline}\n\n{first}\n\n{share}\n\n{second}\n\n{read_more}\n{teaser}\n\n"
        f"{copyright_}\n{cookie}\n"
    )


def test_every_shipped_lexicon_has_a_page() -> None:
    assert sorted(PAGES) == sorted(available_languages())


@pytest.mark.parametrize("language", sorted(PAGES))
def test_page_comes_out_clean(language: str) -> None:
    parts = PAGES[language]
    article = clean(_page(parts))
    assert article.language == language
    assert article.paragraphs == [parts[7], parts[8]]
    assert article.headline == parts[6]


def test_phrase_types_cover_the_boilerplate_kinds() -> None:
    assert len(PHRASE_TYPES) >= 20
    assert len(set(PHRASE_TYPES)) == len(PHRASE_TYPES)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_lexicon_lists_every_phrase_type(language: str) -> None:
    data = json.loads(
        resources.files("articlecleaner").joinpath("lexicons", f"{language}.json").read_text()
    )
    assert sorted(data["phrases"]) == sorted(PHRASE_TYPES)
    empty = [kind for kind, phrases in data["phrases"].items() if not phrases]
    assert empty == []


@pytest.mark.parametrize("language", sorted(PAGES))
def test_every_phrase_line_is_removed(language: str) -> None:
    """A line made of any one boilerplate phrase of the language leaves the body intact.

    The line goes between the two paragraphs; a comments heading goes after them, since
    it ends the article by design.
    """
    parts = PAGES[language]
    first, second = parts[7], parts[8]
    page = _page(parts)
    kept = []
    for kind, phrases in lexicon_for(language).phrases.items():
        anchor = f"{first}\n\n" if kind != "comments" else f"{second}\n\n"
        for phrase in sorted(phrases):
            line = phrase[:1].upper() + phrase[1:]
            article = clean(page.replace(anchor, f"{anchor}{line}\n\n"))
            if article.paragraphs != [first, second]:
                kept.append((kind, phrase, article.paragraphs))
    assert kept == []


def test_one_letter_words_are_no_evidence_of_a_language() -> None:
    assert detect_language(["A e a y o A e a i o"]) is None
    assert detect_language(["Die Stadt und der Hafen sind in der Nacht still."]) == "de"


def test_prose_in_an_indic_script_is_read_as_prose() -> None:
    paragraphs = [
        "नगर परिषद ने बुधवार को स्कूलों के लिए बजट बढ़ाने का प्रस्ताव पारित किया। "
        "बैठक लगभग चार घंटे चली और विपक्ष के सदस्यों ने इसका विरोध किया।",
        "महापौर ने कहा कि नए भवनों का निर्माण अगले साल शुरू होगा और सभी बच्चों को इससे लाभ मिलेगा।",
    ]
    page = "\n\n".join(["होम", "देश", "खेल", *paragraphs, "और पढ़ें", "संपर्क"])
    assert clean(page).paragraphs == paragraphs


def test_a_passage_in_another_language_weighs_as_prose() -> None:
    synopsis = (
        "A quiet story follows two fishermen through one long winter on the island, "
        "and while the storms keep every boat in the harbour they mend their nets, "
        "quarrel about the old lighthouse and remember the summer when the whole village "
        "came down to the shore to watch the ships of the regatta sail past the cliffs "
        "· Director: Jane Roe · Cast: John Doe and Mary Major"
    )
    page = "\n\n".join(
        [
            "Startseite",
            "Über mich",
            "Kontakt",
            "Der Film des Monats",
            synopsis,
            "Kommentar verfassen",
            "Impressum",
            "Datenschutz",
        ]
    )
    # A German blog quoting an English synopsis: German stopwords are rare in it.
    assert clean(page, language="de").paragraphs == [synopsis]


def test_the_page_words_detect_the_language_the_texts_do() -> None:
    """A page hands its blocks' letter words to the detection; they are the words the
    detection reads from the texts themselves."""
    texts = [
        "Die Stadt und der Hafen sind in der Nacht still.",
        "L'été dernier, la ville a rouvert le port aux bateaux de pêche.",
        "It's the well-known o'clock news -- and 3 more: x-ray, a--b, 'quoted'.",
    ]
    for page_texts in (texts[:1], texts[1:2], texts):
        blocks, _ = blocks_from_text("\n\n".join(page_texts))
        page = build_page("", blocks)
        assert page.language == detect_language(page_texts) is not None
    assert detect_language(["the and of"], [("die", "und", "der", "das", "ist")]) == "de"
