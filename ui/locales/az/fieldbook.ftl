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
