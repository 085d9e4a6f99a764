"""Write the sample reports in every supported format (the outputs are committed).

    python corpus/make_samples.py [FOLDER]

The reports are invented, written in the style of real methodical-centre
reports: a cp1251 .txt with a tab-separated attendance table cut by a page
break, a .docx with a real table, an .html news page, a .pdf with a table.

The files come out byte-identical on every run (a test checks it against the
committed ones): the .docx gets fixed document dates and zip entry times, the
.pdf is written by reportlab in its `invariant` mode (fixed creation date and
document id). Other versions of python-docx, reportlab or the DejaVu font may
still lay the bytes out differently; the text svodka reads stays the same.
"""
from __future__ import annotations

import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent / "samples"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_DATE = datetime(2024, 3, 15, 9, 0, 0)  # the documents' own date, instead of the time they were made

SEMINAR_TXT = """\
Муниципальное бюджетное учреждение «Научно-методический центр»

ОТЧЁТ
о проведении городского методического семинара
«Функциональная грамотность: от диагностики к практике»
12-14 марта 2024 года

12 марта 2024 года на базе МБОУ «СОШ № 12» г. Кемерово начал работу городской методический семинар для педагогов общеобразовательных организаций. Открыла семинар директор МБОУ «СОШ № 12» Соколова Марина Петровна. С приветственным словом выступил заместитель начальника управления образования администрации города Кемерово С.А. Кузнецов.

Сергей Анатольевич отметил, что формирование функциональной грамотности остаётся приоритетом городской системы образования.

Таблица 1 – Количество участников мероприятий семинара

№\tМероприятие (дата, место проведения)\tКатегория\tКол-во чел
1\tПленарное заседание «Функциональная грамотность сегодня» (12 марта, МБОУ «СОШ № 12»)\tзаместители директора по УВР\t48
2\tМастер-класс «Читательская грамотность на уроках истории» (13 марта, МБОУ «Лицей № 23»)\tучителя истории\t22

№\tМероприятие (дата, место проведения)\tКатегория\tКол-во чел
3\tКруглый стол «Оценка функциональной грамотности» (14 марта, МАОУ «Гимназия № 41»)\tруководители ШМО\t31
ИТОГО\t\t\t101

Всего в семинаре приняли участие 101 человек, из них 15 – в дистанционном формате.

Круглый стол «Оценка функциональной грамотности»

Район\tВсего присутствовало (чел.)\t№№ ОО
Центральный\t12\tМБОУ СОШ №№ 5, 19, МАОУ «Гимназия № 41»
Ленинский\t9\t12, 23, 44
Заводский\t\t
"""

CONFERENCE_PARAGRAPHS = [
    "Резолюция августовской конференции педагогических работников",
    "«Современная школа: качество, доступность, воспитание»",
    "28.08.2024-29.08.2024",
    "г. Абакан",
    "Место проведения: МБОУ «Средняя общеобразовательная школа № 3»",
    "28-29 августа 2024 года состоялась августовская конференция педагогических работников города Абакана. "
    "В работе конференции приняли участие Глава города Абакана А.В. Петров, начальник управления образования "
    "И.Н. Смирнова, руководители и педагоги образовательных организаций.",
    "Всего в работе конференции приняли участие 320 человек: 200 – в работе секций, 120 – в пленарном заседании.",
    "Таблица 1 – Работа секций конференции",
]

CONFERENCE_TABLE = [
    ["Секция", "Место проведения", "Участники, чел."],
    ["Секция учителей начальных классов", "МБОУ «СОШ № 3»", "70"],
    ["Секция учителей математики", "МБОУ «Гимназия № 1»", "65"],
    ["Секция педагогов дошкольного образования", "МБДОУ «Детский сад № 14»", "65"],
    ["ИТОГО", "", "200"],
]

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Форум молодых педагогов – Новости</title>
<script>var tracker = "не текст отчёта";</script></head>
<body>
<nav><a href="/">Главная</a> | <a href="/news">Новости</a></nav>
<header>Информационно-методический центр</header>
<article>
<h1>В Томске прошёл форум молодых педагогов</h1>
<p>15 ноября 2024 года на базе МАОУ «Лицей № 7» г. Томска прошёл городской форум молодых педагогов
«Первые шаги в профессии».</p>
<p>Участников приветствовала начальник департамента образования администрации Города Томска
Е.В. Ларионова. Елена Викторовна пожелала молодым учителям профессиональных успехов.</p>
<p>В работе форума приняли участие 85 молодых педагогов из 34 образовательных организаций.</p>
<table>
<caption>Участники форума по площадкам</caption>
<tr><th>Площадка</th><th>Участники</th></tr>
<tr><td>Мастерская «Урок, который запомнится»</td><td>40</td></tr>
<tr><td>Дискуссионная площадка «Наставник и молодой учитель»</td><td>45</td></tr>
<tr><td>ВСЕГО</td><td>85</td></tr>
</table>
</article>
<footer>© Информационно-методический центр</footer>
</body></html>
"""

OLYMPIAD_LINES = [
    "Справка",
    "о проведении муниципального этапа олимпиады для педагогов",
    "С 4 по 6 декабря 2024 года в г. Новосибирске прошёл муниципальный этап олимпиады для педагогов.",
    "В олимпиаде приняли участие 56 педагогов из 21 образовательной организации.",
]

OLYMPIAD_TABLE = [
    ["Предмет", "Участники"],
    ["Математика", "20"],
    ["Русский язык", "18"],
    ["История", "18"],
    ["ИТОГО", "56"],
]


def write_txt(folder: Path = HERE) -> None:
    (folder / "otchet_seminar_cp1251.txt").write_bytes(SEMINAR_TXT.replace("\n", "\r\n").encode("cp1251"))


def _fix_zip_times(path: Path) -> None:
    """Rewrite a zip (a .docx) with every entry dated FIXED_DATE, in the same order and compression."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            target.writestr(fixed, data)


def write_docx(folder: Path = HERE) -> None:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE
    for text in CONFERENCE_PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=len(CONFERENCE_TABLE[0]))
    for values in CONFERENCE_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    document.add_paragraph("Конференция приняла резолюцию и рекомендации для педагогических коллективов.")
    document.save(folder / "rezolyuciya_konferencii.docx")
    _fix_zip_times(folder / "rezolyuciya_konferencii.docx")


def write_html(folder: Path = HERE) -> None:
    (folder / "novosti_forum.html").write_bytes(NEWS_HTML.encode("utf-8"))


def write_pdf(path: Path = HERE / "spravka_olimpiada.pdf", lines=OLYMPIAD_LINES, table=OLYMPIAD_TABLE) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15)
    story = []
    for line in lines:
        story += [Paragraph(line, style), Spacer(1, 8)]
    grid = Table(table)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(grid)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story)


def write_all(folder: Path = HERE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_txt(folder)
    write_docx(folder)
    write_html(folder)
    write_pdf(folder / "spravka_olimpiada.pdf")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_all(target)
    print("samples written to", target)
