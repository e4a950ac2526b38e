"""Indonesian institutional copy (issue 9, session 45): a health master's degree after a
name and a comma (“dr. Erna Purbasari, MKk mengatakan”) is no name; the words after a
hospital's short head (“Humas RS Islam Ar-Rasyid”) name the hospital, never who
“tuturnya” points to."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_a_health_masters_degree_after_the_name_is_no_name():
    text = ("Wakil Direktur Pelayanan Medik, dr. Erna Purbasari, MKk mengatakan bahwa layanan "
            "itu fokus bagi masyarakat umum.\n“MCU ini berguna untuk mengecek kesehatan,” "
            "katanya saat ditemui, Senin.")
    assert _speakers(text) == ["Erna Purbasari"]


def test_a_hospital_after_rs_is_no_person_a_pronoun_points_to():
    text = ("Rumah Sakit Islam Al Falah sediakan layanan cek kesehatan\n\nHendra Wijaya, Humas "
            "RS Islam Al-Falah mengatakan saat ini telah ada beberapa perusahaan yang "
            "menandatangani MoU untuk pemeriksaan MCU di RS Islam Al-Falah, yang telah "
            "menyiapkan ruang khusus pemeriksaan di MCU RS Islam Al-Falah.\n“Ini peralatan dan "
            "fasilitas sudah lengkap, kita sudah MoU dengan beberapa perusahaan,” kata Hendra.\n"
            "MCU Center Al-Falah yang akan diluncurkan pada 13 April mendatang ini juga dibuka "
            "dengan seminar kesehatan.\n“Saat ini masih dalam tahap faskes,” tuturnya.")
    assert _speakers(text) == ["Hendra Wijaya", "Hendra Wijaya"]
