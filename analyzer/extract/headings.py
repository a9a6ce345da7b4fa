"""The heading vocabulary: which words head which kind of section, in English, Spanish, French,
German, Italian, Portuguese and Dutch. Data, not rules: add a heading by adding it to its list.

Names are compared after `heading_key()`: lower case, accents removed, "&" and "+" read as "and",
punctuation dropped, spaces collapsed; a second lookup ignores spaces, for headings whose letter
spacing could not be told apart from word spacing ("WORKEXPERIENCE").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.types import SectionKind

VOCABULARY: dict[SectionKind, str] = {
    "contact": """
        basic information |
        联系方式 | 个人信息 | 基本信息 | contact | contact information | contact info |
        contact details | contacts | personal information | personal details | personal data |
        personal info | links | datos personales | informacion personal | contacto |
        coordonnees | informations personnelles | kontakt | kontaktdaten | personliche daten |
        persoonlijke gegevens | dati personali | contatti | dados pessoais | contato |
        контакты | контактная информация | kontaktní údaje | dane kontaktowe | 연락처 | iletişim |
        kontak | thông tin liên hệ | معلومات الاتصال | اطلاعات تماس | στοιχεία επικοινωνίας
    """,
    "summary": """
        research statement |
        personal summary | summary of skills and experience | career highlights |
        professional highlights | 个人简介 | 自我评价 | 个人总结 | 求职意向 | 简介 | summary |
        professional summary | career summary | executive summary | profile |
        professional profile | personal profile | career profile | executive profile | about |
        about me | objective | career objective | professional objective | objectives |
        overview | career overview | professional overview | introduction | personal statement |
        summary of qualifications | profile summary | bio | biography | resumen |
        resumen profesional | perfil | perfil profesional | sobre mi | objetivo |
        objetivo profesional | extracto | acerca de mi | profil | profil professionnel |
        a propos | a propos de moi | objectif | objectif professionnel |
        presentation personnelle | synthese | zusammenfassung | uber mich | kurzprofil |
        berufsprofil | profiel | samenvatting | over mij | profilo | profilo professionale |
        sommario | chi sono | resumo | resumo profissional | sobre mim | perfil profissional |
        о себе | обо мне | о мне | про мене | o mně | o mnie | 자기소개 | 소개 | hakkımda | özet |
        tentang saya | ringkasan | giới thiệu | mục tiêu nghề nghiệp | نبذة عني | الملخص |
        درباره من | σχετικά με εμένα
        | 職務要約 | 自己紹介 | 自己pr | 自己アピール | プロフィール | 概要 | サマリー
        | sammanfattning | om mig | sammendrag | om meg | yhteenveto | profiili | tietoa minusta |
        összefoglaló | bemutatkozás | rólam | szakmai profil | rezumat | despre mine
    """,
    "skills": """
        core competency | technical areas | libraries and frameworks | frameworks and libraries |
        skills profile | personal skills | key competencies | core strengths |
        skills highlights | technical strengths | professional qualifications |
        technical skills and tools |
        summary of skills | technical knowledge | it knowledge | software and tools |
        tools and platforms | 技能 | 专业技能 | 技术技能 | 个人技能 | 技能特长 | 技术栈 |
        专业能力 | 掌握技能 | skills | technical skills | skills and tools | tools |
        technologies | core competencies | competencies | key skills | computer skills |
        it skills | programming skills | programming | programming languages | software |
        software skills | tools and technologies | technologies and tools |
        technical expertise | expertise | areas of expertise | skill highlights | highlights |
        skill set | skillset | core skills | strengths | tech stack | technical proficiencies |
        tech | tools and tech | tech and tools | languages and tech | tech tools |
        proficiencies | qualifications | core qualifications | key qualifications |
        additional skills | relevant skills | hard skills | soft skills | skills and expertise |
        skills summary | technical summary | technical competencies | skills and competencies |
        skills and abilities | skills and interests | skills and technologies | frameworks |
        languages and technologies | languages and tools | technical qualifications |
        digital skills | professional skills | specialties | specializations | know how |
        habilidades | habilidades tecnicas | competencias | competencias tecnicas |
        conocimientos | conocimientos tecnicos | aptitudes | herramientas | tecnologias |
        conocimientos informaticos | competences | competences techniques |
        competences informatiques | savoir faire | outils | connaissances | informatique |
        connaissances techniques | kenntnisse | fahigkeiten | fachkenntnisse | kompetenzen |
        it kenntnisse | edv kenntnisse | technische fahigkeiten | fertigkeiten |
        technische kenntnisse | vaardigheden | kennis | competenties | competenze |
        competenze tecniche | abilita | conoscenze | ferramentas |
        навыки | ключевые навыки | технические навыки | профессиональные навыки | навички |
        dovednosti | znalosti | umiejętności | umiejętności techniczne | 기술 | 기술 스택 |
        보유 기술 |
        yetenekler | beceriler | teknik beceriler | yetkinlikler | keahlian | keterampilan |
        kỹ năng | المهارات | المهارات التقنية | مهارت ها | مهارتها | δεξιότητες |
        технологический стек | стек технологий | технологии | технології | tecnologie |
        teknolojiler
        | スキル | 保有スキル | テクニカルスキル | スキルセット | 技術スタック | 得意な技術 | 技術
        | kompetenser | färdigheter | kunskaper | tekniska färdigheter | ferdigheter |
        kompetanse | kunnskaper | kompetencer | færdigheder | taidot | osaaminen | tekniset taidot |
        teknologiat | készségek | ismeretek | kompetenciák | technikai ismeretek |
        szakmai ismeretek | competențe | abilități | aptitudini | competențe tehnice
    """,
    "experience": """
        current appointments | current appointment | positions of responsibility |
        position of responsibility | jobs |
        实习/项目经历 | 项目/实习经历 | 工作/实习经历 | employment experience |
        selected experience | experience summary | work experience and internships |
        professional experience and internships | research and work experience |
        work and research experience | internships and work experience |
        professional work experience | work experience and projects | 工作经历 | 工作经验 |
        实习经历 | 实习经验 | 科研经历 | 研究经历 | 职业经历 | experience | work experience |
        professional experience | employment | employment history | work history |
        career history | professional history | relevant experience | internships | internship |
        internship experience | research experience | research | leadership |
        work experiences | research experiences | professional experiences |
        internship experiences | relevant experiences |
        leadership experience | teaching experience | industry experience |
        professional background | career | work | experiences | additional experience |
        other experience | academic experience | consulting experience | freelance |
        freelance experience | military experience | positions | positions held |
        experience and projects | technical experience | engineering experience |
        relevant work experience | professional employment | experiencia | experiencia laboral |
        experiencia profesional | historial laboral | trayectoria profesional | practicas |
        experiencia de trabajo | experiences professionnelles | experience professionnelle |
        parcours professionnel | stages | emplois | parcours | berufserfahrung | erfahrung |
        berufliche erfahrung | beruflicher werdegang | werdegang | berufspraxis | praktika |
        arbeitserfahrung | berufliche laufbahn | werkervaring | ervaring | esperienza |
        esperienze | esperienza professionale | esperienze lavorative | esperienza lavorativa |
        experiencia profissional | historico profissional | industry | current position |
        current positions | academic positions | academic appointments | appointments |
        professional appointments | academia | teaching |
        опыт работы | опыт | профессиональный опыт | досвід роботи | досвід | pracovní zkušenosti |
        zkušenosti | doświadczenie | doświadczenie zawodowe | 경력 | 경력 사항 | 업무 경험 | 경험 |
        deneyim |
        iş deneyimi | deneyimler | iş tecrübesi | pengalaman | pengalaman kerja | kinh nghiệm |
        kinh nghiệm làm việc | الخبرة | الخبرات | الخبرة العملية | سوابق کاری | تجربه کاری |
        εμπειρία | επαγγελματική εμπειρία
        | 職務経歴 | 職歴 | 経歴 | 職務経験 | 業務経験 | 実務経験 | 経験 | インターン
        | arbetslivserfarenhet | erfarenhet | yrkeserfarenhet | arbeidserfaring | erfaring |
        yrkeserfaring | erhvervserfaring | arbejdserfaring | työkokemus | kokemus | työhistoria |
        szakmai tapasztalat | munkatapasztalat | tapasztalat | experiență profesională | experiență
    """,
    "projects": """
        open source code | open source software | software packages |
        project | project highlights | selected project | personal project |
        projects and activities | 项目经历 | 项目经验 | 项目 | 科研项目 | projects |
        personal projects | selected projects | academic projects | key projects |
        side projects | open source | open source projects | open source contributions |
        project experience | portfolio | relevant projects | research projects |
        technical projects | notable projects | projects and research | course projects |
        software projects | data science projects | machine learning projects | proyectos |
        proyectos personales | projets | projets personnels | projekte | projecten | progetti |
        projetos |
        проекты | проєкти | projekty | 프로젝트 | projeler | proyek | dự án | المشاريع | پروژه ها |
        پروژهها
        | プロジェクト | 個人開発 | 個人プロジェクト | 開発実績 | 制作物 | 成果物
        | projekt | prosjekter | projekter | projektit | projektek | proiecte
    """,
    "education": """
        graduate courses | undergraduate courses | major courses | research courses |
        selected courses | summer schools | summer school | graduate coursework |
        undergraduate coursework | selected coursework | key coursework | core coursework |
        relevant courses | relevant coursework | academic background | education background |
        教育背景 | 教育经历 | 学历 | 教育 | education | coursework | education and training |
        educational background | academic history | academics | degrees | training | thesis |
        master thesis | education and certifications | academic qualifications |
        educational qualifications | studies | education and qualifications | schooling |
        academic profile | courses taken | taken courses | formacion | formacion academica |
        educacion | estudios | titulacion | formation | formations | etudes | cursus | diplomes |
        formation academique | ausbildung | bildung | bildungsweg | studium | schulbildung |
        akademischer werdegang | opleiding | opleidingen | istruzione | formazione | formacao |
        formacao academica | educacao |
        образование | освіта | vzdělání | wykształcenie | edukacja | 학력 | 교육 | eğitim |
        öğrenim |
        pendidikan | học vấn | trình độ học vấn | التعليم | تحصیلات | سوابق تحصیلی | εκπαίδευση |
        σπουδές
        | 学歴
        | utbildning | utdanning | uddannelse | koulutus | tanulmányok | végzettség | oktatás |
        educație | studii | educație și formare
    """,
    "certifications": """
        certifications and credentials | certificates and trainings |
        courses and certifications | trainings | awards and certifications |
        certifications and awards | licenses and certificates | 证书 | 资格证书 | 认证 |
        certifications | certificates | licenses and certifications | courses and certificates |
        certifications and training | courses | online courses | professional development |
        accreditations | licenses | certification | credentials | trainings and certifications |
        certifications and licenses | certificates and courses | training and certifications |
        professional certifications | certificaciones | certificados | cursos | certificats |
        zertifikate | zertifizierungen | weiterbildung | fortbildung | weiterbildungen |
        certificaten | certificazioni | certificacoes |
        сертификаты | курсы | сертифікати | certifikáty | certyfikaty | kursy | 자격증 |
        sertifikalar | sertifikat | sertifikasi | chứng chỉ | الشهادات | گواهینامه ها |
        گواهینامهها | πιστοποιήσεις
        | 資格 | 保有資格 | 免許 資格 | 資格 免許 | 認定資格
        | certifieringar | certifikat | sertifiseringer | sertifikater | certificeringer |
        certifikater | sertifikaatit | sertifioinnit | tanúsítványok | képesítések | certificări |
        certificate | certificeringen | additional learning | online learning |
        continuous learning | self learning | self directed learning | moocs | continuing education
    """,
    "publications": """
        invited talks | selected talks | talks and posters | journal publications |
        peer reviewed publications | refereed publications | refereed journal articles |
        preprints | journals |
        publications and talks | selected papers | 论文 | 发表论文 | 学术成果 | 出版物 |
        publications | papers | selected publications | research papers | patents |
        presentation | presentations | talks | conference papers | books |
        publications and presentations | publications and patents | journal articles |
        conference proceedings | publicaciones | publicacions | publikationen |
        veroffentlichungen | publicaties | pubblicazioni | publicacoes |
        публикации | публікації | publikace | publikacje | 논문 | yayınlar | publikasi | المنشورات |
        مقالات | δημοσιεύσεις
        | 論文 | 研究業績 | 業績 | 発表 | 発表論文 | 論文 発表
        | publikationer | publikasjoner | julkaisut | publikációk | publicații
    """,
    "interests": """
        free time activities | free time | leisure activities |
        activities and interests | 兴趣爱好 | 爱好 | interests | hobbies | research interests |
        hobbies and interests | personal interests | interests and hobbies | passions |
        outside interests | leisure | intereses | aficiones | pasatiempos | centres d interet |
        centres d interets | loisirs | interets | interessen | hobbys | freizeit |
        freizeitaktivitaten | interesses | interessi | hobby | hobby e interessi |
        currently learning | now learning | learning | learning goals | currently exploring |
        exploring | future goals | career goals | career interests | professional interests |
        technical interests | areas of interest | interest | learning next | what i am learning |
        what i m learning | learning plan | learning roadmap | roadmap |
        planned certifications | upcoming certifications | target certifications |
        certifications in progress | certification in progress | certification goals |
        certification roadmap | certifications roadmap |
        интересы | хобби | інтереси | zájmy | koníčky | zainteresowania | 관심사 | 관심 분야 |
        취미 |
        ilgi alanları | hobiler | minat | hobi | sở thích | الاهتمامات | الهوايات | علایق |
        علاقه مندی ها | ενδιαφέροντα
        | 趣味 | 興味 | 関心 | 興味 関心 | 趣味 特技
        | intressen | fritidsintressen | interesser | hobbyer | fritidsinteresser | harrastukset |
        kiinnostuksen kohteet | érdeklődési kör | hobbik | interese | hobby uri
    """,
    "other": """
        language ability | language abilities | language proficiency | peer review | reviewing |
        refereeing | academic service | professional service | scientific service |
        service and outreach | outreach | mentoring | student supervision | supervision |
        honours and scholarships | honors and scholarships | scholarships and awards | fellowships |
        fellowships and awards | awards and fellowships | funding and awards | grants and awards |
        voluntary work | extra curricular | seminars | workshops | conferences |
        conferences and workshops | news | immigration status | work authorization |
        professional activities |
        extra curricular activities | extracurricular activity | volunteer activities |
        honors and activities | awards and honors | honors and achievements | 获奖情况 |
        荣誉奖项 | 奖项 | 荣誉 | 其他 | 语言 | 语言能力 | awards | honors | honours |
        honors and awards | achievements | accomplishments | languages | references |
        activities | extracurricular activities | volunteer | volunteering | volunteer work |
        volunteer experience | affiliations | professional affiliations | memberships |
        additional information | miscellaneous | misc | other | scholarships | grants |
        community | community service | service | referees | declaration |
        awards and achievements | key achievements | core accomplishments |
        leadership and activities | extracurriculars | additional | other information |
        spoken languages | language skills | idiomas | premios | logros | referencias |
        voluntariado | actividades | otros | informacion adicional | langues | prix |
        distinctions | benevolat | activites | divers | sprachen | sprachkenntnisse |
        auszeichnungen | referenzen | ehrenamt | sonstiges | talen | lingue | premi |
        языки | награды | мови | jazyky | ocenění | języki | nagrody | 수상 | 어학 | diller |
        ödüller |
        bahasa | penghargaan | ngôn ngữ | giải thưởng | اللغات | الجوائز | زبان ها | جوایز |
        γλώσσες | βραβεία
        | 受賞歴 | 受賞 | 課外活動
    """,
}
"""Section kind -> its headings, separated by "|" (accents optional: keys drop them), in English and
the languages resumes are often written in (each kind's last lines: Russian, Ukrainian, Czech,
Polish, Korean, Turkish, Indonesian, Vietnamese, Arabic, Persian, Greek and Japanese, then Swedish,
Norwegian, Danish, Finnish, Hungarian and Romanian). Interests
also head what a person is learning or aims at ("Currently learning", "Future goals"): wishes,
whose evidence does not count either."""

WEAK = """
    leadership | languages | tools | technologies | activities | volunteer | research | work |
    career | software | programming | expertise | highlights | strengths | service | community |
    training | courses | other | misc | miscellaneous | frameworks | papers | books | talks |
    positions | links | additional | about | bio | portfolio | parcours | informatique | outils
    | herramientas | kennis | studies | degrees | patents | presentations | qualifications |
    formation | stages | practicas | cursos | conocimientos | connaissances | learning |
    exploring | interest | industry | appointments | academia | teaching | jobs | preprints |
    journals | reviewing | refereeing | outreach | mentoring | supervision | fellowships |
    seminars | workshops | conferences | news | технологии | технології | tecnologie | teknolojiler
"""
"""Headings that are also ordinary list items or sub-headings ("Leadership" among soft skills,
"Languages" or "Tools" inside a skills block): they start a section only with layout evidence."""

LANGUAGES = """
    languages | idiomas | langues | sprachen | talen | lingue | language skills | языки | мови |
    jazyky | języki | diller | bahasa | ngôn ngữ | اللغات | زبان ها | γλώσσες | språk | sprog |
    kielitaito | kielet | nyelvtudás | nyelvek | limbi străine | limbi
"""
"""Headings that mean spoken languages or programming languages: the content decides."""

KEYWORDS: dict[SectionKind, str] = {
    "experience": (
        "experience | experiences | employment | experiencia | erfahrung | 经历 | 经验 | 経歴"
    ),
    "skills": "skills | competencies | competences | kenntnisse | habilidades | 技能 | スキル",
    "education": "education | formation | formacion | ausbildung | coursework | 教育 | 学歴",
    "projects": "projects | projets | proyectos | projekte | 项目 | プロジェクト",
    "certifications": "certifications | certificates | licenses | zertifikate | 证书 | 資格",
    "publications": "publications | papers | publikationen | 论文",
    "interests": (
        "interests | hobbies | intereses | interessen | loisirs | interets | interet | roadmap"
        " | 爱好"
    ),
    "summary": "summary | profile | objective | perfil | profil",
    "other": "awards | honors | achievements | references | volunteer | 奖",
}
"""Words that name a section inside a longer heading ("Cloud & Data Skills", "Selected Papers"),
trusted only when the line is styled like the document's other headings."""


WISH_ENDINGS = (
    "to learn", "in learning",
    # Japanese and Chinese: "... that interest me", "... I want to learn", "... I am learning"
    "興味があるもの", "興味のあるもの", "興味がある技術", "興味のある技術", "学びたいこと",
    "学びたい技術", "勉強中", "学習中", "感兴趣的技术", "感興趣的技術", "想学习的技术",
    "想學習的技術", "正在学习", "正在學習",
)  # fmt: skip
"""How the heading of a list of skills still to be learnt ends ("Tools I want to learn",
"Interested in learning", "使ったことはないが興味がある技術"): what it lists is a wish, not a
claim of use."""

FUNCTION_WORDS = frozenset(
    {
        "and", "of", "in", "on", "for", "the", "a", "an", "to", "d", "de", "des", "du", "en", "et",
        "la", "le", "les", "l", "y", "e", "del", "und", "der", "die", "das", "im", "zu",
    }
)  # fmt: skip
"""Words that do not count towards a heading's length: "Centres d'intérêt de la recherche et de
l'enseignement" is as short a heading as "Research and teaching interests"."""


_INLINE_LABEL = re.compile(
    rf"^\s*(?:[{ITEM_MARKS}]\s*)?([^:\t•|,;()]{{1,50}}?)\s*(?::\s*|\t\s*)(?=\S)"
)
"""A label and its colon opening a line, after an optional bullet ("Tools: ", "• Interests: "), or
the first cell of a table's row ("Interests<tab>Chess, Go")."""
MAX_LABEL_WORDS = 6

LIST_SEPARATORS = re.compile(r"\s*[,;|•·]\s*")
"""What separates the items of a list on one line, a middle dot included ("App · Lua, Shell, C");
the normaliser has written Chinese and Japanese commas as these."""
MAX_ITEM_WORDS = 4
"""The most words an item of a list has: a longer part is a clause of a sentence."""
MIN_LABELLED_ITEMS = 2
"""Items a line needs after an inline label to be a list: the label's colon already says a list
follows ("Frameworks: PyTorch, JAX"). Without a label a list needs three."""

_AMPERSAND = re.compile(r"\s*[&+]\s*")
_NOT_A_WORD = re.compile(r"[^\w\s]|_|\d")
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def heading_key(text: str) -> str:
    """The form headings are compared in: "Compétences & Outils:" -> "competences and outils"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if decomposed.isascii():  # no combining marks to drop
        plain = decomposed
    else:
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if "&" in plain or "+" in plain:  # what the pattern needs
        plain = _AMPERSAND.sub(" and ", plain)
    plain = _NOT_A_WORD.sub(" ", plain)
    return " ".join(plain.split())


def _keys(names: str) -> list[str]:
    return [heading_key(name) for name in names.split("|") if name.strip()]


HEADINGS: dict[str, SectionKind] = {
    key: kind for kind, names in VOCABULARY.items() for key in _keys(names)
}
WEAK_HEADINGS = frozenset(_keys(WEAK))
LANGUAGE_HEADINGS = frozenset(_keys(LANGUAGES))
KEYWORD_KINDS: dict[str, SectionKind] = {
    key: kind for kind, words in KEYWORDS.items() for key in _keys(words)
}
MIN_MISTYPED_KEYWORD = 7
"""The fewest letters of a keyword a heading may misspell by one letter ("Personal Inerests",
"Work Experiance"): shorter words are one letter from other words too often."""
_LONG_KEYWORDS = {
    key: kind
    for key, kind in KEYWORD_KINDS.items()
    if key.isascii() and len(key) >= MIN_MISTYPED_KEYWORD
}
_SPACELESS = {key.replace(" ", ""): kind for key, kind in HEADINGS.items()}
_WISH_KEYS = tuple(f" {key}" if key.isascii() else key for key in map(heading_key, WISH_ENDINGS))
"""The wish endings as a key ends with them: whole words where words are spaced ("LinkedIn
Learning" does not end in "in learning")."""
_CJK_KEYWORDS = {key: kind for key, kind in KEYWORD_KINDS.items() if not key.isascii()}
"""Chinese and Japanese write headings without spaces, so their keywords are looked for inside the
heading."""


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """How a line's words name a section: `exact` vocabulary or a keyword inside it."""

    kind: SectionKind
    key: str
    exact: bool
    weak: bool


def match_heading(text: str) -> HeadingMatch | None:
    """The section a heading-like line names, or None. Shape checks are the caller's.

    A remark in brackets after the name ("Work Experience (most recent first)") does not change
    what it names."""
    remark = _REMARK.search(text) if ")" in text else None  # searched only where one may end
    if remark and remark.start() > 0:
        return match_heading(text[: remark.start()])
    key = heading_key(text)
    if not key:
        return None
    kind = HEADINGS.get(key) or _SPACELESS.get(key.replace(" ", ""))
    if kind is not None:
        return HeadingMatch(kind, key, exact=True, weak=key in WEAK_HEADINGS)
    words = key.split()
    if len([word for word in words if word not in FUNCTION_WORDS]) > 5:
        return None
    if f" {key}".endswith(_WISH_KEYS):
        return HeadingMatch("interests", key, exact=True, weak=False)
    for word in words:
        if word in KEYWORD_KINDS:
            return HeadingMatch(KEYWORD_KINDS[word], key, exact=False, weak=True)
    if key.isascii():  # no CJK keyword is in it
        return _mistyped_keyword(words, key)
    for keyword, kind in _CJK_KEYWORDS.items():
        if keyword in key:
            return HeadingMatch(kind, key, exact=False, weak=True)
    return None


def _mistyped_keyword(words: list[str], key: str) -> HeadingMatch | None:
    """A weak match for a heading one of whose words is a long keyword with one letter inside it
    left out, added, changed or swapped with the next ("inerests", "experiance", "eductaion").
    Its first and last letters stay: an ending changed makes another word ("Experienced Data
    Scientist" is a tagline)."""
    for word in words:
        if len(word) < MIN_MISTYPED_KEYWORD:
            continue
        for keyword, kind in _LONG_KEYWORDS.items():
            if (
                word[0] == keyword[0]
                and word[-1] == keyword[-1]
                and abs(len(keyword) - len(word)) <= 1
                and _one_edit_apart(word, keyword)
            ):
                return HeadingMatch(kind, key, exact=False, weak=True)
    return None


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one letter left out, added, changed, or swapped
    with its neighbour."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[first:] == b[first + 1 :]
    return a[first + 1 :] == b[first + 1 :] or (
        a[first + 2 :] == b[first + 2 :] and a[first : first + 2] == b[first : first + 2][::-1]
    )


def label_span(line: str) -> tuple[int, int] | None:
    """Where the label that opens a line stands in it, before its colon or tab ("Tools" in "•
    Tools: Docker"), whatever it names; None when the line opens with no label or nothing follows
    it."""
    found = _INLINE_LABEL.match(line) if ":" in line or "\t" in line else None  # it needs one
    return None if found is None else found.span(1)


def inline_label(line: str) -> tuple[str, HeadingMatch] | None:
    """The label that opens a line of items ("Languages: Python, Go", "• Tools: Docker",
    "Currently learning: Rust", a table's row "Interests<tab>Chess") and the section it names,
    or None when the line opens with no label, nothing follows it, or it names no section. The
    label governs the items after it: a "Skills:" line inside a job entry lists skills, an
    "Interests:" row inside a skills block lists interests."""
    span = label_span(line)
    if span is None:
        return None
    label = line[span[0] : span[1]].strip()
    if len(label.split()) > MAX_LABEL_WORDS:
        return None
    match = match_heading(label)
    return None if match is None else (label, match)


def list_items(body: str) -> list[str] | None:
    """The items of a list on one line ("Python, SQL; Docker | Git"): the parts between commas,
    semicolons, bars and bullets; None when one is longer than MAX_ITEM_WORDS words, which makes
    the line a sentence rather than a list."""
    parts = [part for part in LIST_SEPARATORS.split(body) if part]
    return parts if all(len(part.split()) <= MAX_ITEM_WORDS for part in parts) else None
