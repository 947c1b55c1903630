"""The demo publication: three short articles written for this project, with planted errors.

Each article lists its planted errors so the demo page can invite a visitor to find them and
the tests can check that the desk sees them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DemoArticle:
    slug: str
    lang: str
    title: str
    standfirst: str
    byline: str
    date: str
    paragraphs: tuple[str, ...]
    planted: tuple[tuple[str, str], ...]  # (the wrong text, what is wrong with it)


LIBRARY = DemoArticle(
    slug="harwick-library-reopens",
    lang="en",
    title="Harwick's riverside library reopens after a two-year rebuild",
    standfirst="The 1887 reading room is back, with a flood wall, a children's floor and "
    "longer evening hours.",
    byline="By Tessa Marlow, local affairs reporter",
    date="14 November 2026",
    paragraphs=(
        "The Harwick Riverside Library opened its doors again on Saturday morning, two years "
        "after floodwater reached the shelves of its ground floor and forced the building to "
        "close. More than 600 people queued along Mill Lane before the ribbon was cut.",
        "The rebuild cost £4.2 million, most of it from a national heritage grant, with the "
        "rest raised by the council and a local appeal. The goverment grant came with one "
        "condition: the Victorian reading room had to be restored rather than replaced.",
        "Head librarian Margaret Ellison said the the new flood wall, designed to hold back a "
        "river a metre higher than the 2024 peak, had been the priority. \u201cWe lost "
        "eleven thousand books last time. We were not going to let that happen twice,\u201d "
        "she said.",
        "The ground floor now houses a children's library with a storytelling corner, while "
        "the first floor keeps the restored reading room, its oak tables and its green "
        "lamps. A small caf\u00e9 run by a local bakery opens on weekdays.",
        "Opening hours have been extended to 8pm on Tuesdays and Thursdays after a survey in "
        "which nearly two thirds of residents asked for evening access. Ms Elison said the "
        "library would also lend laptops and Wi-Fi hotspots from January.",
        "The building, which celebrated its 150th anniversary in 2017, is one of the oldest "
        "public libraries in the county.",
    ),
    planted=(
        ("goverment", "misspelling of \u201cgovernment\u201d"),
        ("the the", "doubled word"),
        ("Elison", "the librarian\u2019s name is spelled Ellison earlier"),
        ("150th anniversary in 2017", "built in 1887, it turned 130 in 2017"),
    ),
)

BRIDGE = DemoArticle(
    slug="vinnytsia-pishokhidnyi-mist",
    lang="uk",
    title="У Вінниці відкрили пішохідний міст через Південний Буг",
    standfirst="Новий міст з\u2019єднав Старе місто з Кумбарами і скоротив шлях до ринку "
    "на пів години.",
    byline="Оксана Дяченко",
    date="12 листопада 2026",
    paragraphs=(
        "У неділю у Вінниці відкрили пішохідний міст через Південний Буг. Він з\u2019єднав "
        "Старе місто з районом Кумбари, звідки багато людей щодня ходять на центральний "
        "ринок. Раніше їм доводилося робити гак через автомобільний міст.",
        "Довжина нової переправи \u2014 240 метрів, ширина \u2014 шість метрів. Уздовж "
        "неї облаштували велосипедну доріжку та лавки з видом на річку. Будівнитство "
        "тривало півтора року і обійшлося міському бюджету в 96 мільйонів гривень.",
        "\u00abМи хотіли, щоб міст був не лише дорогою, а й місцем, де приємно зупинитися\u00bb, "
        "\u2014 розповів головний архітектор проєкту Андрій Пономарев. За його словами, "
        "освітлення на на мосту вмикається автоматично і споживає втричі менше енергії, "
        "ніж звичайні ліхтарі.",
        "Містяни вже встигли оцінити новинку: у перший день мостом пройшли понад "
        "дванадцять тисяч людей. Пономарьов зазначив, що навесні вздовж берегів висадять "
        "ще сто дерев.",
        "Наступним кроком міська рада планує відремонтувати набережну біля мiсту за "
        "новим проектом, щоб прогулянкова зона тягнулася від острова Фестивальний до Кумбар.",
    ),
    planted=(
        ("Будівнитство", "помилка: «будівництво»"),
        ("на на", "подвоєне слово"),
        ("Пономарьов", "раніше прізвище написано «Пономарев»"),
        ("мiсту", "латинська «i» у кириличному слові"),
        ("проектом", "з 2019 року правопис пише «проєкт»"),
    ),
)

FESTIVAL = DemoArticle(
    slug="kazan-street-music",
    lang="ru",
    title="В Казани прошёл первый фестиваль уличной музыки",
    standfirst="Три дня музыканты играли на набережной и в парках, а зрители выбирали "
    "лучших голосованием.",
    byline="Марина Гарипова",
    date="9 ноября 2026",
    paragraphs=(
        "В выходные в Казани прошёл первый фестиваль уличной музыки. Музыканты из "
        "двадцати трёх городов выступали на набережной Кабана, в парке Горького и на "
        "улице Баумана. Организаторы насчитали около сорока тысяч зрителей.",
        "Участие в фестивале было бесплатным: музыканты подавали заявки онлайн, а "
        "жюри отобрало сто двенадцать коллективов из почти пятисот желающих. "
        "Выступления длились по двадцать минут, после чего зрители голосовали за "
        "понравившихся артистов через QR-код.",
        "Главный приз \u2014 запись альбома на студии \u2014 получил дуэт из Самары, "
        "игравший джаз на аккордеоне и контрабасе. \u00abМы впервые выступали перед "
        "такой публикой\u00bb, \u2014 признался участник дуэта Илья Семёнов. Второе место "
        "заняла группа из Уфы, третье \u2014 в в скрипичное трио из Казани.",
        "Директор фестиваля Алсу Хабибуллина рассказала, что следующий фестивль "
        "пройдёт в июне и продлится неделю. По её словам, в этом году на организацию "
        "потратили 12 миллионов рублей, из которых треть дали спонсоры.",
        "Хабибулина добавила, что город готов выделить для выступлений ещё две площадки "
        "\u2014 в Лядском саду и у Кремля.",
    ),
    planted=(
        ("фестивль", "опечатка: «фестиваль»"),
        ("в в", "повтор слова"),
        ("Хабибулина", "выше фамилия написана «Хабибуллина»"),
    ),
)

ARTICLES = (LIBRARY, BRIDGE, FESTIVAL)


def article_by_slug(slug: str) -> DemoArticle | None:
    return next((article for article in ARTICLES if article.slug == slug), None)
