"""model/extract: the text a reader sees in an attachment, or why it cannot be read."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from pipeline.model.extract import MAX_DEPTH, Extracted, text_of, xml_text

from ..checks.test_privacy import make_pdf


def _zip(entries: dict[str, bytes], encrypted_flag: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    if encrypted_flag:  # mark it as password-protected, as a real encrypted archive is
        local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
        data[local + 6] |= 0x1
        data[central + 8] |= 0x1
    return bytes(data)


def _put(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _docx(text: str) -> bytes:
    body = f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p><w:p><w:r><w:t>Baris dua" \
           "</w:t></w:r></w:p></w:body></w:document>"
    return _zip({"word/document.xml": body.encode(), "[Content_Types].xml": b"<Types/>"})


def test_text_pdf_docx_and_csv_are_read(tmp_path):
    assert "NIK 3402" in text_of(_put(tmp_path, "a.pdf", make_pdf("NIK 3402"))).text
    docx = text_of(_put(tmp_path, "b.docx", _docx("Tom &amp; Jerry")))
    assert docx.problem is None and docx.text.splitlines()[:2] == ["Tom & Jerry", "Baris dua"]
    windows = text_of(_put(tmp_path, "c.csv", "nama;kota\nJos\xe9;Bantul\n".encode("cp1252")))
    assert "José" in windows.text
    utf16 = text_of(_put(tmp_path, "d.txt", "teks".encode("utf-16")))
    assert utf16.text == "teks"


def test_archives_are_read_inside_up_to_a_depth(tmp_path):
    inner = _zip({"catatan.txt": b"rahasia dalam"})
    assert "rahasia dalam" in text_of(_put(tmp_path, "a.zip", _zip({"dalam.zip": inner}))).text
    deep = inner
    for _ in range(MAX_DEPTH):
        deep = _zip({"lagi.zip": deep})
    assert text_of(_put(tmp_path, "b.zip", deep)).problem == "bersarang"
    active = text_of(_put(tmp_path, "c.zip", _zip({"x.html": b"<script>"})))
    assert active.problem == "aktif"


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("rusak.pdf", b"%PDF-1.4 bukan pdf", "rusak"),
    ("rusak.docx", b"PK bukan zip", "rusak"),
    ("salah.docx", _zip({"lain.xml": b"<a/>"}), "rusak"),  # a ZIP, not a document
    ("terkunci.zip", _zip({"a.txt": b"x"}, encrypted_flag=True), "terkunci"),
    ("rusak.png", b"\x89PNG bukan gambar", "rusak"),
])
def test_unreadable_files_say_why(tmp_path, name, data, problem):
    assert text_of(_put(tmp_path, name, data)) == Extracted("", problem)


def test_images_and_media_have_no_text_but_a_valid_image_is_fine(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    image = text_of(_put(tmp_path, "a.png", buffer.getvalue()))
    assert image.text == "" and image.problem is None
    assert text_of(_put(tmp_path, "b.mp3", b"ID3 apa saja")).problem is None
    assert text_of(tmp_path / "tidak-ada.pdf").problem == "rusak"


def test_results_are_cached_by_digest_and_type(tmp_path):
    path = _put(tmp_path, "a.txt", b"pertama")
    assert text_of(path, "sha-uji-1").text == "pertama"
    path.write_bytes(b"kedua")
    assert text_of(path, "sha-uji-1").text == "pertama"  # same digest: same bytes, by contract
    assert text_of(path, "sha-uji-2").text == "kedua" and text_of(path).text == "kedua"


def test_xml_text_keeps_rows_and_cells_apart():
    assert xml_text("<row><c>a</c><c>b</c></row><row><c>1</c></row>") == "a\tb\t\n1\t\n"
