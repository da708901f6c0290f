"""Organization mentions and canonical names on real phrases."""

from __future__ import annotations

import pytest

from kpu_extract.organizations import OrganizationFinder, group_organizations
from kpu_extract.patterns import load_lexicons
from kpu_extract.regions import load_gazetteer


@pytest.fixture(scope="module")
def finder():
    return OrganizationFinder(load_lexicons(), load_gazetteer())


@pytest.mark.parametrize("text, name, code", [
    ("Komisi Pemilihan Umum (KPU) Kabupaten Blora mengikuti", "KPU Kabupaten Blora", "33.16"),
    ("Ketua KPU Blora, Widi", "KPU Kabupaten Blora", "33.16"),
    ("Kadiv SDM dan Litbang KPU Jateng, Mey", "KPU Provinsi Jawa Tengah", "33"),
    ("KPU Kab. Grobogan menggelar", "KPU Kabupaten Grobogan", "33.15"),
    ("Kadiv Sosdiklih Parmas dan SDM KPU Kota Pangkal Pinang, Margarita", "KPU Kota Pangkal Pinang", "19.71"),
    ("KPU KOTA SURABAYA MENERIMA", "KPU Kota Surabaya", "35.78"),
    ("hadir para komisioner Bawaslu Blora", "Bawaslu Kabupaten Blora", "33.16"),
    ("setelah surat edaran dari KPU RI.", "KPU RI", None),
])
def test_election_bodies(finder, text, name, code):
    (org,) = group_organizations(finder.find(text))
    assert (org.name, org.region_code) == (name, code)


@pytest.mark.parametrize("text", [
    "seluruh KPU Kabupaten/Kota se-Jawa Tengah",
    "diikuti serempak oleh seluruh KPU kabupaten/kota serta perwakilan",
])
def test_groups_of_bodies_are_not_organizations(finder, text):
    assert [o.name for o in group_organizations(finder.find(text))] == []


def test_other_organization_with_acronym(finder):
    text = ("berkoordinasi dengan Dinas Kependudukan dan Pencatatan Sipil (Dindukcapil) Kabupaten Blora. "
            "Mereka berkoordinasi langsung dengan pihak Dindukcapil.")
    (org,) = group_organizations(finder.find(text))
    assert org.name == "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora"
    assert org.acronym == "Dindukcapil"
    assert [m.text for m in org.mentions][-1] == "Dindukcapil"


def test_same_name_regency_and_city_follows_the_article(finder):
    orgs = group_organizations(finder.find("KPU Kota Semarang menggelar rapat. KPU Semarang juga hadir."))
    assert [o.name for o in orgs] == ["KPU Kota Semarang"]


@pytest.mark.parametrize("text, mentions", [
    ("Apel diikuti jajaran Sekretariat KPU Kabupaten Grobogan di halaman kantor.",
     [("KPU Kabupaten Grobogan", "Sekretariat KPU Kabupaten Grobogan")]),
    ("Ketua Bawaslu Kabupaten Sukoharjo hadir. Dana diserahkan kepada Ketua Bawaslu Hendra Wijaya.",
     [("Bawaslu Kabupaten Sukoharjo", "Bawaslu Kabupaten Sukoharjo"), ("Bawaslu Kabupaten Sukoharjo", "Bawaslu")]),
    ("Hadir Kepala Dinsos, Kepala Kemenag dan unsur Forkompimda.",
     [("Dinsos", "Dinsos"), ("Kemenag", "Kemenag"), ("Forkompimda", "Forkompimda")]),
    ("Acara diselenggarakan oleh DPD Partai Nasdem Kudus di kantornya.",
     [("DPD Partai Nasdem Kudus", "DPD Partai Nasdem Kudus")]),
    ("Rapat membahas Putusan Mahkamah Konstitusi Nomor 267/PHPU.BUP-XXIII/2025.",
     [("Mahkamah Konstitusi", "Mahkamah Konstitusi")]),
    ("Ketua DPC PDI Perjuangan HM Sulaiman menyampaikan aspirasi.",
     [("DPC PDI Perjuangan", "DPC PDI Perjuangan")]),
    ("Rapat pleno KPU KBB digelar di aula.", [("KPU Kabupaten Bandung Barat", "KPU KBB")]),
    ("sesuai Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014", []),
    # a generic head before an acronym head is one body ("Badan Kesbangpol"), not "Kesbangpol" alone
    ("Hadir Polrestabes Semarang, Kodim 0733/KS, Badan Kesbangpol, Disdukcapil dan perwakilan Lapas.",
     [("Polrestabes Semarang", "Polrestabes Semarang"), ("Badan Kesbangpol", "Badan Kesbangpol"),
      ("Disdukcapil", "Disdukcapil")]),
    ("Hadir pula Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), Badan Kesbangpol Kabupaten Kendal, serta pemantau.",
     [("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"),
      ("Badan Kesbangpol Kabupaten Kendal", "Badan Kesbangpol Kabupaten Kendal")]),
])
def test_mentions(finder, text, mentions):
    found = [(m.name, m.text) for m in finder.find(text)]
    assert found == mentions
