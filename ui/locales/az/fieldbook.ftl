# Fieldbook-un Azərbaycanca sözləri. İnterfeys və masaüstü qabıq (xəta mesajları) üçün ortaqdır.

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
edit-field = Redaktə et: { $field }
client-contacts = Əlaqələr
client-no-contacts = Hələ əlaqə yoxdur.
key-person = Əsas şəxs
contact-birthday = Ad günü: { $date }
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
settings-sync = Sinxronizasiya
settings-sync-server = Sinxronizasiya serveri
settings-sync-token = Token
settings-sync-coming = Sinxronizasiya ilə gələcək
settings-saved = Saxlanıldı

error-not-initialized = Bu kompüterdə hələ portfel yoxdur ({ $dir } yoxlanıldı).
error-already-initialized = { $dir } qovluğunda artıq portfel var.
error-bad-field = { $field }: { $reason }
error-not-found = Tapılmadı: { $detail }
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
week-title = Həftə
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
