# Słowa Fieldbook po polsku. Wspólne dla interfejsu i powłoki (komunikaty błędów).

app-title = Fieldbook
nav-label = Główna nawigacja
nav-today = Dziś
nav-portfolio = Klienci
nav-settings = Ustawienia
loading = Wczytywanie…
open = Otwórz
back = Wstecz

search-label = Szukaj klientów, kontaktów i notatek
search-placeholder = Szukaj (/ lub Ctrl+K)
search-results-title = Wyniki dla „{ $query }”
search-no-results = Nic nie pasuje do „{ $query }”.
search-kind-client = Klient
search-kind-contact = Kontakt
search-kind-visit = Notatki z wizyty

status-bar-label = Stan
status-sync-not-configured = Synchronizacja nieskonfigurowana
status-clients = { $count ->
    [one] { $count } klient
    [few] { $count } klientów
    [many] { $count } klientów
   *[other] { $count } klienta
}
shortcuts-hint = Skróty: / lub Ctrl+K szukaj · n nowa wizyta · Ctrl+Shift+N nowa notatka

first-run-title = Witaj w Fieldbook
first-run-intro = Załóż swój portfel klientów na tym komputerze.
first-run-name = Imię i nazwisko
first-run-region = Region
first-run-language = Język
first-run-time-zone = Strefa czasowa
first-run-demo = Wczytaj przykładowy portfel
first-run-demo-clients = Liczba przykładowych klientów
first-run-create = Utwórz portfel

region-CN = Chiny
region-PL = Polska
region-AZ = Azerbejdżan
language-en = English
language-zh-CN = 简体中文
language-pl = Polski
language-az = Azərbaycanca

today-title = Dziś, { $date }
today-visits = Zaplanowane wizyty
today-no-visits = Brak wizyt zaplanowanych na dziś.
today-tasks = Otwarte zadania
today-no-tasks = Brak otwartych zadań.
task-due = termin { $date }

portfolio-title = Klienci
portfolio-filter = Filtruj klientów
portfolio-tier-filter = Kategoria
portfolio-status-filter = Status
portfolio-shown = Widocznych { $shown } z { $total }
filter-all = Wszystkie
column-name = Klient
column-tier = Kategoria
column-status = Status
column-last-contact = Ostatni kontakt
column-next-visit = Następna wizyta
column-arrears = Zaległości
column-tags = Etykiety
client-status-prospect = Potencjalny
client-status-active = Aktywny
client-status-at_risk = Zagrożony
client-status-lost = Utracony
add-client = Dodaj klienta
add-client-name = Nazwa klienta
add-client-tier = Kategoria

client-profile = Profil
field-name = Nazwa
field-industry = Branża
field-tier = Kategoria
field-status = Status
field-address = Adres
field-location = Położenie
field-office_hours = Godziny pracy
field-contract_start = Początek umowy
field-contract_end = Koniec umowy
field-arrears = Zaległości
field-arrears_due = Termin zaległości
field-tags = Etykiety
field-competitor_notes = Informacje o konkurencji
edit-field = Edytuj: { $field }
client-contacts = Kontakty
client-no-contacts = Brak kontaktów.
key-person = Osoba kluczowa
contact-birthday = Urodziny: { $date }
client-visit-count = { $count ->
    [one] { $count } wizyta
    [few] { $count } wizyty
    [many] { $count } wizyt
   *[other] { $count } wizyty
}
client-no-visits = Brak wizyt.

plan-visit = Zaplanuj wizytę
visit-date = Data
visit-time = Godzina
visit-purpose = Cel
plan-visit-submit = Zaplanuj
purpose-routine = Rutynowa
purpose-care = Opieka
purpose-sales_step = Etap sprzedaży
purpose-complaint_follow_up = Obsługa reklamacji
purpose-collection = Windykacja
visit-status-planned = Zaplanowana
visit-status-done = Odbyta
visit-status-cancelled = Odwołana

visit-title = Wizyta: { $client }
visit-check-in = Zamelduj przybycie
visit-check-out = Zamelduj wyjście
visit-checked-in = Przybycie o { $time }
visit-checked-out = Wyjście o { $time }
visit-outcome = Wynik
visit-notes = Notatki
visit-notes-saving = Zapisywanie…
visit-notes-saved = Zapisano
visit-add-line = Dodaj wiersz notatki
visit-add-line-submit = Dodaj

settings-title = Ustawienia
settings-profile = Profil
settings-name = Imię i nazwisko
settings-region = Kalendarz świąt
settings-language = Język
settings-time-zone = Strefa czasowa
settings-sync = Synchronizacja
settings-sync-server = Serwer synchronizacji
settings-sync-token = Token
settings-sync-coming = Dostępne wraz z synchronizacją
settings-saved = Zapisano

error-not-initialized = Na tym komputerze nie ma jeszcze portfela (szukano w { $dir }).
error-already-initialized = W { $dir } jest już portfel.
error-bad-field = { $field }: { $reason }
error-not-found = Nie znaleziono: { $detail }
error-failed = Coś poszło nie tak: { $detail }

## Care rules, greetings and reminder notifications
nav-greetings = Życzenia
care-title = Zasady opieki
care-intro = Co robić dla kluczowych osób każdego segmentu i ile dni wcześniej, np. „3 gift:kwiaty; 0 call” (message — wiadomość, call — telefon, visit — wizyta, gift:CO — prezent).
care-tier = Segment { $tier }
care-birthday = Urodziny
care-festival = Święta
care-renewal-days = Odnowienie umowy, dni wcześniej
care-notification-time = Powiadamiaj o przypomnieniach dnia o
greetings-title = Życzenia
greetings-holiday = Święto
greetings-year = Rok
greetings-tiers = Segmenty
greetings-language = Język
greetings-none = Brak kluczowych osób w tych segmentach.
greetings-copy = Kopiuj
greetings-copied = Skopiowano
greetings-export-csv = Eksportuj CSV
greetings-channel = Wysłane przez
greetings-mark-sent = Oznacz jako wysłane
greetings-marked-sent = Zapisano jako wysłane: { $count }.
greetings-select = Zaznacz: { $name }
channel-message = Wiadomość
channel-call = Telefon
channel-visit = Wizyta
notify-title = Przypomnienia na dziś: { $count }
notify-message = Wyślij wiadomość
notify-call = Zadzwoń
notify-visit = Odwiedź
notify-gift = Prezent: { $gift }
notify-renew = Rozpocznij odnowienie umowy
notify-collect = Odzyskaj zaległości
notify-retain = Porozmawiaj z klientem zagrożonym odejściem
