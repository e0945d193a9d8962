//! The words a demo portfolio is made of, per region: company names, cities
//! and streets, people's names and titles, phone formats, and the sentences
//! of visit notes, complaints and greetings, each in the client's language.

use chrono_tz::Tz;

use fieldbook_core::Region;

/// A city clients are placed around.
pub(super) struct City {
    /// Name as written in addresses.
    pub name: &'static str,
    /// Centre, latitude.
    pub lat: f64,
    /// Centre, longitude.
    pub lon: f64,
    /// Landline area code after the country code.
    pub area_code: &'static str,
    /// Districts (China) or postcode prefixes (Poland, Azerbaijan).
    pub districts: &'static [&'static str],
    /// Streets.
    pub streets: &'static [&'static str],
}

/// A line of business and the words its company names are built from.
pub(super) struct Industry {
    /// The industry as the client's records name it.
    pub label: &'static str,
    /// Words a company in it puts in its name.
    pub name_words: &'static [&'static str],
    /// ASCII stem of the company's email domain.
    pub domain_stem: &'static str,
}

/// A given name with its ASCII spelling, for email addresses.
pub(super) type Spelled = (&'static str, &'static str);

/// Everything the demo writes about clients of one region.
pub(super) struct Locale {
    /// The region.
    pub region: Region,
    /// Time zone of its sites.
    pub zone: Tz,
    /// ISO 4217 code of its money.
    pub currency: &'static str,
    /// Country calling code, with `+`.
    pub country_code: &'static str,
    /// Top-level domain of company email addresses.
    pub tld: &'static str,
    /// Mobile prefixes after the country code.
    pub mobile_prefixes: &'static [&'static str],
    /// Cities.
    pub cities: &'static [City],
    /// Industries.
    pub industries: &'static [Industry],
    /// First words of company names (a region, a river, a brand).
    pub company_prefixes: &'static [&'static str],
    /// Company name forms with `{prefix}` and `{word}`.
    pub company_forms: &'static [&'static str],
    /// Office hours as minutes after midnight.
    pub office_hours: &'static [(u32, u32)],
    /// Free labels for clients.
    pub tags: &'static [&'static str],
    /// Competitor notes.
    pub competitor_notes: &'static [&'static str],
    /// Family names: (male form, female form, ASCII); equal forms where the language has one.
    pub surnames: &'static [(&'static str, &'static str, &'static str)],
    /// Male given names.
    pub male_names: &'static [Spelled],
    /// Female given names.
    pub female_names: &'static [Spelled],
    /// Titles of key persons.
    pub key_titles: &'static [&'static str],
    /// Titles of other contacts.
    pub titles: &'static [&'static str],
    /// Likes and dislikes.
    pub preferences: &'static [&'static str],
    /// Notes about a key person.
    pub person_notes: &'static [&'static str],
    /// Visit note sentences for routine visits; `{person}` is a key person's name.
    pub routine_notes: &'static [&'static str],
    /// Visit note sentences for sales steps.
    pub sales_notes: &'static [&'static str],
    /// Visit note sentences for care visits.
    pub care_notes: &'static [&'static str],
    /// Visit note sentences for collecting arrears.
    pub collection_notes: &'static [&'static str],
    /// Visit note sentences for complaint follow-ups.
    pub follow_up_notes: &'static [&'static str],
    /// Visit outcomes.
    pub outcomes: &'static [&'static str],
    /// Why a visit was cancelled.
    pub cancellations: &'static [&'static str],
    /// Follow-up tasks after a visit.
    pub visit_tasks: &'static [&'static str],
    /// Task title for arrears, followed by the amount.
    pub arrears_task: &'static str,
    /// Task title for replying to a complaint.
    pub case_reply_task: &'static str,
    /// Complaint categories and a description of each.
    pub complaints: &'static [(&'static str, &'static str)],
    /// Departments a complaint is handed to.
    pub departments: &'static [&'static str],
    /// Case timeline texts: received, handed over (followed by the department),
    /// in progress, resolved, reopened, confirmed.
    pub case_steps: [&'static str; 6],
    /// Resolutions.
    pub resolutions: &'static [&'static str],
    /// Birthday gifts.
    pub birthday_gifts: &'static [&'static str],
    /// Birthday greeting.
    pub birthday_greetings: &'static [&'static str],
    /// Holiday greetings: calendar key, gift, greeting.
    pub holidays: &'static [Holiday],
    /// Whether sentences are joined without spaces.
    pub joins_tight: bool,
}

/// A holiday key persons are greeted on.
pub(super) struct Holiday {
    /// Calendar key (`cn.spring_festival`).
    pub key: &'static str,
    /// (month, day) per year from 2020, or one fixed date for all years.
    pub dates: HolidayDates,
    /// What is given.
    pub gift: &'static str,
    /// What is said.
    pub greeting: &'static str,
}

/// When a holiday falls.
pub(super) enum HolidayDates {
    /// The same day every year.
    Fixed(u32, u32),
    /// (month, day) for the years 2020, 2021, …
    From2020(&'static [(u32, u32)]),
}

impl Locale {
    /// The locale of `region`.
    pub fn of(region: Region) -> &'static Locale {
        match region {
            Region::Cn => &CHINA,
            Region::Pl => &POLAND,
            Region::Az => &AZERBAIJAN,
        }
    }
}

static CHINA: Locale = Locale {
    region: Region::Cn,
    zone: chrono_tz::Asia::Shanghai,
    currency: "CNY",
    country_code: "+86",
    tld: "com.cn",
    mobile_prefixes: &["138", "139", "136", "135", "186", "158", "159", "177", "189", "133"],
    cities: &[
        City {
            name: "上海市",
            lat: 31.2304,
            lon: 121.4737,
            area_code: "21",
            districts: &["浦东新区", "徐汇区", "闵行区", "静安区", "嘉定区", "松江区"],
            streets: &["世纪大道", "张江路", "漕溪北路", "南京西路", "沪闵路", "曹安公路", "九亭大街"],
        },
        City {
            name: "北京市",
            lat: 39.9042,
            lon: 116.4074,
            area_code: "10",
            districts: &["朝阳区", "海淀区", "东城区", "丰台区", "大兴区"],
            streets: &["建国路", "中关村大街", "东直门南大街", "丰台北路", "亦庄经海路"],
        },
        City {
            name: "深圳市",
            lat: 22.5431,
            lon: 114.0579,
            area_code: "755",
            districts: &["南山区", "福田区", "宝安区", "龙岗区"],
            streets: &["深南大道", "科技园中区科苑路", "福华三路", "宝安大道", "龙岗大道"],
        },
    ],
    industries: &[
        Industry { label: "电力能源", name_words: &["电力", "能源", "新能源"], domain_stem: "power" },
        Industry { label: "物流运输", name_words: &["物流", "运输", "供应链"], domain_stem: "logistics" },
        Industry { label: "装备制造", name_words: &["机械", "重工", "制造"], domain_stem: "machinery" },
        Industry { label: "化工", name_words: &["化工", "新材料"], domain_stem: "chem" },
        Industry { label: "医药健康", name_words: &["医药", "生物"], domain_stem: "pharma" },
        Industry { label: "建筑建材", name_words: &["建设", "建材"], domain_stem: "build" },
        Industry { label: "电子信息", name_words: &["电子", "信息", "科技"], domain_stem: "tech" },
        Industry { label: "食品饮料", name_words: &["食品", "饮品"], domain_stem: "food" },
    ],
    company_prefixes: &[
        "华东", "华北", "华南", "浦江", "京华", "鹏城", "东方", "长城", "中联", "宏达", "远航", "申城", "燕山", "南粤",
        "金桥", "恒信",
    ],
    company_forms: &[
        "{prefix}{word}集团",
        "{prefix}{word}有限公司",
        "{prefix}{word}股份有限公司",
        "{prefix}{word}科技有限公司",
    ],
    office_hours: &[(510, 1050), (540, 1080), (540, 1050)],
    tags: &["重点客户", "政企", "5G专网", "续约", "IDC", "专线", "国企", "上市公司"],
    competitor_notes: &[
        "联通上季度报价低15%，客户正在比较。",
        "电信已经上门推介云专线，对方信息中心主任有兴趣。",
        "竞争对手提供三个月免费试用，需要准备应对方案。",
        "客户IT部门与竞争对手关系密切，注意维护关键人。",
    ],
    surnames: &[
        ("王", "王", "wang"),
        ("李", "李", "li"),
        ("张", "张", "zhang"),
        ("刘", "刘", "liu"),
        ("陈", "陈", "chen"),
        ("杨", "杨", "yang"),
        ("黄", "黄", "huang"),
        ("赵", "赵", "zhao"),
        ("吴", "吴", "wu"),
        ("周", "周", "zhou"),
        ("徐", "徐", "xu"),
        ("孙", "孙", "sun"),
        ("马", "马", "ma"),
        ("朱", "朱", "zhu"),
        ("胡", "胡", "hu"),
        ("郭", "郭", "guo"),
        ("何", "何", "he"),
        ("高", "高", "gao"),
        ("林", "林", "lin"),
        ("罗", "罗", "luo"),
    ],
    male_names: &[
        ("伟", "wei"),
        ("强", "qiang"),
        ("磊", "lei"),
        ("军", "jun"),
        ("洋", "yang"),
        ("勇", "yong"),
        ("杰", "jie"),
        ("涛", "tao"),
        ("明", "ming"),
        ("超", "chao"),
        ("建国", "jianguo"),
        ("志强", "zhiqiang"),
        ("晓明", "xiaoming"),
        ("海涛", "haitao"),
        ("国华", "guohua"),
        ("文斌", "wenbin"),
    ],
    female_names: &[
        ("芳", "fang"),
        ("娜", "na"),
        ("敏", "min"),
        ("静", "jing"),
        ("丽", "li"),
        ("艳", "yan"),
        ("娟", "juan"),
        ("秀英", "xiuying"),
        ("海燕", "haiyan"),
        ("丽华", "lihua"),
        ("晓红", "xiaohong"),
        ("玉兰", "yulan"),
        ("雪梅", "xuemei"),
        ("婷婷", "tingting"),
    ],
    key_titles: &["总经理", "董事长", "副总经理", "信息中心主任", "总工程师"],
    titles: &["采购经理", "财务经理", "IT主管", "行政主管", "办公室主任", "网络管理员", "项目经理", "采购专员"],
    preferences: &[
        "喜欢喝绿茶",
        "不喝酒",
        "喜欢龙井茶",
        "爱好书法",
        "喜欢打高尔夫",
        "午休时间不要打扰",
        "素食",
        "喜欢钓鱼",
        "爱下象棋",
    ],
    person_notes: &[
        "女儿今年高考，注意问候。",
        "原在联通工作，对通信业务很熟悉。",
        "习惯先发微信再打电话。",
        "每周一上午开例会，不要安排拜访。",
    ],
    routine_notes: &[
        "与{person}沟通了本季度业务使用情况。",
        "客户对专线稳定性表示满意。",
        "了解到客户明年有扩建计划，需提前准备方案。",
        "核对了客户档案，更新了联系人信息。",
        "客户反映营业厅办理业务排队时间较长。",
        "介绍了5G专网和云服务的新套餐。",
        "{person}提到下个月有新办公楼启用。",
    ],
    sales_notes: &[
        "与{person}初步接触，建立联系。",
        "需求挖掘：客户需要多个分支机构互联。",
        "向客户呈现整合解决方案，客户提出价格顾虑。",
        "商务谈判进展顺利，等待客户内部审批。",
        "合同草稿已发给{person}审阅。",
    ],
    care_notes: &["给{person}送去生日鲜花和蛋糕。", "节日前走访，送上节日问候。", "关键人维护，聊了家庭近况。"],
    collection_notes: &[
        "提醒客户本月欠费情况，财务经理承诺月底前缴清。",
        "催缴欠费，客户说明是付款流程延误。",
        "与{person}确认了分期缴费安排。",
    ],
    follow_up_notes: &[
        "回访投诉处理情况，客户确认问题已解决。",
        "{person}对处理速度表示满意。",
        "客户希望以后故障能提前通知。",
    ],
    outcomes: &[
        "客户满意",
        "续约意向明确",
        "需要提交报价方案",
        "约定下次拜访时间",
        "发现新商机",
        "客户有流失风险，需重点跟进",
    ],
    cancellations: &["客户临时有会，改期。", "路上堵车，电话沟通后改期。", "{person}出差，改期拜访。"],
    visit_tasks: &["发送报价方案", "提交续约合同", "安排技术人员上门", "整理会议纪要发给客户", "跟进新办公楼网络需求"],
    arrears_task: "催缴欠费",
    case_reply_task: "回复客户处理结果",
    complaints: &[
        ("网络故障", "专线中断约两个小时，影响客户生产系统。"),
        ("账单争议", "客户认为上月账单多收了增值业务费用。"),
        ("服务质量", "客户投诉营业厅工作人员态度不好。"),
        ("开通延迟", "新分支机构宽带超过约定时间仍未开通。"),
        ("信号覆盖", "新厂区室内手机信号差。"),
    ],
    departments: &["网络运维部", "计费中心", "客户服务中心", "工程建设部"],
    case_steps: [
        "受理投诉，记录客户诉求",
        "转交",
        "已联系客户，正在排查处理",
        "问题已解决，已向客户回复处理结果",
        "客户反馈问题再次出现，重新处理",
        "客户确认处理结果，完成回访",
    ],
    resolutions: &[
        "更换了故障设备，线路恢复正常。",
        "核实后退还多收费用。",
        "已对相关人员进行培训并向客户道歉。",
        "加派工程队，三天内完成开通。",
    ],
    birthday_gifts: &["鲜花", "生日蛋糕", "鲜花和蛋糕"],
    birthday_greetings: &["祝您生日快乐，身体健康，万事如意！", "生日快乐！感谢一直以来的支持。"],
    holidays: &[
        Holiday {
            key: "cn.spring_festival",
            dates: HolidayDates::From2020(&[
                (1, 25),
                (2, 12),
                (2, 1),
                (1, 22),
                (2, 10),
                (1, 29),
                (2, 17),
                (2, 6),
                (1, 26),
                (2, 13),
                (2, 3),
            ]),
            gift: "春节礼盒",
            greeting: "新春快乐，阖家幸福！",
        },
        Holiday {
            key: "cn.mid_autumn",
            dates: HolidayDates::From2020(&[
                (10, 1),
                (9, 21),
                (9, 10),
                (9, 29),
                (9, 17),
                (10, 6),
                (9, 25),
                (9, 15),
                (10, 3),
                (9, 22),
                (9, 12),
            ]),
            gift: "月饼礼盒",
            greeting: "中秋快乐，花好月圆！",
        },
        Holiday {
            key: "cn.new_year",
            dates: HolidayDates::Fixed(1, 1),
            gift: "",
            greeting: "元旦快乐，新年万事如意！",
        },
    ],
    joins_tight: true,
};

static POLAND: Locale = Locale {
    region: Region::Pl,
    zone: chrono_tz::Europe::Warsaw,
    currency: "PLN",
    country_code: "+48",
    tld: "pl",
    mobile_prefixes: &["501", "502", "601", "602", "603", "691", "727", "781", "880", "512"],
    cities: &[
        City {
            name: "Warszawa",
            lat: 52.2297,
            lon: 21.0122,
            area_code: "22",
            districts: &["00", "01", "02", "03", "04"],
            streets: &["Marszałkowska", "Puławska", "Grochowska", "Wolska", "Jagiellońska", "Przemysłowa", "Fabryczna"],
        },
        City {
            name: "Kraków",
            lat: 50.0647,
            lon: 19.9450,
            area_code: "12",
            districts: &["30", "31"],
            streets: &["Kalwaryjska", "Wielicka", "Mogilska", "Zakopiańska", "Kamieńskiego", "Półłanki"],
        },
        City {
            name: "Gdańsk",
            lat: 54.3520,
            lon: 18.6466,
            area_code: "58",
            districts: &["80"],
            streets: &["Grunwaldzka", "Łąkowa", "Elbląska", "Marynarki Polskiej", "Trakt św. Wojciecha"],
        },
    ],
    industries: &[
        Industry {
            label: "Energetyka",
            name_words: &["Przedsiębiorstwo Energetyczne", "Elektrociepłownia"],
            domain_stem: "energia",
        },
        Industry { label: "Logistyka", name_words: &["Transport i Spedycja", "Logistyka"], domain_stem: "logistyka" },
        Industry {
            label: "Przemysł maszynowy",
            name_words: &["Zakłady Mechaniczne", "Fabryka Maszyn"],
            domain_stem: "mechanika",
        },
        Industry { label: "Meblarstwo", name_words: &["Fabryka Mebli"], domain_stem: "meble" },
        Industry {
            label: "Przemysł spożywczy",
            name_words: &["Zakłady Mięsne", "Okręgowa Spółdzielnia Mleczarska", "Piekarnia"],
            domain_stem: "spozywcze",
        },
        Industry {
            label: "Budownictwo",
            name_words: &["Przedsiębiorstwo Budowlane", "Hurtownia Materiałów Budowlanych"],
            domain_stem: "budowa",
        },
        Industry { label: "Chemia", name_words: &["Zakłady Chemiczne"], domain_stem: "chemia" },
        Industry {
            label: "IT i telekomunikacja",
            name_words: &["Systemy Informatyczne", "Telekom"],
            domain_stem: "it",
        },
    ],
    company_prefixes: &[
        "Wisła", "Mazowsze", "Bałtyk", "Polmet", "Orzeł", "Tatry", "Warta", "Sokół", "Wawel", "Pomorze", "Mazur",
        "Jantar",
    ],
    company_forms: &[
        "{word} {prefix} Sp. z o.o.",
        "{word} „{prefix}” S.A.",
        "{word} {prefix} Sp. j.",
        "{word} {prefix} Sp. z o.o. Sp.k.",
    ],
    office_hours: &[(480, 960), (420, 900), (540, 1020)],
    tags: &["kluczowy", "przetarg", "odnowienie umowy", "eksport", "sektor publiczny", "grupa kapitałowa"],
    competitor_notes: &[
        "Orange zaproponował niższą cenę o 10% przy umowie na 36 miesięcy.",
        "Klient rozmawia z Playem o światłowodzie do nowej hali.",
        "Konkurencja oferuje trzy miesiące za darmo; przygotować kontrpropozycję.",
    ],
    surnames: &[
        ("Kowalski", "Kowalska", "kowalski"),
        ("Nowak", "Nowak", "nowak"),
        ("Wiśniewski", "Wiśniewska", "wisniewski"),
        ("Wójcik", "Wójcik", "wojcik"),
        ("Kowalczyk", "Kowalczyk", "kowalczyk"),
        ("Kamiński", "Kamińska", "kaminski"),
        ("Lewandowski", "Lewandowska", "lewandowski"),
        ("Zieliński", "Zielińska", "zielinski"),
        ("Szymański", "Szymańska", "szymanski"),
        ("Woźniak", "Woźniak", "wozniak"),
        ("Dąbrowski", "Dąbrowska", "dabrowski"),
        ("Kozłowski", "Kozłowska", "kozlowski"),
        ("Jankowski", "Jankowska", "jankowski"),
        ("Mazur", "Mazur", "mazur"),
        ("Krawczyk", "Krawczyk", "krawczyk"),
        ("Grabowski", "Grabowska", "grabowski"),
    ],
    male_names: &[
        ("Piotr", "piotr"),
        ("Krzysztof", "krzysztof"),
        ("Andrzej", "andrzej"),
        ("Tomasz", "tomasz"),
        ("Paweł", "pawel"),
        ("Marcin", "marcin"),
        ("Michał", "michal"),
        ("Jan", "jan"),
        ("Grzegorz", "grzegorz"),
        ("Łukasz", "lukasz"),
    ],
    female_names: &[
        ("Anna", "anna"),
        ("Katarzyna", "katarzyna"),
        ("Małgorzata", "malgorzata"),
        ("Agnieszka", "agnieszka"),
        ("Barbara", "barbara"),
        ("Ewa", "ewa"),
        ("Magdalena", "magdalena"),
        ("Joanna", "joanna"),
        ("Monika", "monika"),
        ("Aleksandra", "aleksandra"),
    ],
    key_titles: &[
        "Prezes Zarządu",
        "Dyrektor Generalny",
        "Dyrektor ds. Zakupów",
        "Dyrektor Finansowy",
        "Członek Zarządu",
    ],
    titles: &[
        "Kierownik działu IT",
        "Główny księgowy",
        "Specjalista ds. zakupów",
        "Kierownik biura",
        "Administrator sieci",
        "Kierownik produkcji",
        "Koordynator biura zarządu",
    ],
    preferences: &[
        "lubi zieloną herbatę",
        "nie pije alkoholu",
        "kibic Legii Warszawa",
        "woli spotkania rano",
        "wędkarz",
        "pije tylko czarną kawę",
        "nie lubi rozmów telefonicznych",
    ],
    person_notes: &[
        "Ma dwoje dzieci; córka studiuje w Krakowie.",
        "Wcześniej pracował w Orange, zna branżę.",
        "Preferuje kontakt mailowy przed spotkaniem.",
    ],
    routine_notes: &[
        "Spotkanie z klientem (rozmówca: {person}): omówiono wykorzystanie usług w tym kwartale.",
        "Klient zadowolony ze stabilności łącza.",
        "Klient planuje rozbudowę zakładu w przyszłym roku.",
        "Zaktualizowano dane kontaktowe w kartotece klienta.",
        "Przedstawiono nową ofertę chmury i sieci prywatnej 5G.",
        "Biuro przenosi się w przyszłym miesiącu (informacja: {person}).",
    ],
    sales_notes: &[
        "Pierwsze spotkanie, nawiązanie kontaktu (rozmówca: {person}).",
        "Analiza potrzeb: klient potrzebuje połączenia kilku oddziałów.",
        "Prezentacja rozwiązania; klient ma zastrzeżenia co do ceny.",
        "Negocjacje idą dobrze, czekamy na decyzję zarządu.",
        "Projekt umowy wysłany do klienta (adresat: {person}).",
    ],
    care_notes: &[
        "Urodziny: {person} – wręczono kwiaty i życzenia.",
        "Wizyta przedświąteczna z życzeniami.",
        "Rozmowa o rodzinie i wakacjach, relacja bardzo dobra.",
    ],
    collection_notes: &[
        "Przypomnienie o zaległej fakturze; księgowa obiecała zapłatę do końca miesiąca.",
        "Windykacja zaległości; opóźnienie wynika z obiegu dokumentów u klienta.",
        "Ustalono rozłożenie płatności na raty (rozmówca: {person}).",
    ],
    follow_up_notes: &[
        "Kontrola po reklamacji: klient potwierdza, że problem rozwiązany.",
        "Klient zadowolony z szybkości reakcji (rozmówca: {person}).",
        "Klient prosi o wcześniejsze informowanie o pracach serwisowych.",
    ],
    outcomes: &[
        "Klient zadowolony",
        "Wstępna zgoda na przedłużenie umowy",
        "Przygotować ofertę",
        "Ustalono termin kolejnego spotkania",
        "Nowa szansa sprzedażowa",
        "Ryzyko odejścia klienta",
    ],
    cancellations: &[
        "Klient odwołał spotkanie z powodu zebrania zarządu.",
        "Przełożone na prośbę klienta ({person}).",
        "Korki na obwodnicy, spotkanie przełożone.",
    ],
    visit_tasks: &[
        "Wysłać ofertę",
        "Przygotować aneks do umowy",
        "Umówić wizytę technika",
        "Wysłać notatkę ze spotkania",
        "Sprawdzić dostępność światłowodu w nowej lokalizacji",
    ],
    arrears_task: "Wezwać do zapłaty zaległości",
    case_reply_task: "Odpowiedzieć klientowi o wyniku reklamacji",
    complaints: &[
        ("awaria łącza", "Łącze nie działało przez dwie godziny, stanęła produkcja."),
        ("reklamacja faktury", "Klient twierdzi, że na fakturze naliczono usługi dodatkowe, których nie zamawiał."),
        ("jakość obsługi", "Skarga na nieuprzejmą obsługę w salonie."),
        ("opóźnienie instalacji", "Instalacja w nowym oddziale opóźniona o dwa tygodnie."),
        ("zasięg", "Słaby zasięg w nowej hali magazynowej."),
    ],
    departments: &["Dział Techniczny", "Dział Rozliczeń", "Biuro Obsługi Klienta", "Dział Inwestycji"],
    case_steps: [
        "Przyjęto reklamację",
        "Przekazano do:",
        "Skontaktowano się z klientem, trwa analiza",
        "Problem rozwiązany, klient poinformowany o wyniku",
        "Problem powrócił, reklamacja otwarta ponownie",
        "Klient potwierdził rozwiązanie",
    ],
    resolutions: &[
        "Wymieniono uszkodzone urządzenie, łącze działa.",
        "Skorygowano fakturę i zwrócono nadpłatę.",
        "Przeprowadzono szkolenie pracowników i przeproszono klienta.",
        "Skierowano dodatkową ekipę, instalacja zakończona.",
    ],
    birthday_gifts: &["kwiaty", "tort", "kwiaty i bombonierka"],
    birthday_greetings: &["Wszystkiego najlepszego z okazji urodzin!", "Sto lat! Dziękujemy za współpracę."],
    holidays: &[
        Holiday {
            key: "pl.christmas",
            dates: HolidayDates::Fixed(12, 24),
            gift: "kosz świąteczny",
            greeting: "Wesołych Świąt i szczęśliwego Nowego Roku!",
        },
        Holiday {
            key: "pl.easter",
            dates: HolidayDates::From2020(&[
                (4, 12),
                (4, 4),
                (4, 17),
                (4, 9),
                (3, 31),
                (4, 20),
                (4, 5),
                (3, 28),
                (4, 16),
                (4, 1),
                (4, 21),
            ]),
            gift: "",
            greeting: "Zdrowych, spokojnych Świąt Wielkanocnych!",
        },
        Holiday {
            key: "pl.new_year",
            dates: HolidayDates::Fixed(1, 1),
            gift: "",
            greeting: "Szczęśliwego Nowego Roku!",
        },
    ],
    joins_tight: false,
};

static AZERBAIJAN: Locale = Locale {
    region: Region::Az,
    zone: chrono_tz::Asia::Baku,
    currency: "AZN",
    country_code: "+994",
    tld: "az",
    mobile_prefixes: &["50", "51", "55", "70", "77", "10", "99"],
    cities: &[
        City {
            name: "Bakı",
            lat: 40.4093,
            lon: 49.8671,
            area_code: "12",
            districts: &["AZ10", "AZ11"],
            streets: &[
                "Nizami küç.",
                "Füzuli küç.",
                "Azadlıq pr.",
                "Neftçilər pr.",
                "Həsən bəy Zərdabi pr.",
                "Babək pr.",
                "Tbilisi pr.",
            ],
        },
        City {
            name: "Gəncə",
            lat: 40.6828,
            lon: 46.3606,
            area_code: "22",
            districts: &["AZ20"],
            streets: &["Atatürk pr.", "Cavadxan küç.", "Heydər Əliyev pr.", "Nizami Gəncəvi küç."],
        },
    ],
    industries: &[
        Industry { label: "Energetika", name_words: &["Enerji", "Elektrik Şəbəkələri"], domain_stem: "enerji" },
        Industry { label: "Logistika", name_words: &["Logistika", "Nəqliyyat"], domain_stem: "logistika" },
        Industry { label: "Tikinti", name_words: &["Tikinti", "İnşaat"], domain_stem: "tikinti" },
        Industry { label: "Qida sənayesi", name_words: &["Qida", "Aqro"], domain_stem: "qida" },
        Industry { label: "Neft və qaz", name_words: &["Neft Servis", "Qaz Texnika"], domain_stem: "neft" },
        Industry {
            label: "Telekommunikasiya",
            name_words: &["Telekom", "İnformasiya Texnologiyaları"],
            domain_stem: "telekom",
        },
    ],
    company_prefixes: &["Azər", "Xəzər", "Qafqaz", "Gəncə", "Abşeron", "Şirvan", "Kür", "Araz", "Azərenerji", "Sabah"],
    company_forms: &["{prefix} {word} MMC", "{prefix} {word} ASC", "{prefix}-{word} MMC"],
    office_hours: &[(540, 1080), (600, 1080), (540, 1020)],
    tags: &["əsas müştəri", "tender", "müqavilə yenilənməsi", "dövlət sektoru", "ixracatçı"],
    competitor_notes: &[
        "Rəqib şirkət 36 aylıq müqavilədə 12% endirim təklif edib.",
        "Müştəri yeni anbar üçün başqa provayderlə danışıqlar aparır.",
        "Rəqiblər üç ay pulsuz xidmət təklif edir; cavab təklifi hazırlamaq lazımdır.",
    ],
    surnames: &[
        ("Məmmədov", "Məmmədova", "mammadov"),
        ("Əliyev", "Əliyeva", "aliyev"),
        ("Həsənov", "Həsənova", "hasanov"),
        ("Hüseynov", "Hüseynova", "huseynov"),
        ("Quliyev", "Quliyeva", "guliyev"),
        ("Abbasov", "Abbasova", "abbasov"),
        ("Rəhimov", "Rəhimova", "rahimov"),
        ("İsmayılov", "İsmayılova", "ismayilov"),
        ("Cəfərov", "Cəfərova", "jafarov"),
        ("Babayev", "Babayeva", "babayev"),
        ("Nəsirov", "Nəsirova", "nasirov"),
        ("Kərimov", "Kərimova", "karimov"),
    ],
    male_names: &[
        ("Elnur", "elnur"),
        ("Rəşad", "rashad"),
        ("Orxan", "orkhan"),
        ("Tural", "tural"),
        ("Kamran", "kamran"),
        ("Elçin", "elchin"),
        ("Vüqar", "vugar"),
        ("Fərid", "farid"),
        ("Anar", "anar"),
        ("Səbuhi", "sabuhi"),
    ],
    female_names: &[
        ("Aynur", "aynur"),
        ("Günay", "gunay"),
        ("Leyla", "leyla"),
        ("Nərgiz", "nargiz"),
        ("Səbinə", "sabina"),
        ("Aysel", "aysel"),
        ("Könül", "konul"),
        ("Lalə", "lala"),
        ("Türkan", "turkan"),
        ("Şəbnəm", "shabnam"),
    ],
    key_titles: &["Baş direktor", "Direktor", "Direktor müavini", "Maliyyə direktoru", "İdarə Heyətinin sədri"],
    titles: &[
        "Maliyyə meneceri",
        "İT şöbəsinin müdiri",
        "Satınalma mütəxəssisi",
        "Ofis meneceri",
        "Baş mühasib",
        "Şəbəkə administratoru",
    ],
    preferences: &[
        "armudu stəkanda çay sevir",
        "spirtli içki içmir",
        "Qarabağ FK azarkeşidir",
        "səhər görüşlərini üstün tutur",
        "nərd oynamağı sevir",
        "şirniyyat sevmir",
    ],
    person_notes: &[
        "Oğlu bu il universitetə daxil olub.",
        "Əvvəllər Azercell-də işləyib, sahəni yaxşı bilir.",
        "Görüşdən əvvəl WhatsApp ilə yazmağı xoşlayır.",
    ],
    routine_notes: &[
        "{person} ilə bu rübdə xidmətlərin istifadəsi müzakirə olundu.",
        "Müştəri xəttin sabitliyindən razıdır.",
        "Müştəri gələn il yeni filial açmağı planlaşdırır.",
        "Müştəri kartında əlaqə məlumatları yeniləndi.",
        "Yeni bulud və 5G xüsusi şəbəkə təklifi təqdim olundu.",
    ],
    sales_notes: &[
        "{person} ilə ilk görüş, əlaqə quruldu.",
        "Ehtiyacların təhlili: müştəriyə filiallar arası şəbəkə lazımdır.",
        "Həll təqdim olundu; müştəri qiymətlə bağlı suallar verdi.",
        "Danışıqlar yaxşı gedir, rəhbərliyin qərarı gözlənilir.",
        "Müqavilə layihəsi göndərildi ({person}).",
    ],
    care_notes: &[
        "Ad günü münasibətilə gül dəstəsi təqdim olundu ({person}).",
        "Bayram ərəfəsində təbrik ziyarəti.",
        "Ailə haqqında söhbət, münasibətlər çox yaxşıdır.",
    ],
    collection_notes: &[
        "Borc barədə xatırlatma; mühasib ayın sonunadək ödəməyi vəd etdi.",
        "Borcun yığılması; gecikmə müştərinin daxili prosedurları ilə bağlıdır.",
        "{person} ilə hissə-hissə ödəniş razılaşdırıldı.",
    ],
    follow_up_notes: &[
        "Şikayətdən sonra yoxlama: müştəri problemin həll olunduğunu təsdiqlədi.",
        "{person} cavabın sürətindən razıdır.",
        "Müştəri texniki işlər barədə əvvəlcədən məlumat istəyir.",
    ],
    outcomes: &[
        "Müştəri razıdır",
        "Müqaviləni uzatmağa razılıq var",
        "Təklif hazırlamaq lazımdır",
        "Növbəti görüş razılaşdırıldı",
        "Yeni satış imkanı",
        "Müştərini itirmək riski",
    ],
    cancellations: &[
        "Müştəri iclas səbəbindən görüşü ləğv etdi.",
        "{person} ezamiyyətdədir, görüş təxirə salındı.",
        "Tıxac səbəbindən görüş başqa günə keçirildi.",
    ],
    visit_tasks: &[
        "Qiymət təklifi göndərmək",
        "Müqaviləyə əlavə hazırlamaq",
        "Texnikin gəlişini təşkil etmək",
        "Görüşün protokolunu göndərmək",
    ],
    arrears_task: "Borcun ödənilməsini xatırlatmaq",
    case_reply_task: "Müştəriyə şikayətin nəticəsi barədə cavab vermək",
    complaints: &[
        ("şəbəkə nasazlığı", "Xətt iki saat işləməyib, istehsal dayanıb."),
        ("hesab mübahisəsi", "Müştəri hesabda sifariş etmədiyi əlavə xidmətlərin olduğunu bildirir."),
        ("xidmət keyfiyyəti", "Xidmət mərkəzində əməkdaşın kobud davranışından şikayət."),
        ("quraşdırmanın gecikməsi", "Yeni filialda quraşdırma iki həftə gecikir."),
    ],
    departments: &["Texniki şöbə", "Hesablaşmalar şöbəsi", "Müştəri xidmətləri mərkəzi"],
    case_steps: [
        "Şikayət qəbul olundu",
        "Ötürüldü:",
        "Müştəri ilə əlaqə saxlanıldı, araşdırılır",
        "Problem həll olundu, nəticə müştəriyə bildirildi",
        "Problem təkrarlandı, şikayət yenidən açıldı",
        "Müştəri nəticəni təsdiqlədi",
    ],
    resolutions: &[
        "Nasaz avadanlıq dəyişdirildi, xətt işləyir.",
        "Hesab düzəldildi, artıq ödəniş qaytarıldı.",
        "Əməkdaşlar üçün təlim keçirildi, müştəridən üzr istənildi.",
    ],
    birthday_gifts: &["gül dəstəsi", "tort"],
    birthday_greetings: &["Ad gününüz mübarək! Cansağlığı və uğurlar arzulayırıq.", "Ad gününüz mübarək olsun!"],
    holidays: &[
        Holiday {
            key: "az.novruz",
            dates: HolidayDates::Fixed(3, 20),
            gift: "Novruz xonçası",
            greeting: "Novruz bayramınız mübarək!",
        },
        Holiday {
            key: "az.ramazan_bayrami",
            dates: HolidayDates::From2020(&[
                (5, 24),
                (5, 13),
                (5, 2),
                (4, 21),
                (4, 10),
                (3, 30),
                (3, 20),
                (3, 10),
                (2, 27),
                (2, 15),
                (2, 5),
            ]),
            gift: "",
            greeting: "Ramazan bayramınız mübarək!",
        },
        Holiday { key: "az.new_year", dates: HolidayDates::Fixed(1, 1), gift: "", greeting: "Yeni iliniz mübarək!" },
    ],
    joins_tight: false,
};
