"""Section headings in the languages resumes are often written in besides English, French,
Spanish, Portuguese, German, Italian, Dutch and Chinese (Russian to Greek, Japanese, then the
Nordic languages, Finnish, Hungarian and Romanian): a skill listed under a Czech "Zájmy"
(interests) or a Japanese "学びたい技術" (what I want to learn) is a wish, and one under a Korean
"기술 스택" (tech stack) is listed.

Every resume here is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.engine import Analyzer
from analyzer.extract import extract_text
from tests.extract.helpers import assert_consistent, kinds

HEADINGS = {
    "ru": ("О себе", "Опыт работы", "Навыки", "Образование", "Интересы"),
    "uk": ("Про мене", "Досвід роботи", "Навички", "Освіта", "Інтереси"),
    "cs": ("O mně", "Pracovní zkušenosti", "Dovednosti", "Vzdělání", "Zájmy"),
    "pl": ("O mnie", "Doświadczenie zawodowe", "Umiejętności", "Wykształcenie", "Zainteresowania"),
    "ko": ("자기소개", "경력", "기술 스택", "학력", "관심 분야"),
    "tr": ("Hakkımda", "İş Deneyimi", "Yetenekler", "Eğitim", "İlgi Alanları"),
    "id": ("Tentang Saya", "Pengalaman Kerja", "Keahlian", "Pendidikan", "Minat"),
    "vi": ("Giới thiệu", "Kinh nghiệm làm việc", "Kỹ năng", "Học vấn", "Sở thích"),
    "ar": ("نبذة عني", "الخبرة العملية", "المهارات", "التعليم", "الاهتمامات"),
    "fa": ("درباره من", "سوابق کاری", "مهارت‌ها", "تحصیلات", "علایق"),
    "el": ("Σχετικά με εμένα", "Επαγγελματική εμπειρία", "Δεξιότητες", "Εκπαίδευση",
           "Ενδιαφέροντα"),
    "ja": ("自己紹介", "職務経歴", "スキル", "学歴", "趣味"),
    "sv": ("Om mig", "Arbetslivserfarenhet", "Kompetenser", "Utbildning", "Intressen"),
    "no": ("Om meg", "Arbeidserfaring", "Ferdigheter", "Utdanning", "Interesser"),
    "da": ("Profil", "Erhvervserfaring", "Kompetencer", "Uddannelse", "Fritidsinteresser"),
    "fi": ("Tietoa minusta", "Työkokemus", "Taidot", "Koulutus", "Harrastukset"),
    "hu": ("Bemutatkozás", "Szakmai tapasztalat", "Készségek", "Tanulmányok", "Hobbik"),
    "ro": ("Despre mine", "Experiență profesională", "Competențe", "Educație", "Interese"),
}  # fmt: skip


def written_resume(language: str) -> str:
    summary, experience, skills, education, interests = HEADINGS[language]
    return "\n".join(
        [
            "Alex Morgan",
            "alex.morgan@example.org",
            "",
            summary,
            "Backend developer who likes tidy data.",
            "",
            experience,
            "Developer, Northwind Traders, 2019 - 2023",
            "• Built billing services in Go",
            "",
            skills,
            "Python, SQL, Docker",
            "",
            education,
            "BSc Computer Science, 2018",
            "",
            interests,
            "Kubernetes",
        ]
    )


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_headings_in_other_languages_open_their_sections(language: str) -> None:
    resume = extract_text(written_resume(language))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "summary", "experience", "skills", "education", "interests"]


@pytest.mark.parametrize("language", ["cs", "fi", "hu", "ja", "ko", "ru", "sv"])
def test_a_skill_under_interests_in_another_language_is_no_claim(
    analyzer: Analyzer, language: str
) -> None:
    result = analyzer.analyze_text(written_resume(language))
    shown = {skill.id: skill for skill in result.skills if skill.present}
    assert shown["docker"].status == "listed"
    assert "kubernetes" not in shown


@pytest.mark.parametrize("heading", ["Технологический стек", "Стек технологий"])
def test_a_russian_tech_stack_heading_opens_a_skills_section(heading: str) -> None:
    resume = extract_text(f"{written_resume('ru')}\n\n{heading}\nPython, SQL, Docker")
    assert_consistent(resume)
    assert kinds(resume)[-2:] == ["interests", "skills"]


@pytest.mark.parametrize(
    "heading", ["触ったことはないが興味のある技術", "これから学びたい技術", "目前正在学习"]
)
def test_a_japanese_or_chinese_heading_of_wishes_opens_interests(
    analyzer: Analyzer, heading: str
) -> None:
    text = f"{written_resume('ja')}\n\n{heading}\nKubernetes"
    assert kinds(extract_text(text))[-1] == "interests"
    shown = {skill.id for skill in analyzer.analyze_text(text).skills if skill.present}
    assert "kubernetes" not in shown and "docker" in shown


@pytest.mark.parametrize("heading", ["Additional Learning (Coursera)", "Continuing Education"])
def test_a_heading_of_courses_taken_opens_certifications(heading: str) -> None:
    text = f"{written_resume('ja')}\n\n{heading}\nDeep Learning Specialization | 2023"
    assert kinds(extract_text(text))[-1] == "certifications"
