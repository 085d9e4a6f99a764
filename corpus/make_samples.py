"""Write the sample reports in every supported format (the outputs are committed).

    python corpus/make_samples.py [FOLDER]

The reports are invented, written in the style of real methodical-centre
reports: a cp1251 .txt with a tab-separated attendance table cut by a page
break, a .docx with a real table, an .html news page, a .pdf with a table,
a Word 97 .doc and a cp1251 .rtf and an .odt with tables, and a .zip (member
names in cp866, as Windows archivers write them) and a .7z of reports.
The writers of .rtf, .odt and .zip below are also used by tests/test_formats.py.

The files come out byte-identical on every run (a test checks it against the
committed ones): the .docx gets fixed document dates and zip entry times, the
.pdf is written by reportlab in its `invariant` mode (fixed creation date and
document id). Two are not: odfdo writes the time of writing into the .odt's
meta.xml and py7zr into the .7z's headers, so those two differ by their
timestamps from run to run (the test compares their text instead). Other versions of python-docx, reportlab or the DejaVu font may
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


CONTEST_BLOCKS = [
    "Муниципальное казённое учреждение «Информационно-методический центр»",
    "ОТЧЁТ об итогах муниципального конкурса педагогического мастерства «Педагог года – 2024»",
    "С 5 по 16 февраля 2024 года в г. Бийске проходил муниципальный конкурс педагогического мастерства "
    "«Педагог года – 2024». Конкурс открыла начальник управления образования администрации города Бийска "
    "Орлова Наталья Викторовна.",
    "Победителем конкурса стала учитель начальных классов МБОУ «СОШ № 8» Белова Ирина Андреевна.",
    "Таблица 1 – Участники конкурса по номинациям",
    [["Номинация", "Образовательные организации", "Участники, чел."],
     ["Учитель года", "МБОУ «СОШ № 8», МБОУ «Гимназия № 11»", "9"],
     ["Воспитатель года", "МБДОУ «Детский сад № 45»", "6"],
     ["ИТОГО", "", "15"]],
    "Всего в конкурсе приняли участие 15 педагогов.",
]

MEETING_BLOCKS = [
    "Протокол совещания руководителей общеобразовательных организаций",
    "г. Ангарск, 23 января 2024 года",
    "Председатель: заместитель мэра Ангарского городского округа Ковалёв Дмитрий Олегович.",
    "Выступили: директор МАОУ «Лицей № 1» Гришина Светлана Юрьевна, директор МБОУ «СОШ № 10» "
    "Зайцев Андрей Михайлович.",
    "Таблица 1 – Участники программ дополнительного образования",
    [["Организация", "Обучающихся, чел."],
     ["МАОУ «Лицей № 1»", "640"],
     ["МБОУ «СОШ № 10»", "510"],
     ["ВСЕГО", "1150"]],
    "Решили: продолжить работу по развитию дополнительного образования в школах округа.",
]

METHOD_BLOCKS = [
    "Информация о заседании городского методического объединения учителей химии",
    "14 ноября 2024 года на базе МАОУ «Гимназия № 2» г. Ноябрьска состоялось заседание городского "
    "методического объединения учителей химии.",
    "Руководитель методического объединения Кравченко Ольга Ивановна представила план работы на учебный год.",
    ("list", ["подготовка к муниципальному этапу олимпиады по химии;",
              "обмен опытом проведения лабораторных работ."]),
    "Таблица 1 – Работа секций",
    [["Секция", "Место проведения", "Участники, чел."],
     ["Олимпиадная химия", "МАОУ «Гимназия № 2»", "17"],
     ["Лабораторный практикум", "МБОУ «СОШ № 6»", "14"],
     ["ИТОГО", "", "31"]],
]

ARCHIVE_TXT = """\
Справка о проведении городского семинара заместителей директоров

20 марта 2024 года на базе МБОУ «СОШ № 115» г. Омска прошёл городской семинар заместителей директоров по учебно-воспитательной работе. Семинар провела методист бюджетного учреждения «Городской методический центр» Никитина Людмила Сергеевна.

В семинаре приняли участие 42 человека.
"""

ARCHIVE_DOCX = [
    "Итоги городского фестиваля детского творчества «Весенняя капель»",
    "18 апреля 2024 года в МАУ ДО «Дом детского творчества № 3» г. Тюмени прошёл городской фестиваль детского "
    "творчества. Участников приветствовала директор МАУ ДО «Дом детского творчества № 3» Сорокина Елена Павловна.",
    "В фестивале приняли участие 120 детей из 14 образовательных организаций.",
]

SEVEN_ZIP_TXT = """\
Информация о круглом столе учителей истории

5 октября 2024 года в МБОУ «Лицей № 9» г. Волгограда состоялся круглый стол учителей истории «Изучение истории родного края». С докладом выступил учитель истории МБОУ «Лицей № 9» Поляков Денис Игоревич.
"""

ZIP_DATE = (2024, 5, 6, 12, 0, 0)


def rtf_bytes(blocks, codepage: int = 1251) -> bytes:
    """An RTF document in the code page, non-ASCII letters as \\'xx; a list block is a table (\\trowd … \\row)."""
    def escape(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                try:
                    out += [f"\\'{byte:02x}" for byte in char.encode(f"cp{codepage}")]
                except UnicodeEncodeError:
                    out.append(f"\\u{ord(char)}?")
        return "".join(out)

    parts = [f"{{\\rtf1\\ansi\\ansicpg{codepage}\\deff0{{\\fonttbl{{\\f0\\froman\\fcharset204 Times New Roman;}}}}\n"]
    for block in blocks:
        if isinstance(block, str):
            parts.append(f"\\pard\\plain\\f0 {escape(block)}\\par\n")
            continue
        for row in block:
            cells = "".join(f"\\cellx{2500 * (i + 1)}" for i in range(len(row)))
            parts.append(f"\\trowd\\trgaph108{cells}\n\\pard\\intbl ")
            parts.append("".join(f"{escape(cell)}\\cell " for cell in row) + "\\row\n")
        parts.append("\\pard\n")
    parts.append("}")
    return "".join(parts).encode("ascii")


def odt_bytes(blocks) -> bytes:
    """An .odt: the first block a heading, a ("list", items) block a list, a list of rows a table."""
    import io

    from odfdo import Document, Header, List, Paragraph, Table

    document = Document("text")
    body = document.body
    for i, block in enumerate(blocks):
        if isinstance(block, str):
            body.append(Header(1, block) if i == 0 else Paragraph(block))
        elif block[0] == "list":
            body.append(List(block[1]))
        else:
            table = Table(f"Таблица{i}", width=max(map(len, block)), height=len(block))
            for y, row in enumerate(block):
                for x, value in enumerate(row):
                    table.set_value((x, y), value)
            body.append(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_bytes(paragraphs) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = FIXED_DATE
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def zip_bytes(members: dict[str, bytes], names: str | None = "cp866") -> bytes:
    """A .zip of these members, the names stored in `names` without the UTF-8 flag (cp866: Windows archivers,
    utf-8: Info-ZIP on Linux); with None, as zipfile writes them (UTF-8 with the flag)."""
    import io
    import zipfile

    buffer, stand_ins = io.BytesIO(), {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, (name, data) in enumerate(members.items()):
            raw = name.encode(names) if names and not name.isascii() else None
            if raw is not None:  # zipfile writes UTF-8; an ASCII stand-in of the same length is swapped after
                stand_ins[raw] = f"~{i}~".ljust(len(raw), "_").encode()
                name = stand_ins[raw].decode()
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    data = buffer.getvalue()
    for raw, stand_in in stand_ins.items():
        data = data.replace(stand_in, raw)
    return data


def write_doc(folder: Path = HERE) -> None:
    from svodka.corpus.write_doc import doc_bytes

    (folder / "otchet_konkurs.doc").write_bytes(doc_bytes(CONTEST_BLOCKS))


def write_rtf(folder: Path = HERE) -> None:
    (folder / "protokol_soveshchaniya_cp1251.rtf").write_bytes(rtf_bytes(MEETING_BLOCKS))


def write_odt(folder: Path = HERE) -> None:
    (folder / "informaciya_metodob.odt").write_bytes(odt_bytes(METHOD_BLOCKS))


def write_zip(folder: Path = HERE) -> None:
    (folder / "arhiv_otchetov.zip").write_bytes(zip_bytes({
        "Отчёты 2024/справка_семинар.txt": ARCHIVE_TXT.replace("\n", "\r\n").encode("cp1251"),
        "Отчёты 2024/итоги_фестиваля.docx": docx_bytes(ARCHIVE_DOCX),
    }))


def write_7z(folder: Path = HERE) -> None:
    import py7zr

    path = folder / "arhiv_kruglyj_stol.7z"
    path.unlink(missing_ok=True)
    with py7zr.SevenZipFile(path, "w") as archive:
        archive.writestr(SEVEN_ZIP_TXT.encode("utf-8"), "Отчёты/круглый_стол.txt")


def write_txt(folder: Path = HERE) -> None:
    (folder / "otchet_seminar_cp1251.txt").write_bytes(SEMINAR_TXT.replace("\n", "\r\n").encode("cp1251"))


def _fixed_zip_times(data: bytes) -> bytes:
    """A zip (a .docx) with every entry dated FIXED_DATE, in the same order and compression."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info, content in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            target.writestr(fixed, content)
    return buffer.getvalue()


def _fix_zip_times(path: Path) -> None:
    path.write_bytes(_fixed_zip_times(path.read_bytes()))


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
    write_doc(folder)
    write_rtf(folder)
    write_odt(folder)
    write_zip(folder)
    write_7z(folder)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_all(target)
    print("samples written to", target)
