"""Every rule as data: a dotted id, a message, and example sentences that must fail and pass.

Detectors live in their own modules and refer to a rule here by id; ``test_rules.py``
checks each rule's examples through the public ``check()`` so a rule cannot exist
without evidence that it fires, and that it keeps quiet on the lookalikes.
"""

from __future__ import annotations

from dataclasses import dataclass

Example = tuple[str, str]  # (lang, sentence)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    message: str
    fails: tuple[Example, ...]
    passes: tuple[Example, ...]


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "spelling.misspelling",
            "Possible misspelling.",
            fails=(
                ("en", "The goverment said it would recieve the report."),
                ("en", "He was tpresideding over the meeting."),
                ("en", "Teh minister resigned on Monday."),
                ("en", "The committee will reccomend it tommorow, as it occured before."),
                ("en", "It was definately a seperate matter, with accomodation for the begining."),
                ("en", "Fans did not want to dissapoint the team."),
                ("uk", "Уряд ухвалив рішеня про бюджет."),
                ("uk", "Лавки стоять над річкою. Будівнитство тривало півтора року."),
                ("ru", "Правительство приняло решене о бюджете."),
                ("uk", "Вона завела новий мессенджер, і це її заспокоіло."),
                ("uk", "Він ходив у мокасінах і працював з єкстрактором."),
                ("uk", "Нажаль, ми спізнились. Нажаль, так буває."),
                ("uk", "Звязок зник, і обєкт залишився без світла."),
                ("uk", "Вцілому все впорядку, і ми взмозі це зробити."),
                ("uk", "Поперше, штабквартира переїхала."),
                ("ru", "Изза дождя ктото ушёл."),
                ("ru", "Пожалуйста, не расчитывайте на это."),
                ("ru", "Обьявление о том инциденте, впринципе, уже вывесили."),
                ("en", "He said te plan was fine and bought bread nd butter."),
                ("en", "Dont worry: he doesnt know, and youre right."),
                ("uk", "На сніданок були медові банани, солодющі ананаси, манго і папайя."),
                ("en", "He said inthe end that thegovernment agreed."),
                ("en", "Talks resume on Thrusday, or in Febuary."),
                ("uk", "Сережка, зайкрий-но двері на ключ."),
                ("uk", "Енергетики праціють цілодобов, щоб відновити живлення."),
                ("uk", "Це наша терріторія. Про цей інцендент ми ще поговоримо."),
                ("ru", "Будующий год будет бешенно трудным, не расчитывайте на отдых."),
            ),
            passes=(
                ("en", "The government said it would receive the report on 12 May."),
                ("en", "NATO and the EU met at https://example.org/a-b with @kyiv_post."),
                ("en", "A well-known, state-owned firm hired Volodymyr Zelenskyy's aide."),
                ("en", "The colour of the organisation's logo was analysed."),
                ("en", "The targeting of benefited travelers was cancelled, focused and labeled."),
                ("uk", "Уряд ухвалив рішення про бюджет на 2025 рік."),
                ("uk", "Компанія Microsoft відкрила офіс у Києві, повідомив Reuters."),
                ("uk", "Про це писали Х. Аль-Шаер і М. Заман (Michelon та ін.)."),
                ("ru", "Син прийшов зі школи і каже до тата: який гарний день."),
                ("ru", "Правительство приняло решение о бюджете."),
                ("ru", "Для истины он готов пожертвовать жизнию, но не фамилией."),
                ("uk", "Він вдома, втім, узяв усе вчасно і сказав, що вдвох упораються."),
                ("uk", "Боже, поскоріше б! Хай воно пошвидше минеться, і поменше галасу."),
                ("uk", "Наука привідкриває цю красу, а студенти хочуть підзаробити."),
                ("uk", "Він процитував: «Єсли в недолї і долї не стратив ся мови, то цїле житє»."),
                ("uk", "Вона сказала: «Шляпу надень, это ведь холодно, ещё и дождь»."),
                ("en", "Ludde Ingvall, the skipper, says the race is on."),
                ("en", "Orban blocked the decision. Kallas voiced support. Milei won."),
                ("uk", "Каїфа прямо в очі подивився Пилатові."),
                ("uk", "— А ви скільки заробляєте, Миколе Миколайовичу?"),
                ("uk", "Умєров очолив делегацію."),
                ("uk", "Поле буває гармонічним або агармонічним, а предки припідносять дари."),
                ("uk", "Це інженер, пан Хірояма, а поруч сидить містер Мейор."),
                ("uk", "«Вона означає щось величне», — сказав Годло."),
                ("uk", "Фрагменти украі\u0308нських співів в обробці сучасноі\u0308 авторки."),
                ("uk", "Дані взяли з адмінки, а потім зробили хелпери для адмінки."),
                ("uk", "Ці моделі обчислювально важкі, як писали в «Апокрифах і леґендах»."),
                ("uk", "Використовуйте булет-поінти; «Le vent se lève. Il faut tenter de vivre»."),
                ("uk", "Гаджети для дист. навчання і курси ісп. мови."),
                ("uk", "Кіт шахрайськи одужав, а вуса-пір‘їнки тремтіли."),
                ("uk", "Пакет util-linux і команда FR resp працюють."),
                ("ru", "Любовь космически соединяет людей."),
                ("en", "Fernando de la Rua went en route to the hotel du Palais, 3 km away."),
                ("en", "He wont go, we cant stay, lets see; it went well, and thats that."),
                ("uk", "Малий лепетав: «Я хочу плиїхати і плосити цукелок»."),
                ("en", "Type tugar and gugar in the bablespoon field."),
                ("en", "Theon and Thea met Theroux; there, then, thereafter."),
                ("en", "Marc and Mayo met Augusta in Junee on Sunday."),
                ("uk", "Шукаємо таск-партнерів і мастер-лісти; ну ніфі*а собі, “*бол”."),
            ),
        ),
        Rule(
            "spelling.name_variant",
            "A name spelt differently elsewhere in this article.",
            fails=(
                ("en", "Ivan Ponomarev spoke first. Later Ponomarev and Ponomarov left."),
                ("uk", "Іван Пономарьов виступив. Потім Пономарьов і Понамарьов пішли."),
                ("uk", "Розповів архітектор Андрій Пономарев. Пономарьов зазначив, що так."),
                ("ru", "Директор Алсу Хабибуллина рассказала. Хабибулина добавила."),
            ),
            passes=(
                ("en", "Ivan Ponomarev spoke first. Later Ponomarev left."),
                ("uk", "Іван Пономарьов виступив. Потім Пономарьова і Пономарьову згадали."),
                ("uk", "Міст з’єднав центр з Кумбарами. Район Кумбари росте, а до Кумбар їдуть."),
                ("uk", "Принцеса Анінька чекала. Усі шукали Аніньку, бо серце Аніньки мерзло."),
            ),
        ),
        Rule(
            "spelling.orthography",
            "Not as the Ukrainian orthography of 2019 spells it.",
            fails=(
                ("uk", "Уряд схвалив законопроект і два проекти постанов."),
                ("uk", "Він відкрив веб-сайт, а екс-президент дав інтерв'ю."),
                ("uk", "Це сталося в 80-их роках, коли йому було 5-ти років."),
                ("uk", "Йому було (5-ти), а їй 20-ть, на 5-ій хвилині."),
                ("uk", "У 1989му році вийшов 3-ій том."),
            ),
            passes=(
                ("uk", "Уряд схвалив законопроєкт і траєкторію руху, а проєктор увімкнули."),
                ("uk", "Він жив в екс-Югославії, дивився міні-ЗМІ і фото-відеозвіти."),
                ("uk", "Віце-прем'єр приїхав 5-го травня, у 80-х роках, на 3-тю сесію; 5 км."),
                ("uk", "Ціна 100грн, 5м, буд. 5а; див. https://x.ua/5-ти та v2-ий."),
                ("ru", "Правительство одобрило проект в 80-их годах."),
                ("uk", "Він сказав: «Этот проект ещё не утверждён, это ведь ясно»."),
                ("uk", "У звіті згадано проектирование мостов російською мовою."),
            ),
        ),
        Rule(
            "spelling.lost_hyphen",
            "A hyphenated word written as two.",
            fails=(
                ("uk", "Будь яка допомога важлива, якщо хтось коли небудь спитає."),
                ("uk", "Він вийшов з за рогу й визирнув з під даху."),
                ("ru", "Кое кто пришёл из за дождя, а кто нибудь ушёл."),
            ),
            passes=(
                ("uk", "Будь ласка, будь уважним і поговори з ним, будь-який день."),
                ("uk", "Хто-небудь прийде з-за рогу."),
                ("ru", "Он вышел из дома, и что-нибудь случилось из-за дождя."),
                ("en", "Be any help, from behind."),
            ),
        ),
        Rule(
            "spelling.stray_hyphen",
            "A hyphen in a word written solid or as two.",
            fails=(
                ("uk", "Він ніби-то погодився, але будь-ласка, не чекайте."),
                ("ru", "Он сказал, что-бы все пришли, как-будто это праздник."),
                ("uk", "Курс перейшов в он-лайн."),
            ),
            passes=(
                ("uk", "Хтось ніби то сказав, а будь ласка будь-який, па-па, а-а-а!"),
                ("ru", "Кто-то сказал, что бы ни случилось, из-за дождя; д-р Ли, Мак-Кейн."),
                ("en", "An e-mail about a co-op and a by-law."),
            ),
        ),
        Rule(
            "spelling.confusable",
            "A word easily typed for another, in a place only the other fits.",
            fails=(
                ("en", "They could of stopped it, since it cost more then expected."),
                ("en", "Its a risk, and their is no plan; the order came form the top."),
                ("en", "Each party has it's own view. Your welcome to join."),
                ("en", "The Untied States said the court will here the case."),
                ("ru", "В течении года цены росли."),
                ("uk", "На протязі року ціни зростали."),
            ),
            passes=(
                ("en", "They could have stopped it; it could, of course, cost more than that."),
                ("en", "It's a risk, and there is a plan in a form the court accepts."),
                ("en", "He could of course refuse. There were more then, and their own."),
                ("en", "The untied laces; you will here be safe, from here to there."),
                ("ru", "В течение года цены росли, а в течении реки плыли лодки."),
                ("uk", "Протягом року на протязі стояли двері."),
            ),
        ),
        Rule(
            "punctuation.clause_comma",
            "A comma belongs before the clause this word opens.",
            fails=(
                ("uk", "Міністр зазначив що реформа триває, і попросив щоб усі зачекали."),
                ("uk", "Зазначивши що реформа триває, він пішов."),
                ("ru", "Министр отметил что реформа продолжается."),
                ("ru", "Мы решили чтобы все пришли."),
            ),
            passes=(
                ("uk", "Міністр зазначив, що реформа триває. Що робити? Роби що хочеш."),
                ("uk", "Він сказав що-небудь? Ти знаєш що? Скажи що ж сталося."),
                ("uk", "А знаєш що, мамо? Там чорт знає що."),
                ("ru", "Министр отметил, что реформа продолжается. Он сказал что-то."),
                ("ru", "Ты знаешь что ли, куда идти? Так что всё хорошо."),
                ("en", "The minister said that the reform continues."),
            ),
        ),
        Rule(
            "grammar.article",
            "The article does not fit the sound of the next word.",
            fails=(
                ("en", "It was a unusual day: a apple, a hour and an new plan."),
                ("en", "She ate an banana and then a orange."),
            ),
            passes=(
                ("en", "An hour, a one-off, a European, an honest man and a union."),
                ("en", "A historic day, an historic day, an MP, a URL and an FBI agent."),
                ("en", "Point a of the plan, a priori, and an iPhone."),
            ),
        ),
        Rule(
            "spelling.euphony",
            "Ukrainian euphony: the orthography alternates this preposition here.",
            fails=(
                ("uk", "Він пішов в кафе, а вийшов з школи."),
                ("uk", "Він розмовляв з сестрою про те, як живуть в селі."),
                ("uk", "Брат В Києві жив."),
            ),
            passes=(
                ("uk", "Вона пішла в кафе, а потім у школу; брат в Одесі, зі школи."),
                ("uk", "Він жив далеко. В Києві, в центрі, з ним жила сестра."),
                ("uk", "Він сказав: «Этот проект в работе, это ведь ясно»."),
                ("uk", "Про це пишуть в 2020 році, брат в США і студент з Oxford."),
                ("ru", "Он пошёл в кафе и вышел из школы с сестрой."),
            ),
        ),
        Rule(
            "spelling.capitalisation",
            "A sentence starts with a small letter.",
            fails=(
                ("uk", "Ми гуляли старим містом. свіжа прохолода бадьорила."),
                ("en", "The minister resigned. his deputy took over."),
                ("ru", "Он ушёл домой. завтра будет новый день."),
                ("uk", "Що сталося? нічого особливого."),
                ("uk", "гаразд, почнемо. Ми прийшли (о п'ятій). потім пішли."),
                ("uk", "Цей курс дає CS50. після нього можна читати книжки."),
            ),
            passes=(
                ("uk", "Ціна зросла на 5 тис. гривень, а також на 2 млн. доларів."),
                ("uk", "— Хто там? — спитала вона. «Іди сюди!» — гукнула мати."),
                ("uk", "Ми чекали… а потім пішли. Так і т. д. було."),
                ("en", "It starts at 9 a.m. tomorrow, e.g. in the U.S. capital."),
                ("en", "He bought it. iPhone sales grew.\n1. first item\n2. second item"),
                ("ru", "Он жил на ул. пушкина и т. п. вещи. Техн. поддержка ответила."),
                ("ru", "Падение с первого этажа: БУМ !!! а-а-а!"),
                ("uk", "iPhone вийшов. (ск) Далі буде, а (плює) далі мовчить."),
            ),
        ),
        Rule(
            "repetition.word",
            "A word is repeated.",
            fails=(
                ("en", "She said the the report was late."),
                ("uk", "Він сказав, що що звіт запізнився."),
                ("ru", "Он сказал, что доклад доклад опоздал."),
            ),
            passes=(
                ("en", "She had had enough; he said that that was true."),
                ("en", "The band Duran Duran played. Bye bye, she said."),
                ("uk", "Так, так, він погодився."),
                ("uk", "Фото: Суспільне Львів ЛЬВІВ, 14 листопада. Центр відкрили."),
            ),
        ),
        Rule(
            "repetition.phrase",
            "A phrase is repeated.",
            fails=(
                ("en", "This is a is a test of the system."),
                ("uk", "Це було в місті в місті Києві."),
            ),
            passes=(
                ("ru", "СИСТЕМНЫЕ ПРОГРАММЫ Системные программы пишут на C."),
                ("en", "This is a test; it is a good one."),
                ("en", "Step by step, day after day, more and more."),
            ),
        ),
        Rule(
            "typography.double_space",
            "Two spaces where one is meant.",
            fails=(
                ("en", "The minister  resigned."),
                ("uk", "Міністр  подав у відставку."),
                ("ru", "Министр\u00a0 подал в отставку."),
            ),
            passes=(("en", "The minister resigned.\n  Indented line."),),
        ),
        Rule(
            "typography.double_punctuation",
            "Doubled punctuation.",
            fails=(
                ("en", "He left,, then returned."),
                ("en", "He left.. Then he returned."),
                ("ru", "Он ушёл,. потом вернулся."),
                ("uk", "Він пішов., а потім повернувся; ; ні, вже ;; ні."),
            ),
            passes=(
                ("en", "He left... Then?! Really? See ../docs and pages 1..10."),
                ("uk", "Він пішов… Справді?!"),
            ),
        ),
        Rule(
            "spelling.proper_noun",
            "A name written without its capital letter.",
            fails=(
                ("en", "The talks resume on monday in london, with ukraine's envoy."),
                ("uk", "Переговори відбудуться в києві, а потім у харкові."),
                ("ru", "Переговоры пройдут в петербурге и в киеве."),
            ),
            passes=(
                ("en", "In March they may visit China and eat french fries with turkey."),
                ("en", "See london.gov.uk, mail paris@example.org or follow #london."),
                ("uk", "Донецька область, білоруси й черкаси; росія і рф; #київ, lviv.ua."),
                ("ru", "Он играл в бильярд, взяв кий; см. moscow.ru."),
            ),
        ),
        Rule(
            "typography.missing_space",
            "No space after the punctuation mark.",
            fails=(
                ("en", "The minister said the plan would go ahead.It was not clear when."),
                ("uk", "Про це повідомив міністр.Після цього засідання завершилось."),
                ("uk", "Він пояснив так,щоб усі зрозуміли; вони,звісно, погодились."),
                ("ru", "Ты уверен,что это правда?Да."),
                ("en", "Meanwhile,OpenAI said it would appeal."),
                ("uk", "За його словами,у районі тихо."),
            ),
            passes=(
                ("en", "See vue.js, McAfee.com, One.Tel and www.bbc.co.uk for 3.5 and 1,000."),
                ("uk", "Пише В.Зеленський у Telegram; ціна 5 тис.грн, і т.д. Слово…Так."),
                ("uk", "Див. tickets.ua або ЛЕНИН.exe, РРД.Десь і файл report.Final_2."),
            ),
        ),
        Rule(
            "typography.space_before_mark",
            "A space before the punctuation mark.",
            fails=(
                ("en", "The company , which employs 300 people, said profits fell ."),
                ("uk", "Це триває до того часу , коли всі підуть."),
                ("ru", "Что это ? Слово - не ерунда !"),
                ("uk", "Президент підписав закон ,який набуде чинності завтра."),
                ("en", "The spokesman declined to comment ,saying the inquiry continues."),
            ),
            passes=(
                ("en", "He paused ... then left . . . Really ?! See .NET and C# ;)"),
                ("uk", "Він мовчав… А потім сказав: «Так», — і пішов."),
                ("en", "Call f(a ,b) with x ,y; the scores were 3 ,5 and 7 ,2."),
            ),
        ),
        Rule(
            "typography.apostrophe",
            "A quotation mark or asterisk in place of the apostrophe.",
            fails=(
                ("uk", 'Я добре пам"ятав того вуличного музиканта.'),
                ("uk", "Пам*ятай про це, а на подвір”ї чекають."),
                ("en", 'I don"t think so, he said.'),
            ),
            passes=(
                ("uk", 'Він сказав "ясно" і пішов.'),
                ("uk", "Примітка* унизу сторінки, а «пам'ять» — із апострофом."),
                ("en", 'He said "no" twice, and "yes" once.'),
                ("ru", 'Он написал об"явление, а потом ушёл.'),
            ),
        ),
        Rule(
            "typography.glued_bracket",
            "No space before the opening bracket.",
            fails=(
                ("uk", "Це була перевага(принаймні для нас) і сила."),
                ("en", "The council(which met on Monday) agreed."),
                ("uk", "Поділ іде по долям(lobe) мозку, каже QA(люди знають)."),
            ),
            passes=(
                ("uk", "Усі відвідувачі(ки) і працівники(ці) та власника(цю) бачили."),
                ("uk", "Я відчув(ла) це, а вчитель(ниця) казав про (не)серйозний стартап."),
                ("en", "Call print(value) or f(x) in Delphi(TM), see item (a)."),
                ("en", "The CS50(x) course and https://x.org/a(b) are online."),
            ),
        ),
        Rule(
            "brackets.unbalanced",
            "A bracket without its pair.",
            fails=(
                ("en", "The minister (who resigned said nothing."),
                ("en", "The minister who resigned) said nothing."),
                ("en", "A list [of items) here."),
            ),
            passes=(
                ("en", "The minister (who resigned) said nothing [sic]."),
                ("en", "Options: a) stay, b) leave. Fine :)"),
                ("en", "1) first\n2) second"),
                ("uk", "Ну й добре ;)) Побачимось :-( (але не сьогодні)"),
            ),
        ),
        Rule(
            "quotes.unbalanced",
            "A quotation mark without its pair.",
            fails=(
                ("uk", "Він сказав: «Ми переможемо."),
                ("en", "He said: “We will win."),
                ("en", 'He said: "We will win. They agreed.'),
            ),
            passes=(
                ("uk", "Він сказав: «Ми „точно“ переможемо»."),
                ("en", 'He said: "We will win." It was 5" long.'),
                ("en", "“First paragraph of a long quote.\n\n“Second paragraph,” he said."),
                ("en", 'He said: "We will win this year.\n\n"And the next one," he added.'),
                ("en", 'He said: "We will win this year. "And the next one," he added.'),
                ("en", "He said: “We will win this year. “And the next one,” he added."),
            ),
        ),
        Rule(
            "script.mixed",
            "Latin and Cyrillic letters mixed in one word.",
            fails=(
                ("uk", "Уряд ухвалив рішeння."),  # Latin e
                ("uk", "Петро i Марія прийшли."),  # Latin i as a word
                ("ru", "Правительство приняло решениe."),
                ("en", "The gоvernment resigned."),  # Cyrillic о
            ),
            passes=(
                ("uk", "IT-компанія та SIM-карта; iPhone і Pepsi."),
                ("ru", "Компания Apple и Москва."),
                ("uk", "Можна поDOOM-ати або поQUAKE-ти."),
            ),
        ),
    )
}


def rule(rule_id: str) -> Rule:
    """The rule with this id (a KeyError names a typo in a detector)."""
    return RULES[rule_id]
