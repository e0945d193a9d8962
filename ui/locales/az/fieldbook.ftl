# Fieldbook-un Azərbaycanca sözləri. İnterfeys və masaüstü qabıq (xəta mesajları) üçün ortaqdır.
# An error's message is `error-<code>`, its problem's code verbatim (`error-not_a_date`,
# `error-unreachable`), filled with the problem's named arguments; a Rust test checks every code has one.

app-title = Fieldbook
nav-label = Əsas naviqasiya
nav-today = Bu gün
nav-portfolio = Müştərilər
nav-settings = Ayarlar
loading = Yüklənir…
open = Aç
back = Geri

search-label = Müştəri, əlaqə və qeydlərdə axtar
search-placeholder = Axtar (/ və ya Ctrl+K)
search-results-title = “{ $query }” üçün nəticələr
search-no-results = “{ $query }” ilə uyğun heç nə yoxdur.
search-kind-client = Müştəri
search-kind-contact = Əlaqə
search-kind-visit = Səfər qeydləri

status-bar-label = Vəziyyət
status-sync-not-configured = Sinxronizasiya qurulmayıb
status-clients = { $count ->
    [one] { $count } müştəri
   *[other] { $count } müştəri
}
shortcuts-hint = Qısayollar: / və ya Ctrl+K axtarış · n yeni səfər · Ctrl+Shift+N yeni qeyd

first-run-title = Fieldbook-a xoş gəlmisiniz
first-run-intro = Bu kompüterdə müştəri portfelinizi yaradın.
first-run-name = Adınız
first-run-region = Region
first-run-language = Dil
first-run-time-zone = Saat qurşağı
first-run-demo = Nümunə portfel yüklə
first-run-demo-clients = Nümunə müştəri sayı
first-run-create = Portfel yarat

region-CN = Çin
region-PL = Polşa
region-AZ = Azərbaycan
language-en = English
language-zh-CN = 简体中文
language-pl = Polski
language-az = Azərbaycanca

today-title = Bu gün, { $date }
today-visits = Planlaşdırılmış səfərlər
today-no-visits = Bu gün planlaşdırılmış səfər yoxdur.
today-tasks = Açıq tapşırıqlar
today-no-tasks = Açıq tapşırıq yoxdur.
today-overdue = Səfəri gecikən müştərilər
today-no-overdue = Səfəri gecikən müştəri yoxdur.
today-overdue-client = { $name } · { $tier } kateqoriyası · { $days } gün gecikir
today-overdue-all = Bütün gecikən müştərilər ({ $count })
task-due = son tarix { $date }

portfolio-title = Müştərilər
portfolio-filter = Müştəriləri süz
portfolio-tier-filter = Kateqoriya
portfolio-status-filter = Status
portfolio-shown = { $total } müştəridən { $shown } göstərilir
filter-all = Hamısı
column-name = Müştəri
column-tier = Kateqoriya
column-status = Status
column-last-contact = Son əlaqə
column-next-visit = Növbəti səfər
column-arrears = Borc
column-tags = Teqlər
client-status-prospect = Potensial
client-status-active = Aktiv
client-status-at_risk = Risk altında
client-status-lost = İtirilmiş
add-client = Müştəri əlavə et
add-client-name = Müştərinin adı
add-client-tier = Kateqoriya

client-profile = Profil
field-name = Ad
field-industry = Sahə
field-tier = Kateqoriya
field-status = Status
field-address = Ünvan
field-location = Koordinatlar
field-office_hours = İş saatları
field-contract_start = Müqavilənin başlanğıcı
field-contract_end = Müqavilənin sonu
field-arrears = Borc
field-arrears_due = Borcun son tarixi
field-tags = Teqlər
field-competitor_notes = Rəqiblər haqqında qeydlər
field-crm_id = CRM müştəri nömrəsi
edit-field = Redaktə et: { $field }
client-contacts = Əlaqələr
client-no-contacts = Hələ əlaqə yoxdur.
key-person = Əsas şəxs
client-visit-count = { $count ->
    [one] { $count } səfər
   *[other] { $count } səfər
}
client-no-visits = Hələ səfər yoxdur.

plan-visit = Səfər planlaşdır
visit-date = Tarix
visit-time = Saat
visit-purpose = Məqsəd
plan-visit-submit = Planlaşdır
purpose-routine = Müntəzəm
purpose-care = Qayğı
purpose-sales_step = Satış mərhələsi
purpose-complaint_follow_up = Şikayətin izlənməsi
purpose-collection = Borcun yığılması
visit-status-planned = Planlaşdırılıb
visit-status-done = Baş tutub
visit-status-cancelled = Ləğv edilib

visit-title = Səfər: { $client }
visit-check-in = Gəlişi qeyd et
visit-check-out = Gedişi qeyd et
visit-checked-in = Gəliş: { $time }
visit-checked-out = Gediş: { $time }
visit-outcome = Nəticə
visit-notes = Qeydlər
visit-notes-saving = Saxlanılır…
visit-notes-saved = Saxlanıldı
visit-add-line = Qeyd sətri əlavə et
visit-add-line-submit = Əlavə et

settings-title = Ayarlar
settings-profile = Profil
settings-name = Ad
settings-region = Bayram təqvimi
settings-language = Dil
settings-time-zone = Saat qurşağı
settings-home = Ev (EN,UZUNLUQ)
settings-office = Ofis (EN,UZUNLUQ)
settings-working-hours = İş saatları
settings-sync = Sinxronizasiya
settings-sync-server = Sinxronizasiya serveri
settings-sync-token = Token
settings-saved = Saxlanıldı

error-not_initialized = Bu kompüterdə hələ portfel yoxdur ({ $dir } yoxlanıldı).
error-already_initialized = { $dir } qovluğunda artıq portfel var.
error-bad-field = { $field }: { $reason }
error-not_found = Tapılmadı: { $detail }
error-failed = Xəta baş verdi: { $detail }

## Visit planning: due list, day planner, week view, sales stages
nav-due = Ziyarət vaxtı
nav-plan = Gün planı
nav-week = Həftə
due-title = Ziyarət vaxtı çatan müştərilər
due-overdue = Gecikmiş
due-this-week = Bu həftə
due-never = Heç ziyarət edilməyib
due-none = Heç kim.
due-col-client = Müştəri
due-col-tier = Kateqoriya
due-col-last = Son əlaqə
due-col-due = Son tarix
due-col-overdue = Gecikən günlər
due-col-propose = Təklif olunan gün
due-coverage = Kateqoriyalar üzrə əhatə
due-coverage-tier = { $tier } kateqoriyası: { $clients } müştəridən { $covered } son { $days } gündə
due-cadence = { $tier } kateqoriyası: ən azı hər (gün) bir ziyarət
due-plan-day = Ziyarət siyahısından günü planla
plan-title = Gün planı
plan-date = Gün
plan-start = Başlanğıc nöqtəsi (EN,UZUNLUQ)
plan-day-start = Günün başlanğıcı
plan-day-end = Günün sonu
plan-speed = Orta sürət (km/saat)
plan-road-factor = Yol əmsalı
plan-add-client = Müştəri əlavə et
plan-from-due = Ziyarət siyahısından doldur
plan-optimise = Marşrutu optimallaşdır
plan-save = Planlaşdırılmış ziyarət kimi saxla
plan-saved = { $count } ziyarət planlaşdırıldı.
plan-no-stops = Müştəri əlavə edin və ya günü ziyarət siyahısından doldurun.
plan-col-client = Müştəri
plan-col-arrive = Gəliş
plan-col-depart = Gediş
plan-col-km = km
plan-col-lock = Sabit
plan-lock = { $client } yerində saxla
plan-up = { $client } yuxarı
plan-down = { $client } aşağı
plan-remove = { $client } sil
plan-totals = { $km } km, { $min } dəq sürüş
plan-unassigned = Plana düşməyənlər
plan-reason-no_coordinates = koordinatları yoxdur
plan-reason-time_window = iş saatlarına çatmaq mümkün deyil
plan-reason-day_too_short = gün kifayət etmir
plan-reason-too_far = iş günü ərzində gedib-qayıtmaq üçün çox uzaqdır
week-title = Həftə
week-today = Bu gün
week-previous = Əvvəlki həftə
week-next = Növbəti həftə
week-all-day = Bütün gün
visit-stage = Satış mərhələsi
client-stage = Satış mərhələsi: { $stage }
stage-none = Yoxdur
stage-first_visit = Satışdan əvvəl: ilk ziyarət
stage-needs_discovery = Satışdan əvvəl: ehtiyacların öyrənilməsi
stage-solution = Satışdan əvvəl: həll
stage-presentation = Satışdan əvvəl: təqdimat
stage-negotiation = Satışdan əvvəl: danışıqlar
stage-contract = Satışdan əvvəl: müqavilə
stage-work_order = Satış zamanı: iş sifarişi
stage-provisioning = Satış zamanı: xidmətin qoşulması
stage-testing = Satış zamanı: sınaq
stage-trial = Satış zamanı: sınaq istifadəsi
stage-go_live = Satış zamanı: istismara verilmə
stage-revisit = Satışdan sonra: təkrar ziyarət
stage-relationship_care = Satışdan sonra: münasibətlərə qayğı
stage-complaint = Satışdan sonra: şikayət
stage-change = Satışdan sonra: dəyişiklik
stage-maintenance = Satışdan sonra: texniki xidmət
# Sync in the app: status bar, login in Settings, sync errors
status-sync-offline = Oflayn
status-sync-connecting = Qoşulur…
status-sync-syncing = Sinxronlaşdırılır…
status-sync-up_to_date = Aktualdır
status-last-synced = { $when } sinxronlaşdırılıb
status-never-synced = hələ sinxronlaşdırılmayıb
status-unsynced = { $count ->
    [one] { $count } sinxronlaşdırılmamış dəyişiklik
   *[other] { $count } sinxronlaşdırılmamış dəyişiklik
}
status-read-only = yalnız oxumaq üçün (komanda üzvünün portfeli)
settings-sync-login = Daxil ol və sinxronlaşdır
settings-sync-logging-in = Daxil olunur…
settings-sync-logged-in = { $server } ilə { $user } kimi sinxronlaşdırılır
settings-sync-configured = { $server } ilə sinxronlaşdırılır
settings-sync-hint = Administratorun sizə verdiyi tokeni yapışdırın; server onu yoxlayır və o yalnız bu kompüterdə saxlanılır.
error-bad_server_url = “{ $url }” server ünvanı deyil: { $reason }
error-bad_token = Token boşdur və ya boşluq var; onu verildiyi kimi yapışdırın.
error-unauthorized = { $server } tokeni rədd etdi (səhv və ya ləğv edilib); administratordan yenisini istəyin.
error-unreachable = { $server } sinxronizasiya serverinə qoşulmaq mümkün deyil: { $reason }

# Contacts on the client page, cancelling a visit
contact-add = Əlaqə əlavə et
contact-add-submit = Əlaqəni əlavə et
contact-name = Ad və soyad
contact-title = Vəzifə
contact-phones = Telefonlar
contact-email = E-poçt
contact-preferences = Üstünlüklər
contact-notes = Qeydlər
contact-key-person-of = { $name } əsas şəxsdir
contact-birthday-field = Doğum günü
contact-remove-button = Sil
contact-remove = { $name } sil
contact-remove-confirm = { $name } bu müştəridən silinsin?
contact-remove-yes = Bəli, sil
confirm-keep = Xeyr, saxla
birthday-calendar = Təqvim
birthday-none = Doğum günü yoxdur
birthday-gregorian = Qriqorian
birthday-lunar = Çin ay təqvimi
birthday-year = İl (istəyə bağlı)
birthday-month = Ay
birthday-day = Gün
birthday-leap = Artıq ay
birthday-save = Doğum gününü saxla
birthday-discard = İmtina et
birthday-edit = { $name } doğum günü
birthday-lunar-date = { $leap ->
    [yes] ay təqvimi, artıq ay { $month }, gün { $day }
   *[no] ay təqvimi, ay { $month }, gün { $day }
}
visit-cancel = Səfəri ləğv et
visit-cancel-confirm = Bu səfər ləğv edilsin? Tarixçədə ləğv edilmiş kimi qalacaq.
visit-cancel-yes = Bəli, ləğv et

# Translated reasons of refused values (the core's problem codes), and the fields they name
error-not_one_of = “{ $value }” bunlardan biri deyil: { $allowed }
error-empty = boş ola bilməz
error-not_a_date = “{ $value }” tarix deyil (İİİİ-AA-GG)
error-not_a_week = “{ $value }” ISO həftəsi deyil (İİİİ-Whh, məsələn 2026-W49)
error-not_a_time = “{ $value }” vaxt deyil (SS:DD)
error-not_a_time_zone = “{ $value }” saat qurşağı deyil (məsələn, Asia/Baku)
error-not_an_email = “{ $value }” e-poçt ünvanı deyil
error-not_a_phone = “{ $value }” telefon nömrəsi deyil
error-not_a_birthday = “{ $value }” doğum günü deyil (YYYY-MM-DD, --MM-DD, lunar:MM-DD, lunar:leap:MM-DD və ya 农历八月十五)
error-visit_cancelled = səfər ləğv edilib
error-visit_done = səfər artıq baş tutub
error-unknown_field = belə sahə yoxdur; məlum sahələr: { $known }
field-title = Başlıq
field-key_person = Əsas şəxs
field-phones = Telefonlar
field-email = E-poçt
field-birthday = Doğum günü
field-preferences = Üstünlüklər
field-notes = Qeydlər
field-time_zone = Saat qurşağı
field-language = Dil
field-region = Bayram regionu
field-date = Tarix
field-time = Vaxt
field-tz = Saat qurşağı
field-duration = Müddət
field-purpose = Məqsəd
field-check_in = Gəliş
field-check_out = Gediş
field-outcome = Nəticə
field-collected = Yığılıb

# Care reminders on the Today view
reminders-title = Qayğı xatırlatmaları
reminders-none = Növbəti iki həftə üçün qayğı xatırlatması yoxdur.
reminders-today = Bu gün
reminders-upcoming = Yaxınlarda
reminder-kind-birthday = Doğum günü
reminder-kind-holiday = Bayram
reminder-kind-contract_renewal = Müqavilənin yenilənməsi
reminder-kind-arrears_due = Borcun ödəmə günü
reminder-kind-arrears_overdue = Gecikmiş borc
reminder-kind-at_risk = Risk altında olan müştəri
reminder-about = { $kind }: { $subject }
reminder-action-gift = Hədiyyə göndər: { $gift }
reminder-action-call = Zəng et
reminder-action-message = Mesaj göndər
reminder-action-visit = Ziyarət et
reminder-action-renew = Müqavilənin yenilənməsinə başla
reminder-action-collect = Borcu xatırlat
reminder-action-retain = Müştəri ilə qalması barədə danış
reminder-gift-flowers-or-cake = gül və ya tort
reminder-done = Edildi
reminder-snooze = Sabah
reminder-dismiss = Rədd et
reminder-done-label = Edildi kimi qeyd et: { $what }
reminder-snooze-label = Sabah xatırlat: { $what }
reminder-dismiss-label = Rədd et: { $what }
## Care rules, greetings and reminder notifications
nav-greetings = Təbriklər
care-title = Qayğı qaydaları
care-intro = Hər səviyyənin əsas şəxsləri üçün nə etməli və neçə gün əvvəl, məsələn, “3 gift:gül; 0 call” (message — mesaj, call — zəng, visit — ziyarət, gift:NƏ — hədiyyə).
care-tier = { $tier } səviyyəsi
care-birthday = Ad günü
care-festival = Bayramlar
care-renewal-days = Müqavilənin yenilənməsi, neçə gün əvvəl
care-notification-time = Günün xatırlatmalarını bildirmə vaxtı
greetings-title = Təbriklər
greetings-holiday = Bayram
greetings-year = İl
greetings-tiers = Səviyyələr
greetings-language = Dil
greetings-none = Bu səviyyələrdə əsas şəxs yoxdur.
greetings-copy = Kopyala
greetings-copied = Kopyalandı
greetings-export-csv = CSV ixrac et
greetings-channel = Göndərilmə üsulu
greetings-mark-sent = Göndərilmiş kimi qeyd et
greetings-marked-sent = Göndərilmiş kimi qeyd edildi: { $count }.
greetings-select = Seç: { $name }
channel-message = Mesaj
channel-call = Zəng
channel-visit = Ziyarət
notify-title = Bu gün üçün xatırlatmalar: { $count }
notify-message = Mesaj göndərin
notify-call = Zəng edin
notify-visit = Ziyarət edin
notify-gift = Hədiyyə: { $gift }
notify-renew = Müqavilənin yenilənməsinə başlayın
notify-collect = Borcu toplayın
notify-retain = Risk altındakı müştəri ilə danışın
notify-case-at-risk = Şikayətin müddəti bitmək üzrədir
notify-case-breached = Şikayətin müddəti keçib
notify-chase-department = Şöbədən şikayətin gedişatını soruşun
notify-ask-confirmation = Müştəridən həlli təsdiqləməsini xahiş edin

## Notification lines: one reminder in the desktop notification, punctuated for the language,
## and the last line of a notification listing only the first few
notify-line = { $client }: { $action }
notify-line-person = { $person }, { $client }: { $action }
notify-more = …və daha { $count } xatırlatma

## Birthday greetings
greetings-occasion = Təbrik səbəbi
greetings-occasion-festival = Bayram
greetings-occasion-birthdays = Yaxınlaşan ad günləri
greetings-from = Başlanğıc
greetings-days = Gün sayı
greetings-no-birthdays = Bu səviyyələrin əsas şəxslərindən heç birinin bu günlərdə ad günü yoxdur.
greetings-birthday-on = ad günü { $date }
# First run: joining from another computer (pulling the portfolio from the sync server)
first-run-new = Yeni portfel yarat
first-run-join-title = Fieldbook-dan artıq başqa kompüterdə istifadə edirəm
first-run-join-intro = Portfelinizi komandanın sinxronizasiya serverindən bu kompüterə gətirin.
first-run-join = Portfelimi bura gətir
first-run-joining = Portfeliniz gətirilir…
error-no_portfolio_on_server = { $server } serverində { $user } üçün hələ portfel yoxdur. Əvvəlcə onu portfelin olduğu kompüterdən sinxronlaşdırın və ya burada yeni portfel yaradın.

## Team view: a lead's read-only copies of the team members' portfolios
nav-team = Komanda
team-title = Komanda
team-read-only = Komanda üzvlərinizin portfelləri, son sinxronizasiyaya görə. Onlara burada baxa bilərsiniz, lakin dəyişə bilməzsiniz.
team-none = Bu kompüterdə hələ komanda portfeli yoxdur. Növbəti sinxronizasiya ilə gələcək.
team-member = { $name } ({ $owner })
team-col-last-contact = Son əlaqə
team-col-next-visit = Növbəti səfər
team-col-overdue = Gecikmə
team-days-overdue = { $days } gün gecikib
team-back = ← Komanda
team-client-read-only = { $owner } istifadəçisinin müştərisi, yalnız oxumaq üçün.
team-case-read-only = { $owner } istifadəçisinin şikayəti, yalnız oxumaq üçün.

## Sync problems, as the status bar and Settings show them
error-refused = { $server } rədd etdi ({ $status }): { $message }
error-protocol = Sinxronizasiya serveri gözlənilməz cavab verdi: { $detail }
error-not_logged_in = Bu kompüter sinxronizasiya serverinə daxil olmayıb; Parametrlərdə daxil olun.
error-credentials = Saxlanmış giriş { $path } istifadə edilə bilmir: { $reason }
error-corrupt_credentials = Saxlanmış giriş { $path } zədələnib; Parametrlərdə yenidən daxil olun.
error-team_folder = { $path } qovluğundakı komanda portfelləri oxuna bilmir: { $reason }
error-other_server = { $data_dir } qovluğundakı portfel { $logged_in } ilə deyil, { $synced_with } ilə sinxronlaşır; { $synced_with } serverinə daxil olun.
error-two_portfolios = { $user } istifadəçisinin serverdə artıq portfeli var, { $data_dir } isə başqa birini saxlayır; serverdəkini boş məlumat qovluğuna yükləyin.
error-nothing_to_sync = { $user } istifadəçisinin nə burada, nə də serverdə portfeli var.
error-unavailable = Serverdə bu istifadəçi üçün { $document } sənədi yoxdur.
error-connection_lost = { $server } ilə əlaqə kəsildi: { $reason }
error-timed_out = { $server } sinxronizasiyanı { $seconds } saniyə ərzində bitirmədi.
error-stalled = { $server } ilə sinxronizasiya dayandı; yenidən cəhd edilir.
error-stopped = Sinxronizasiya dayandırıldı.
error-replica = Portfel oxuna və ya yazıla bilmədi: { $detail }

## Refusals of the core, translated (each `Problem` code)
error-not_yes_or_no = “{ $value }” nə “bəli”, nə də “xeyr” deyil
error-not_lat_lon = “{ $value }” EN,UZUNLUQ formatında deyil (məsələn, 40.4093,49.8671)
error-not_a_number = “{ $value }” rəqəm deyil
error-degrees_out_of_range = { $axis ->
    [latitude] en dairəsi
   *[other] uzunluq dairəsi
} { $value } -{ $limit }..{ $limit } aralığından kənardadır
error-not_a_day_window = “{ $value }” SS:DD-SS:DD formatında deyil
error-ends_before_it_starts = “{ $value }” başlamazdan əvvəl bitir
error-not_an_amount = “{ $value }” valyutalı məbləğ deyil (məsələn, 12500.00 AZN)
error-not_minutes = “{ $value }” dəqiqə sayı deyil
error-not_days = “{ $value }” gün sayı deyil
error-not_days_up_to = “{ $value }” 1 ilə { $max } arasında gün sayı deyil
error-days_up_to = 1 ilə { $max } gün arasında olmalıdır
error-cadence_out_of_range = { $tier } seqmenti: { $days } gün 1 ilə { $max } arasında deyil
error-ends_before_start = başlanğıcdan sonra bitməlidir
error-year_out_of_range = { $value } { $min } və { $max } illəri arasında deyil
error-no_region = ən azı bir region göstərin
error-out_of_range = { $min } ilə { $max } arasında olmalıdır
error-not_from_to = { $value } { $min } ilə { $max } arasında deyil
error-placeholder_not_closed = “{ $at }” yerindəki əvəzləyici “{"}"}” ilə bağlanmayıb
error-stray_brace = “{ $at }” yerində “{"{"}” olmadan “{"}"}”
error-unknown_placeholder = naməlum əvəzləyici {"{"}{ $placeholder }{"}"}; bunlardan istifadə edin: { $known }
error-holiday_in_birthday_greeting = ad günü təbrikində {"{"}holiday{"}"} üçün dəyər yoxdur
error-not_a_greeting_occasion = “{ $value }” birthday, holiday, generic və ya bayram açarı deyil (məsələn, az.novruz)
error-no_such_holiday = { $region } üçün { $year } ilində “{ $key }” bayramı yoxdur; bunlar var: { $keys }
error-calendar_year = { $value } ili 1901–2099 aralığından kənardadır
error-none_to_mark_sent = göndərilmiş kimi qeyd etmək üçün heç nə seçilməyib
error-contract_ends_before_start = { $end } müqavilənin başlanğıcından ({ $start }) əvvəldir
error-arrears_due_without_arrears = qeyd olunub, amma borc yoxdur
error-empty_tag = etiket boş ola bilməz
error-id_in_use = { $id } artıq istifadə olunur
error-no_such_day = { $value } düzgün tarix deyil
error-lunar_out_of_range = ay təqvimi ayı 1–12, günü isə 1–30 olmalıdır, { $month }/{ $day } deyil
error-not_a_care_rule = “{ $value }” GÜN KANAL formatında deyil (məsələn, “3 gift:flowers” və ya “0 call”)
error-care_rule_days = “{ $rule }” içindəki “{ $days }” gün sayı deyil
error-lead_too_long = { $days } gün əvvəl { $max } gündən çoxdur
error-gift_without_what = hədiyyənin nə olduğu yazılmalıdır (gift:flowers)
error-channel_twice = “{ $channel }” iki dəfə istifadə olunub; hər kanal bir münasibətdə ən çoxu bir dəfə
error-not_time_or_instant = “{ $value }” nə SS:DD, nə də tarix və vaxtdır
error-no_such_time = { $date } tarixində { $zone } zonasında { $value } vaxtı yoxdur
error-duration_out_of_range = { $minutes } dəqiqə 1 ilə 1440 arasında deyil
error-check_out_before_check_in = { $check_out } gəliş qeydindən ({ $check_in }) əvvəldir
error-skipped_time = { $date } { $time } { $zone } zonasında mövcud deyil (saatlar irəli çəkilir)
error-not_after = { $value } { $after } tarixindən sonra deyil
error-empty_id = identifikator boşdur
error-no_occasion_name = bayramın və ya münasibətin adı yazılmalıdır
error-outside_limits = { $value } { $min } ilə { $max }{ $unit } arasında deyil
error-depart_before_arrival = gəlişdən əvvəldir
error-festival_needs_year = bayram təbrikləri üçün il lazımdır
error-not_a_currency = “{ $value }” üç hərfli valyuta kodu deyil
error-not_two_decimals = “{ $value }” ən çoxu iki onluq rəqəmli məbləğ deyil

# A reason the core gives in English only (the `other` problem), shown as it is
error-other = { $reason }

error-outside_degrees = { $value } -{ $limit }..{ $limit } aralığından kənardadır
error-not_typed_in = daxil edilmir: görülən işdən asılıdır
error-given_without = { $other } ilə birlikdə verilməlidir
error-negative = “{ $value }” mənfidir
error-required = mütləqdir
error-no_greeting_for = { $contact } seçilmiş dərəcələrin əsas şəxsi deyil
error-nothing_to_change = dəyişiləcək heç nə yoxdur: ən azı bir sahə verin
error-not_an_instant = '{ $value }' tarix və saat deyil (İİİİ-AA-GG SS:DD)
error-not_a_work_span = '{ $value }' iş vaxtı deyil, məsələn 4h (saat) və ya 3d (iş günü)
error-step_does_not_fit = "{ $status ->
        [open] Açıq
        [in_progress] İcrada
        [handed_over] Təhvil verilib
        [waiting] Müştəri gözlənilir
        [resolved] Həll edilib
        [confirmed] Təsdiqlənib
        [reopened] Yenidən açılıb
       *[other] { $status }
    }" vəziyyətində olan şikayətdə "{ $step ->
        [open] Qəbul et
        [start] İşə başla
        [note] Qeyd əlavə et
        [handover] Şöbəyə təhvil ver
        [wait] Müştərini gözlə
        [reply] Müştəriyə cavab ver
        [resolve] Həll et
        [confirm] Müştəri təsdiqləyir
        [reopen] Yenidən aç
       *[other] { $step }
    }" mümkün deyil
error-too_late_to_reopen = { $days } gündən çox əvvəl təsdiqlənib: yeni şikayət açın
error-not_of_client = { $record } { $client } müştərisinə aid deyil
error-visit_follows_up = bu səfər artıq { $case } şikayətinə bağlıdır; bu şikayəti səfərsiz və ya { $case } şikayətinə qeyd kimi yazın
error-in_the_future = { $value } gələcək zamandır

field-stage = Satış mərhələsi
field-case = Şikayət
field-due = Son tarix
field-client = Müştəri
field-visit = Səfər
field-done = Tamamlanıb
field-home = Ev
field-office = Ofis
field-working_hours = İş saatları
field-cadence_a = A dərəcəsi üçün ziyarət aralığı
field-cadence_b = B dərəcəsi üçün ziyarət aralığı
field-cadence_c = C dərəcəsi üçün ziyarət aralığı
field-cadence_d = D dərəcəsi üçün ziyarət aralığı
field-notification_time = Bildiriş vaxtı
field-care_renewal_days = Yeniləməyə qədər günlər

## Şikayətlər: şikayət siyahısı, şikayət səhifəsi, şikayətin qeydə alınması, SLA müddətləri; tapşırıqlar
nav-cases = Şikayətlər
cases-title = Şikayətlər
cases-status-filter = Vəziyyət
cases-severity-filter = Ciddilik
cases-none = Şikayət yoxdur.
cases-col-case = Şikayət
cases-col-client = Müştəri
cases-col-severity = Ciddilik
cases-col-status = Vəziyyət
cases-col-response = İlk cavab müddəti
cases-col-resolution = Həll müddəti
cases-col-sla = SLA
case-status-open = Açıq
case-status-in_progress = İcrada
case-status-handed_over = Təhvil verilib
case-status-waiting = Müştəri gözlənilir
case-status-resolved = Həll edilib
case-status-confirmed = Təsdiqlənib
case-status-reopened = Yenidən açılıb
severity-critical = Kritik
severity-high = Yüksək
severity-medium = Orta
severity-low = Aşağı
case-channel-phone = Telefon
case-channel-visit = Şəxsən, səfər zamanı
case-channel-email = E-poçt
case-channel-message = Mesaj
case-channel-social_media = Sosial şəbəkə
clock-on_track = vaxtında
clock-at_risk = risk altında
clock-paused = dayandırılıb
clock-met = yerinə yetirilib
clock-breached = keçib
case-breached = SLA müddəti keçib
case-at-risk = SLA müddəti risk altında
case-paused = Dayandırılıb: müştəri gözlənilir
case-department = { $department } şöbəsində
case-title = { $category } — { $client }
case-received = Qəbul edilib: { $when } · { $channel }
case-raised-by = müraciət edən: { $name }
case-complaint = Şikayət
case-no-description = Təsvir yoxdur.
case-resolution = Həll
case-deadlines = Müddətlər
case-response-due = İlk cavab
case-resolution-due = Həll
case-next-steps = Növbəti addımlar
case-timeline = Gedişat
case-visits = İzləmə səfərləri
case-no-visits = İzləmə səfəri yoxdur.
case-plan-visit = İzləmə səfəri planlaşdır
case-tasks = Şikayətin tapşırıqları
case-step-start = İşə başla
case-step-note = Qeyd əlavə et
case-step-handover = Şöbəyə təhvil ver
case-step-wait = Müştərini gözlə
case-step-reply = Müştəriyə cavab ver
case-step-resolve = Həll et
case-step-confirm = Müştəri təsdiqləyir
case-step-reopen = Yenidən aç
case-event-open = Qəbul edilib
case-event-start = İşə başlanılıb
case-event-note = Qeyd
case-event-handover = Təhvil verilib
case-event-wait = Müştəri gözlənilir
case-event-reply = Cavab verilib
case-event-resolve = Həll edilib
case-event-confirm = Müştəri təsdiqləyib
case-event-reopen = Yenidən açılıb
case-event-to = kimə: { $department }
case-event-channel = kanal: { $channel }
case-event-satisfaction = məmnunluq { $score }/5
case-event-not-applied = tətbiq edilməyib (başqa cihazda atılıb)
case-text-start = Qeyd (istəyə görə)
case-text-note = Qeyd
case-text-handover = Şöbə üçün qeyd (istəyə görə)
case-text-wait = Nə gözlənilir (istəyə görə)
case-text-reply = Müştəriyə nə deyildi (istəyə görə)
case-text-resolve = Həll
case-text-confirm = Müştərinin sözləri (istəyə görə)
case-text-reopen = Yenidən açılma səbəbi
case-input-department = Şöbə
case-input-channel = Cavab kanalı
case-input-channel-optional = Cavab kanalı (istəyə görə)
case-input-satisfaction = Müştərinin məmnunluğu
case-satisfaction-score = 5-dən { $score }
case-input-at = Nə vaxt (boş: indi)
case-step-save = Saxla
case-step-cancel = İmtina
complaint-record = Şikayəti qeydə al
complaint-category = Kateqoriya
complaint-category-billing = Hesablaşma
complaint-category-outage = Nasazlıq
complaint-category-quality = Xidmət keyfiyyəti
complaint-category-installation = Quraşdırma
complaint-category-contract = Müqavilə
complaint-severity = Ciddilik
complaint-channel = Qəbul kanalı
complaint-contact = Müraciət edən
complaint-contact-none = —
complaint-description = Müştərinin sözləri ilə
complaint-at = Qəbul vaxtı (boş: indi)
complaint-submit = Şikayəti saxla
complaint-recorded = “{ $category }” şikayəti qeydə alındı: ilk cavab { $response } tarixinədək, həll { $resolution } tarixinədək.
complaint-open-case = Şikayəti aç
client-cases = Şikayətlər
client-tasks = Tapşırıqlar
tasks-none = Tapşırıq yoxdur.
task-done-label = Görülüb: { $title }
task-overdue = gecikir
task-add = Tapşırıq əlavə et
task-title = Tapşırıq
task-due-date = Son tarix (istəyə görə)
task-add-submit = Tapşırıq əlavə et
task-ticked = Görülüb: { $title }.
task-undo = Geri qaytar
sla-title = Şikayətlərə xidmət müddətləri (SLA)
sla-intro = Hər ciddilik dərəcəsində şikayətə nə qədər vaxtda ilk cavab verilməli və o həll edilməlidir: iş saatı (4h) və ya iş günü (3d) ilə.
sla-response = İlk cavab
sla-resolution = Həll

## Şikayətlər (davamı): səfərin izlədiyi şikayət, şikayət xatırlatmaları, addım rədd edildikdə adı çəkilən sahələr
visit-case = Şikayət: { $category }
reminder-kind-case_at_risk = Şikayətin müddəti bitmək üzrədir
reminder-kind-case_breached = Şikayətin müddəti keçib
reminder-kind-chase_department = Təhvil verilib, şöbədən hələ cavab yoxdur
reminder-kind-ask_confirmation = Həll edilib, müştərinin təsdiqi gözlənilir
reminder-action-follow = { $kind ->
    [case_at_risk] Müddət bitməmiş şikayəti həll et
    [case_breached] Müddəti keçmiş şikayəti təcili həll et
    [chase_department] Şöbədən şikayətin gedişatını soruş
    [ask_confirmation] Müştəridən həlli təsdiqləməsini xahiş et
   *[other] Şikayəti izlə
}
field-step = Addım
field-to = Şöbə
field-department = Şöbə
field-text = Qeyd
field-reason = Yenidən açılma səbəbi
field-resolution = Həll
field-response = İlk cavab
field-satisfaction = Müştərinin məmnunluğu
field-category = Kateqoriya
field-severity = Ciddilik
field-channel = Kanal
field-contact = Müraciət edən
field-at = Vaxt

# The weekly report (fieldbook report week, the Report view, its PDF).
report-title = Həftəlik hesabat
report-week = { $week } həftəsi: { $from } – { $to }
report-manager = Menecer
report-as-of = Tarixə
report-visits = Səfərlər
report-planned = Planlaşdırılıb
report-done = Baş tutub
report-cancelled = Ləğv edilib
report-missed = Baş tutmayıb
report-by-purpose = Məqsədə görə
report-by-stage = Satış mərhələsinə görə
report-by-tier = Kateqoriyaya görə
report-per-day = Gündəlik səfərlər
report-first-visits = İlk dəfə ziyarət edilən müştərilər
report-coverage = Kateqoriyalar üzrə əhatə
report-coverage-before = Əvvəlki həftə
report-tier = Kateqoriya
report-clients = Müştərilər
report-covered = Əhatə olunub
report-overdue = Vaxtı keçmiş müştərilər
report-never-contacted = Heç əlaqə olmayıb
report-days-overdue = Gecikmə günləri
report-care = Qayğı göstərilib
report-greetings-sent = Göndərilən təbriklər
report-occasion = Münasibət
report-channel = Kanal
report-cases = Şikayətlər
report-opened = Açılıb
report-resolved = Həll edilib
report-confirmed = Müştəri təsdiqləyib
report-sla-met = SLA yerinə yetirilib
report-sla-breached = SLA pozulub
report-satisfaction = Orta məmnunluq
report-open = Həftənin sonunda açıq
report-attention = Risk altında və ya pozulub
report-tasks = Tapşırıqlar
report-tasks-overdue = Vaxtı keçib
report-arrears = Borclar
report-outstanding = Ödənilməmiş
report-past-due = Ödəmə vaxtı keçmiş müştərilər
report-collected = Bu həftə yığılıb
report-outcomes = Həftənin səfərlərinin nəticələri
report-next-week = Gələn həftə
report-next-planned = Planlaşdırılmış səfərlər
report-next-due = Vaxtı çatıb, hələ planlaşdırılmayıb
report-none = Yoxdur
report-client = Müştəri
report-date = Tarix
report-purpose = Məqsəd
report-outcome = Nəticə
report-count = Say
report-other = Digər
report-gift = Hədiyyə
report-team-title = Komanda hesabatı
report-member = Üzv
report-last-synced = Son sinxronizasiya
report-stale = köhnəlib
report-never-synced = heç vaxt
report-team-total = Komanda cəmi
report-key-overdue = Vaxtı keçmiş A kateqoriyalı müştərilər
report-at-risk = Risk altında
report-breached = Pozulub
report-team-visits = Üzvlər üzrə səfərlər
report-stale-copies = Bir gündür sinxronlaşmayan nüsxələr
nav-report = Hesabat
report-previous = ‹ Əvvəlki həftə
report-next-week-button = Sonrakı həftə ›
report-this-week = Bu həftə
report-save-pdf = PDF kimi saxla
report-export-csv = CSV ixrac et
report-making = Hesabat hazırlanır…
report-making-pdf = PDF hazırlanır…
report-charts = Diaqramlar
team-dashboard = Komanda bu həftə
report-members = Komanda üzvləri

## The Excel export: its sheets, and the columns the fields do not name.
export-sheet-clients = Müştərilər
export-sheet-contacts = Əlaqələr
export-sheet-visits = Səfərlər
export-sheet-cases = Şikayətlər
export-sheet-case_events = Şikayətin gedişi
export-sheet-tasks = Tapşırıqlar
export-sheet-care_log = Qayğı jurnalı
column-id = ID
column-contact_id = Əlaqə ID
column-occasion = Münasibət
column-occasion_name = Münasibətin adı
column-gift = Hədiyyə
column-note = Qeyd
column-reminder_id = Xatırlatma ID
column-case_id = Şikayət ID
column-recorded_at = Qeydə alınıb
column-by = Kim
column-applied = Tətbiq olunub
column-client_id = Müştəri ID
column-raised_by = Şikayətçi
column-opened_at = Qəbul edilib
column-responded_at = Cavab verilib
column-response_due = Cavab müddəti
column-resolution_due = Həll müddəti
column-resolved_at = Həll edilib
column-breached = SLA pozulub
column-description = Şikayətin mətni
column-latitude = En dairəsi
column-longitude = Uzunluq dairəsi
column-currency = Valyuta
column-visit_id = Səfər ID

## The Export section of the settings, and where a saved file went.
saved-to = Saxlanıldı: { $path }
export-title = İxrac
export-hint = Portfeliniz fayl kimi: rəhbər, cədvəl, təqvim, telefon üçün və ya fieldbook import json ilə bərpa olunan ehtiyat nüsxə kimi.
export-xlsx = Excel iş kitabı
export-json = Ehtiyat nüsxə (JSON)
export-ics = Təqvim, növbəti 90 gün (iCalendar)
export-vcf = Əlaqələr (vCard)
export-csv = CSV ixrac et
export-csv-table = CSV faylı
export-making = Fayl hazırlanır…
